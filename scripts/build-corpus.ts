/**
 * Builds feature variants of the bundled sample, each carrying one real-world feature in the shape
 * its producer writes it: parts written by hand the way Excel, openpyxl and Google Sheets lay them
 * out (charts, pictures, notes, threaded comments, pivot caches, macros, page and print settings,
 * validation, conditional formats, hyperlinks, external links, custom properties, protection,
 * tables, unknown parts), and LibreOffice's own round trips. Nothing is downloaded; every variant is
 * made at run time into the folder given.
 *
 *   node bin/run-ts.cjs scripts/make-corpus.ts <out-dir>   # lists what it wrote
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';

export const SAMPLE = join(__dirname, '..', 'examples', 'scorecard-2018-19-q2.xlsx');

export interface Variant {
  name: string;
  /** Who writes a file like this. */
  producer: string;
  path: string;
}

type Parts = Record<string, Uint8Array>;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET = 'xl/worksheets/sheet1.xml';
const SHEET_RELS = 'xl/worksheets/_rels/sheet1.xml.rels';

const text = (parts: Parts, name: string) => new TextDecoder().decode(parts[name]);
const put = (parts: Parts, name: string, value: string | Uint8Array) => (parts[name] = typeof value === 'string' ? strToU8(value) : value);

/** Worksheet child elements in schema order (CT_Worksheet), to put a new one where Excel would. */
const SHEET_ORDER = [
  'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate',
  'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions',
  'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors',
  'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

function addToSheet(parts: Parts, element: string, sheet = SHEET): void {
  const xml = text(parts, sheet);
  const kind = /^<([A-Za-z]+)/.exec(element)![1];
  let at = xml.lastIndexOf('</worksheet>');
  for (const later of SHEET_ORDER.slice(SHEET_ORDER.indexOf(kind) + 1)) {
    const i = xml.indexOf(`<${later}`);
    if (i >= 0 && i > xml.indexOf('</sheetData>')) {
      at = i;
      break;
    }
  }
  put(parts, sheet, xml.slice(0, at) + element + xml.slice(at));
}

function addRel(parts: Parts, relsPart: string, id: string, type: string, target: string, external = false): void {
  const xml = parts[relsPart] ? text(parts, relsPart) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"></Relationships>`;
  put(parts, relsPart, xml.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/></Relationships>`));
}

function addType(parts: Parts, part: string, type: string): void {
  put(parts, '[Content_Types].xml', text(parts, '[Content_Types].xml').replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`));
}

function addDefault(parts: Parts, ext: string, type: string): void {
  const xml = text(parts, '[Content_Types].xml');
  if (!xml.includes(`Extension="${ext}"`)) put(parts, '[Content_Types].xml', xml.replace('</Types>', `<Default Extension="${ext}" ContentType="${type}"/></Types>`));
}

function editWorkbook(parts: Parts, edit: (xml: string) => string): void {
  put(parts, 'xl/workbook.xml', edit(text(parts, 'xl/workbook.xml')));
}

/** A 1x1 PNG, as a picture part. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

const anchor = (body: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>18</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>25</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
const DRAWING_NS = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

function drawing(parts: Parts, body: string, rels: [string, string, string][]): void {
  put(parts, 'xl/drawings/drawing1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${DRAWING_NS}>${anchor(body)}</xdr:wsDr>`);
  addType(parts, 'xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
  for (const [id, type, target] of rels) addRel(parts, 'xl/drawings/_rels/drawing1.xml.rels', id, type, target);
  addRel(parts, SHEET_RELS, 'rIdDr1', `${REL}/drawing`, '../drawings/drawing1.xml');
  addToSheet(parts, '<drawing r:id="rIdDr1"/>');
}

/** Each feature, as a change to the sample's parts. */
const FEATURES: Record<string, { producer: string; ext?: string; apply(parts: Parts): void }> = {
  chart: {
    producer: 'Excel (chart in a drawing)',
    apply(parts) {
      put(parts, 'xl/charts/chart1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Scorecard!$K$4:$K$10</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart></c:chartSpace>`);
      addType(parts, 'xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
      drawing(parts, '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></a:graphicData></a:graphic></xdr:graphicFrame>', [['rId1', `${REL}/chart`, '../charts/chart1.xml']]);
    },
  },
  picture: {
    producer: 'openpyxl (picture, absolute targets)',
    apply(parts) {
      put(parts, 'xl/media/image1.png', PNG);
      addDefault(parts, 'png', 'image/png');
      drawing(parts, '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="1" name="Image 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"/></xdr:spPr></xdr:pic>', [['rId1', `${REL}/image`, '/xl/media/image1.png']]);
    },
  },
  notes: {
    producer: 'Excel (notes with a VML drawing)',
    apply(parts) {
      put(parts, 'xl/comments1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Analyst</author></authors><commentList><comment ref="K14" authorId="0"><text><r><t>Awaiting the termly return.</t></r></text></comment></commentList></comments>`);
      addType(parts, 'xl/comments1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
      put(parts, 'xl/drawings/vmlDrawing1.vml', '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>13</x:Row><x:Column>10</x:Column></x:ClientData></v:shape></xml>');
      addRel(parts, SHEET_RELS, 'rIdC1', `${REL}/comments`, '../comments1.xml');
      addRel(parts, SHEET_RELS, 'rIdV1', `${REL}/vmlDrawing`, '../drawings/vmlDrawing1.vml');
      addToSheet(parts, '<legacyDrawing r:id="rIdV1"/>');
    },
  },
  threadedComments: {
    producer: 'Excel 365 (threaded comments and persons)',
    apply(parts) {
      FEATURES.notes.apply(parts);
      put(parts, 'xl/threadedComments/threadedComment1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="K14" dT="2018-10-01T09:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>Chased the school.</text></threadedComment></ThreadedComments>');
      addType(parts, 'xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml');
      addRel(parts, SHEET_RELS, 'rIdT1', 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', '../threadedComments/threadedComment1.xml');
      put(parts, 'xl/persons/person.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Analyst" id="{00000000-0000-0000-0000-000000000001}" userId="analyst@council.example" providerId="AD"/></personList>');
      addType(parts, 'xl/persons/person.xml', 'application/vnd.ms-excel.person+xml');
      addRel(parts, 'xl/_rels/workbook.xml.rels', 'rIdP1', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml');
    },
  },
  pivotCache: {
    producer: 'Excel (pivot cache definition and records)',
    apply(parts) {
      put(parts, 'xl/pivotCache/pivotCacheDefinition1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}" r:id="rId1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A3:K72" sheet="Scorecard"/></cacheSource><cacheFields count="1"><cacheField name="Ref" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`);
      put(parts, 'xl/pivotCache/pivotCacheRecords1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0"/>');
      addType(parts, 'xl/pivotCache/pivotCacheDefinition1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml');
      addType(parts, 'xl/pivotCache/pivotCacheRecords1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml');
      addRel(parts, 'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', 'rId1', `${REL}/pivotCacheRecords`, 'pivotCacheRecords1.xml');
      addRel(parts, 'xl/_rels/workbook.xml.rels', 'rIdPC1', `${REL}/pivotCacheDefinition`, 'pivotCache/pivotCacheDefinition1.xml');
      editWorkbook(parts, (x) => x.replace(/(<calcPr[^>]*\/>)/, '$1<pivotCaches><pivotCache cacheId="1" r:id="rIdPC1"/></pivotCaches>'));
    },
  },
  macros: {
    producer: 'Excel (.xlsm with a VBA project)',
    ext: '.xlsm',
    apply(parts) {
      put(parts, 'xl/vbaProject.bin', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from({ length: 504 }, (_, i) => i % 251)]));
      addDefault(parts, 'bin', 'application/vnd.ms-office.vbaProject');
      addRel(parts, 'xl/_rels/workbook.xml.rels', 'rIdVBA', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin');
      put(parts, '[Content_Types].xml', text(parts, '[Content_Types].xml').replace('spreadsheetml.sheet.main+xml', 'PLACEHOLDER').replace('application/vnd.openxmlformats-officedocument.PLACEHOLDER', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'));
      editWorkbook(parts, (x) => x.replace('<workbookPr ', '<workbookPr codeName="ThisWorkbook" '));
    },
  },
  pageBreaksAndPrinter: {
    producer: 'Excel (column breaks, print titles, printer settings)',
    apply(parts) {
      addToSheet(parts, '<colBreaks count="1" manualBreakCount="1"><brk id="9" max="1048575" man="1"/></colBreaks>');
      put(parts, 'xl/printerSettings/printerSettings1.bin', Uint8Array.from({ length: 220 }, (_, i) => (i * 37) % 256));
      addDefault(parts, 'bin', 'application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings');
      addRel(parts, SHEET_RELS, 'rIdPS1', `${REL}/printerSettings`, '../printerSettings/printerSettings1.bin');
      put(parts, SHEET, text(parts, SHEET).replace('<pageSetup ', '<pageSetup r:id="rIdPS1" '));
      editWorkbook(parts, (x) => x.replace('</sheets>', '</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">Scorecard!$3:$3</definedName></definedNames>'));
    },
  },
  validationAndFormats: {
    producer: 'Excel (data validation and conditional formats)',
    apply(parts) {
      addToSheet(parts, '<conditionalFormatting sqref="J4:K72"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>');
      addToSheet(parts, '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="F4:F72"><formula1>"High is Good,Low is Good"</formula1></dataValidation></dataValidations>');
    },
  },
  hyperlinks: {
    producer: 'Excel (internal and external hyperlinks)',
    apply(parts) {
      addRel(parts, SHEET_RELS, 'rIdH1', `${REL}/hyperlink`, 'https://www.gov.uk/government/statistics', true);
      addToSheet(parts, '<hyperlinks><hyperlink ref="A3" location="\'Scorecard\'!A50" display="Priority 5"/><hyperlink ref="B3" r:id="rIdH1"/></hyperlinks>');
    },
  },
  externalLink: {
    producer: 'Excel (a link to another workbook)',
    apply(parts) {
      put(parts, 'xl/externalLinks/externalLink1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Data"/></sheetNames></externalBook></externalLink>');
      addType(parts, 'xl/externalLinks/externalLink1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml');
      addRel(parts, 'xl/externalLinks/_rels/externalLink1.xml.rels', 'rId1', `${REL}/externalLinkPath`, 'file:///C:/Returns/ssda903.xlsx', true);
      addRel(parts, 'xl/_rels/workbook.xml.rels', 'rIdX1', `${REL}/externalLink`, 'externalLinks/externalLink1.xml');
      editWorkbook(parts, (x) => x.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rIdX1"/></externalReferences>'));
    },
  },
  customProperties: {
    producer: 'Excel (custom properties and a sensitivity label)',
    apply(parts) {
      put(parts, 'docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_0_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Classification"><vt:lpwstr>OFFICIAL-SENSITIVE</vt:lpwstr></property></Properties>');
      addType(parts, 'docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml');
      addRel(parts, '_rels/.rels', 'rIdCP', `${REL}/custom-properties`, 'docProps/custom.xml');
    },
  },
  protection: {
    producer: 'Excel (a protected notes sheet with a SHA-512 password hash, workbook structure locked)',
    apply(parts) {
      put(parts, 'xl/worksheets/sheet2.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Notes for the committee</t></is></c></row></sheetData><sheetProtection algorithmName="SHA-512" hashValue="x1Y2z3AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/AbCdEfGh==" saltValue="c2FsdHNhbHRzYWx0c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`);
      addType(parts, 'xl/worksheets/sheet2.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
      addRel(parts, 'xl/_rels/workbook.xml.rels', 'rIdS2', `${REL}/worksheet`, 'worksheets/sheet2.xml');
      editWorkbook(parts, (x) => x.replace('</sheets>', '<sheet name="Notes" sheetId="2" r:id="rIdS2"/></sheets>').replace('<sheets>', '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="AbCd==" workbookSaltValue="EfGh==" workbookSpinCount="100000" lockStructure="1"/><sheets>'));
    },
  },
  table: {
    producer: 'openpyxl (a table part)',
    apply(parts) {
      put(parts, 'xl/tables/table1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Measures" displayName="Measures" ref="P3:R10" headerRowCount="1"><autoFilter ref="P3:R10"/><tableColumns count="3"><tableColumn id="1" name="Comments"/><tableColumn id="2" name="Lead"/><tableColumn id="3" name="Source"/></tableColumns><tableStyleInfo name="TableStyleMedium9" showRowStripes="1"/></table>');
      addType(parts, 'xl/tables/table1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml');
      addRel(parts, SHEET_RELS, 'rIdTb1', `${REL}/table`, '/xl/tables/table1.xml');
      addToSheet(parts, '<tableParts count="1"><tablePart r:id="rIdTb1"/></tableParts>');
    },
  },
  unknownPart: {
    producer: 'a future program (a part nobody here knows, and customXml)',
    apply(parts) {
      put(parts, 'xl/futureThing/thing1.dat', Uint8Array.from({ length: 300 }, (_, i) => (i * 13) % 256));
      addDefault(parts, 'dat', 'application/x-future-thing');
      put(parts, 'customXml/item1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>');
    },
  },
  literalPercent: {
    producer: 'Excel (a figure formatted 0\\% with a literal percent sign)',
    apply(parts) {
      const styles = text(parts, 'xl/styles.xml');
      const xfCount = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
      const withFormat = styles
        .replace(/<numFmts count="(\d+)">/, (_, n) => `<numFmts count="${Number(n) + 1}"><numFmt numFmtId="190" formatCode="0\\%"/>`)
        .replace(/<cellXfs count="\d+">/, `<cellXfs count="${xfCount + 1}">`)
        .replace('</cellXfs>', '<xf numFmtId="190" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>');
      put(parts, 'xl/styles.xml', withFormat);
      // P2.4 (row 16): this quarter's 95 % as 95 shown with a literal percent sign.
      put(parts, SHEET, text(parts, SHEET).replace(/<c r="K16" s="\d+"><v>[^<]*<\/v><\/c>/, `<c r="K16" s="${xfCount}"><v>95</v></c>`));
    },
  },
};

/** Every variant's name, known before any is built (tests list them up front). */
export const VARIANT_NAMES = [...Object.keys(FEATURES), 'libreoffice-ods-roundtrip', 'libreoffice-resaved'];

function unzip(path: string): Parts {
  return unzipSync(readFileSync(path));
}

/** Runs LibreOffice headless with a private profile, converting `file` to `format` in `dir`. */
function libreOffice(file: string, format: string, dir: string, profile: string): string {
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', format, '--outdir', dir, file], { timeout: 170_000, stdio: 'pipe' });
  const ext = format.split(':')[0];
  const out = join(dir, `${basename(file).replace(/\.[^.]+$/, '')}.${ext}`);
  if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}

/** Writes every variant into `dir` (LibreOffice ones only when `soffice` is installed) and lists them. */
export function buildCorpus(dir: string, options: { libreOffice?: boolean } = {}): Variant[] {
  const variants: Variant[] = [];
  for (const [name, feature] of Object.entries(FEATURES)) {
    const parts = unzip(SAMPLE);
    feature.apply(parts);
    const path = join(dir, `${name}${feature.ext ?? '.xlsx'}`);
    writeFileSync(path, zipSync(parts, { level: 6, mtime: new Date('1980-01-01T00:00:00') }));
    variants.push({ name, producer: feature.producer, path });
  }
  if (options.libreOffice !== false) {
    const profile = mkdtempSync(join(tmpdir(), 'corpus-lo-'));
    try {
      const work = mkdtempSync(join(tmpdir(), 'corpus-work-'));
      const src = join(work, 'libreoffice.xlsx');
      copyFileSync(SAMPLE, src);
      const ods = libreOffice(src, 'ods', work, profile);
      const odsDir = mkdtempSync(join(tmpdir(), 'corpus-ods-'));
      const back = libreOffice(ods, 'xlsx:Calc MS Excel 2007 XML', odsDir, profile);
      renameSync(back, join(dir, 'libreoffice-ods-roundtrip.xlsx'));
      variants.push({ name: 'libreoffice-ods-roundtrip', producer: 'LibreOffice (.xlsx → .ods → .xlsx)', path: join(dir, 'libreoffice-ods-roundtrip.xlsx') });
      const resaved = libreOffice(src, 'xlsx:Calc MS Excel 2007 XML', mkdtempSync(join(tmpdir(), 'corpus-x-')), profile);
      renameSync(resaved, join(dir, 'libreoffice-resaved.xlsx'));
      variants.push({ name: 'libreoffice-resaved', producer: 'LibreOffice (.xlsx saved again)', path: join(dir, 'libreoffice-resaved.xlsx') });
      rmSync(work, { recursive: true, force: true });
      rmSync(odsDir, { recursive: true, force: true });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }
  return variants;
}
