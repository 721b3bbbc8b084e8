import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import type { NewSheet, WritePlan } from '../../src/engine/plan';
import { applyPlan, openXlsxBuffer, rereadGrid, xlsxToBuffer } from '../../src/file';
import { cellLookup, countStep } from '../../src/file/chart-xml';
import { wrappedLines } from '../../src/file/new-sheet-xml';
import { packageProblems } from '../support/package-consistency';
import { drawUserChart, USER_ANCHOR } from '../support/user-chart';
import { libreOfficeConvert } from '../support/libreoffice';
import { handPackage, makeTempDir, removeTempDirs, unzipAll, zipEntries, type HandPackage } from '../support/xlsx-fixtures';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (...r: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
const row1 = '<row r="1"><c r="A1" t="inlineStr"><is><t>Ref</t></is></c></row>';

/**
 * A scorecard with a user's chart, the add-in's summary with its own chart from an earlier run (whose
 * drawing also shows a picture the user's drawing uses), and a data sheet with a print area.
 */
const book: HandPackage = {
  sheets: [
    { name: 'Scorecard', rows: row1, after: '<drawing r:id="rId1"/>' },
    { name: 'RAG Summary', rows: row1, after: '<drawing r:id="rId1"/>' },
    { name: 'Data', rows: row1 },
  ],
  definedNames:
    '<definedName name="_xlnm.Print_Area" localSheetId="2">Data!$A$1:$B$1</definedName>' +
    '<definedName name="_xlnm.Print_Titles" localSheetId="1">\'RAG Summary\'!$1:$1</definedName>' +
    '<definedName name="ScorecardRater_summary" hidden="1">\'RAG Summary\'!$A$1</definedName>',
  parts: {
    'xl/worksheets/_rels/sheet1.xml.rels': rels(['rId1', 'drawing', '../drawings/drawing1.xml']),
    'xl/drawings/drawing1.xml': '<xdr:wsDr xmlns:xdr="urn:user"/>',
    'xl/drawings/_rels/drawing1.xml.rels': rels(['rId1', 'chart', '../charts/chart1.xml'], ['rId2', 'image', '../media/image1.png']),
    'xl/charts/chart1.xml': '<c:chartSpace xmlns:c="urn:user-chart"/>',
    'xl/media/image1.png': new Uint8Array([137, 80, 78, 71]),
    'xl/worksheets/_rels/sheet2.xml.rels': rels(['rId1', 'drawing', '../drawings/drawing2.xml']),
    'xl/drawings/drawing2.xml': '<xdr:wsDr xmlns:xdr="urn:old-summary"/>',
    'xl/drawings/_rels/drawing2.xml.rels': rels(['rId1', 'chart', '../charts/chart2.xml'], ['rId2', 'image', '../media/image1.png']),
    'xl/charts/chart2.xml': '<c:chartSpace xmlns:c="urn:old-summary-chart"/>',
    'xl/charts/_rels/chart2.xml.rels': rels(['rId1', 'chartStyle', 'style2.xml']),
    'xl/charts/style2.xml': '<cs:chartStyle xmlns:cs="urn:style"/>',
  },
  overrides: {
    '/xl/drawings/drawing1.xml': 'application/vnd.openxmlformats-officedocument.drawing+xml',
    '/xl/drawings/drawing2.xml': 'application/vnd.openxmlformats-officedocument.drawing+xml',
    '/xl/charts/chart1.xml': 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
    '/xl/charts/chart2.xml': 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
    '/xl/charts/style2.xml': 'application/vnd.ms-office.chartstyle+xml',
    '/xl/media/image1.png': 'image/png',
  },
};

function summary(name: string): NewSheet {
  return {
    name,
    role: 'summary',
    visibility: 'visible',
    cells: [
      { address: 'A1', value: 'RAG summary: Tom & Jerry' },
      { address: 'B3', value: 'Section' },
      { address: 'C3', value: 'Red' },
      { address: 'D3', value: 'Green' },
      { address: 'B4', value: 'Priority 1' },
      { address: 'C4', value: 2 },
      { address: 'D4', value: 5 },
      { address: 'B5', value: 'Priority 2' },
      { address: 'C5', value: 0 },
      { address: 'D5', value: 1 },
      { address: 'E6', value: 'a long reason that wraps over three lines here', style: { wrap: true } },
    ],
    columnWidths: [10, 20, 8, 8, 20],
    activate: true,
    print: { paperSize: 'A4', orientation: 'landscape', fitToPagesWide: 1, titleRows: '$1:$2', header: '&LTom && Jerry&CQu 2&RRAG summary', footer: '&RPage &P of &N' },
    charts: [
      {
        type: 'stackedBar',
        title: 'Ratings by section',
        categories: 'B4:B5',
        series: [
          { name: 'Red', nameCell: 'C3', values: 'C4:C5', colour: '#FFC7CE' },
          { name: 'Green', nameCell: 'D3', values: 'D4:D5', colour: '#c6efce' },
        ],
        anchor: { from: 'B8', to: 'F20' },
      },
    ],
  };
}

async function apply(spec: HandPackage, plan: WritePlan) {
  const bytes = handPackage(spec);
  const opened = await openXlsxBuffer(bytes, 'book.xlsx');
  if (!opened.ok) throw new Error(opened.problem.message);
  expect(applyPlan(opened.file, plan)).toEqual({ ok: true });
  const out = await xlsxToBuffer(opened.file);
  if (!out.ok) throw new Error(out.problem.message);
  return { before: unzipAll(bytes), after: unzipAll(out.data), file: opened.file };
}

/** Parses the XML (throws unless well-formed) and returns the names of the root's children, in order. */
function childrenOfRoot(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: false });
  const names: string[] = [];
  let depth = 0;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => {
    if (depth === 1) names.push(t.name);
    if (!t.isSelfClosing) depth++;
  });
  parser.on('closetag', (t) => {
    if (!t.isSelfClosing) depth--;
  });
  parser.write(xml).close();
  return names;
}

/** Text content of the first element with this name. */
function textOf(xml: string, tag: string): string {
  const parser = new SaxesParser({ xmlns: false });
  let inside = false;
  let text = '';
  parser.on('opentag', (t) => (inside = inside || t.name === tag));
  parser.on('closetag', (t) => (inside = inside && t.name !== tag));
  parser.on('text', (t) => (text += inside ? t : ''));
  parser.write(xml).close();
  return text;
}

afterAll(removeTempDirs);

describe("a new sheet's print setup", () => {
  test('A4 landscape, one page wide, header and footer with Excel codes, in the schema order', async () => {
    const { after } = await apply(book, { writes: [], sheets: [summary('Committee')], deleteSheets: [] });
    const sheet = after.get('xl/worksheets/sheet4.xml')!.toString();
    expect(childrenOfRoot(sheet)).toEqual(['sheetPr', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'drawing']);
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    // `&&` (a literal ampersand in Excel's codes) and `&P` survive XML escaping as written.
    expect(textOf(sheet, 'oddHeader')).toBe('&LTom && Jerry&CQu 2&RRAG summary');
    expect(textOf(sheet, 'oddFooter')).toBe('&RPage &P of &N');
    // The wrapped reason (46 characters in a column 20 wide) gets a row three lines high.
    expect(sheet).toContain('<row r="6" ht="45" customHeight="1">');
  });

  test('a header longer than Excel takes (255 characters) is left out; the footer stays', async () => {
    const long = summary('Committee');
    long.print = { ...long.print!, header: `&L${'Sheet, '.repeat(40)}` };
    const { after } = await apply(book, { writes: [], sheets: [long], deleteSheets: [] });
    const sheet = after.get('xl/worksheets/sheet4.xml')!.toString();
    expect(sheet).not.toContain('<oddHeader>');
    expect(textOf(sheet, 'oddFooter')).toBe('&RPage &P of &N');
  });

  test('title rows are a sheet-scoped Print_Titles numbered by the final tab order', async () => {
    // The old summary is deleted and a new one added at the end: Scorecard 0, Data 1, Committee 2.
    const { after, file } = await apply(book, { writes: [], sheets: [summary('Committee')], deleteSheets: ['RAG Summary'] });
    const wb = after.get('xl/workbook.xml')!.toString();
    expect(wb).toContain('<definedName name="_xlnm.Print_Area" localSheetId="1">Data!$A$1:$B$1</definedName>');
    expect(wb).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="2">\'Committee\'!$1:$2</definedName>');
    expect(wb.match(/Print_Titles/g)).toHaveLength(1);
    expect(rereadGrid(file).sheets.map((s) => s.name)).toEqual(['Scorecard', 'Data', 'Committee']);
  });

  test('a sheet replaced in place gets its own title rows instead of the old ones', async () => {
    const { after } = await apply(book, { writes: [], sheets: [summary('RAG Summary')], deleteSheets: [] });
    const wb = after.get('xl/workbook.xml')!.toString();
    expect(wb).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">\'RAG Summary\'!$1:$2</definedName>');
    expect(wb.match(/Print_Titles/g)).toHaveLength(1);
  });
});

describe("a new sheet's charts", () => {
  test('a drawing and a stacked bar chart part under fresh names, wired through rels and content types', async () => {
    const { before, after } = await apply(book, { writes: [], sheets: [summary('Committee')], deleteSheets: [] });
    for (const name of ['xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml', 'xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/charts/style2.xml', 'xl/media/image1.png']) {
      expect([name, after.get(name)]).toEqual([name, before.get(name)]);
    }
    expect(after.get('xl/worksheets/_rels/sheet4.xml.rels')!.toString()).toContain(`Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing3.xml"`);
    expect(after.get('xl/drawings/_rels/drawing3.xml.rels')!.toString()).toContain(`Id="rId1" Type="${REL}/chart" Target="../charts/chart3.xml"`);
    const drawing = after.get('xl/drawings/drawing3.xml')!.toString();
    childrenOfRoot(drawing);
    // B8 to the end of F20: columns 1 to 6, rows 7 to 20 (0-based edges).
    expect(drawing).toContain('<xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>7</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>');
    expect(drawing).toContain('r:id="rId1"');
    const chart = after.get('xl/charts/chart3.xml')!.toString();
    childrenOfRoot(chart);
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(chart.match(/<c:ser>/g)).toHaveLength(2);
    expect(chart).toContain("<c:tx><c:strRef><c:f>'Committee'!$C$3</c:f>");
    expect(chart).toContain("<c:cat><c:strRef><c:f>'Committee'!$B$4:$B$5</c:f><c:strCache><c:ptCount val=\"2\"/><c:pt idx=\"0\"><c:v>Priority 1</c:v></c:pt>");
    expect(chart).toContain("<c:val><c:numRef><c:f>'Committee'!$D$4:$D$5</c:f>");
    expect(chart).toContain('<a:srgbClr val="FFC7CE"/>');
    expect(chart).toContain('<a:srgbClr val="C6EFCE"/>');
    const types = after.get('[Content_Types].xml')!.toString();
    expect(types).toContain('<Override PartName="/xl/drawings/drawing3.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart3.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  });

  test("replacing the add-in's sheet takes its old drawing and chart with it; the user's chart and a shared picture stay", async () => {
    const { before, after } = await apply(book, { writes: [], sheets: [summary('RAG Summary')], deleteSheets: [] });
    for (const name of ['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml', 'xl/media/image1.png', 'xl/worksheets/_rels/sheet1.xml.rels']) {
      expect([name, after.get(name)]).toEqual([name, before.get(name)]);
    }
    expect(after.has('xl/charts/style2.xml')).toBe(false);
    expect(after.has('xl/charts/_rels/chart2.xml.rels')).toBe(false);
    // The freed names are used again for the new drawing and chart.
    expect(after.get('xl/drawings/drawing2.xml')!.toString()).toContain('<xdr:twoCellAnchor');
    expect(after.get('xl/charts/chart2.xml')!.toString()).toContain('<c:grouping val="stacked"/>');
    expect(after.get('xl/drawings/_rels/drawing2.xml.rels')!.toString()).not.toContain('image1.png');
    const types = after.get('[Content_Types].xml')!.toString();
    expect(types).not.toContain('style2.xml');
    expect(types.match(/PartName="\/xl\/charts\/chart2.xml"/g)).toHaveLength(1);
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
  });

  test("deleting the add-in's sheet removes its drawing and chart parts, never the user's", async () => {
    const { before, after } = await apply(book, { writes: [], sheets: [], deleteSheets: ['RAG Summary'] });
    for (const name of ['xl/drawings/drawing2.xml', 'xl/drawings/_rels/drawing2.xml.rels', 'xl/charts/chart2.xml', 'xl/charts/_rels/chart2.xml.rels', 'xl/charts/style2.xml', 'xl/worksheets/_rels/sheet2.xml.rels']) {
      expect([name, after.has(name)]).toEqual([name, false]);
    }
    for (const name of ['xl/drawings/drawing1.xml', 'xl/charts/chart1.xml', 'xl/media/image1.png']) expect([name, after.get(name)]).toEqual([name, before.get(name)]);
    const types = after.get('[Content_Types].xml')!.toString();
    expect(types).not.toMatch(/drawing2|chart2|style2/);
    expect(types).toContain('/xl/drawings/drawing1.xml');
  });
});

describe('wrapped lines', () => {
  test('words move to the next line whole; a word longer than the column is broken', () => {
    expect(wrappedLines('one two three', 10)).toBe(2);
    expect(wrappedLines('first\nsecond', 40)).toBe(2);
    expect(wrappedLines('x'.repeat(25), 10)).toBe(3);
    expect(wrappedLines('', 10)).toBe(1);
  });
});

describe('a plan with a print setup or chart the adapter cannot write', () => {
  test.each([
    ['a chart range that is not one', { charts: [{ ...summary('S').charts![0], categories: 'B4:' }] }, /refers to "B4:"/],
    ['a series colour that is not #RRGGBB', { charts: [{ ...summary('S').charts![0], series: [{ name: 'Red', nameCell: 'C3', values: 'C4:C5', colour: 'red' }] }] }, /not a #RRGGBB colour/],
    ['title rows that are not rows', { print: { ...summary('S').print!, titleRows: 'A1:B2' } }, /not a row range/],
  ])('%s is refused and nothing changes', async (_, change, message) => {
    const opened = await openXlsxBuffer(handPackage(book), 'book.xlsx');
    if (!opened.ok) throw new Error(opened.problem.message);
    const result = applyPlan(opened.file, { writes: [], sheets: [{ ...summary('S'), ...change }], deleteSheets: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(message);
    expect(rereadGrid(opened.file).sheets.map((s) => s.name)).toEqual(['Scorecard', 'RAG Summary', 'Data']);
  });
});

describe("the chart's value axis", () => {
  const chart = summary('S').charts![0];
  const counts = (c4: number, d4: number) => cellLookup([{ address: 'C4', value: c4 }, { address: 'D4', value: d4 }, { address: 'C5', value: 0 }, { address: 'D5', value: 1 }]);
  test('steps in whole counts, about ten along the longest bar', () => {
    expect(countStep(chart, counts(2, 5))).toBe(1);
    expect(countStep(chart, counts(20, 19))).toBe(5);
    expect(countStep(chart, counts(30_000, 20_000))).toBe(5000);
  });
});

describe("an analyst's own chart on the add-in's summary sheet", () => {
  async function rate(bytes: Uint8Array, sheet: NewSheet = summary('RAG Summary')): Promise<Buffer> {
    const opened = await openXlsxBuffer(bytes, 'book.xlsx');
    if (!opened.ok) throw new Error(opened.problem.message);
    expect(applyPlan(opened.file, { writes: [], sheets: [sheet], deleteSheets: [] })).toEqual({ ok: true });
    const out = await xlsxToBuffer(opened.file);
    if (!out.ok) throw new Error(out.problem.message);
    return Buffer.from(out.data);
  }
  const chartParts = (parts: Map<string, Buffer>) => [...parts.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort();

  test("survives a second rating byte for byte; only the add-in's chart is replaced", async () => {
    const drawn = drawUserChart(await rate(handPackage(book)), 'RAG Summary');
    const before = unzipAll(drawn.bytes);
    const after = unzipAll(await rate(drawn.bytes));
    for (const name of [drawn.chartPart, drawn.stylePart, 'xl/charts/_rels/chart90.xml.rels', 'xl/drawings/drawing1.xml', 'xl/charts/chart1.xml']) {
      expect([name, after.get(name)]).toEqual([name, before.get(name)]);
    }
    const drawing = after.get(drawn.drawingPart)!.toString();
    expect(childrenOfRoot(drawing)).toEqual(['xdr:twoCellAnchor', 'xdr:twoCellAnchor']);
    expect(drawing).toContain(USER_ANCHOR);
    expect(drawing.match(/name="ScorecardRater_chart"/g)).toHaveLength(1);
    // Shape ids stay unique within the drawing.
    expect(new Set([...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1])).size).toBe(2);
    expect(after.get(drawn.drawingPart.replace('drawings/', 'drawings/_rels/') + '.rels')!.toString()).toContain(`<Relationship Id="rId7" Type="${REL}/chart" Target="../charts/chart90.xml"/>`);
    // The user's two charts and the add-in's new one; the add-in's earlier chart is gone.
    expect(chartParts(before)).toHaveLength(3);
    expect(chartParts(after)).toHaveLength(3);
    expect(packageProblems(after)).toEqual([]);
    // The summary's rels keep the one entry its <drawing> names.
    const sheetRels = after.get('xl/worksheets/_rels/sheet2.xml.rels')!.toString();
    expect(sheetRels.match(/<Relationship /g)).toHaveLength(1);
    const id = /<drawing r:id="([^"]*)"\/>/.exec(after.get('xl/worksheets/sheet2.xml')!.toString())![1];
    expect(sheetRels).toContain(`Id="${id}" Type="${REL}/drawing" Target="../drawings/drawing2.xml"`);
  });

  test('a plan without charts leaves the drawing holding only the user\'s chart', async () => {
    const drawn = drawUserChart(await rate(handPackage(book)), 'RAG Summary');
    const after = unzipAll(await rate(drawn.bytes, { ...summary('RAG Summary'), charts: [] }));
    const drawing = after.get(drawn.drawingPart)!.toString();
    expect(childrenOfRoot(drawing)).toEqual(['xdr:twoCellAnchor']);
    expect(drawing).toContain(USER_ANCHOR);
    expect(after.get('xl/worksheets/sheet2.xml')!.toString()).toMatch(/<drawing r:id="[^"]+"\/>/);
    expect(chartParts(after)).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart90.xml']);
    expect(packageProblems(after)).toEqual([]);
  });

  test("a copy rated before the add-in named its charts (`Chart 1`, the chart's title as alt text) loses that chart, not the user's", async () => {
    const parts = unzipAll(await rate(handPackage(book)));
    const drawing = parts.get('xl/drawings/drawing2.xml')!.toString();
    expect(drawing).toContain('name="ScorecardRater_chart" descr="Ratings by section"');
    parts.set('xl/drawings/drawing2.xml', Buffer.from(drawing.replace('name="ScorecardRater_chart"', 'name="Chart 1"')));
    const drawn = drawUserChart(zipEntries(Object.fromEntries(parts)), 'RAG Summary');
    const after = unzipAll(await rate(drawn.bytes));
    const names = [...after.get(drawn.drawingPart)!.toString().matchAll(/<xdr:cNvPr\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(['My chart', 'ScorecardRater_chart']);
    expect(packageProblems(after)).toEqual([]);
  });

  test('LibreOffice opens the rated file with both charts, saves them under their names, and a rating of its copy still keeps both', async () => {
    const plain: HandPackage = {
      sheets: [
        { name: 'Scorecard', rows: row1 },
        { name: 'RAG Summary', rows: row1 },
      ],
      definedNames: '<definedName name="ScorecardRater_summary" hidden="1">\'RAG Summary\'!$A$1</definedName>',
    };
    const dir = makeTempDir();
    const rated = join(dir, 'rated.xlsx');
    writeFileSync(rated, await rate(drawUserChart(await rate(handPackage(plain)), 'RAG Summary').bytes));
    libreOfficeConvert([rated], 'xlsx:Calc MS Excel 2007 XML', join(dir, 'lo'));
    const resaved = readFileSync(join(dir, 'lo', 'rated.xlsx'));
    const chartNames = (parts: Map<string, Buffer>) =>
      [...parts].filter(([n]) => /^xl\/drawings\/[^/]*\.xml$/.test(n)).flatMap(([, d]) => [...d.toString().matchAll(/<xdr:cNvPr\b[^>]*name="([^"]*)"/g)].map((m) => m[1])).sort();
    expect(chartNames(unzipAll(resaved))).toEqual(['My chart', 'ScorecardRater_chart']);
    const again = unzipAll(await rate(resaved));
    expect(chartNames(again)).toEqual(['My chart', 'ScorecardRater_chart']);
    expect(chartParts(again)).toHaveLength(2);
    expect(packageProblems(again)).toEqual([]);
  }, 180_000);
});
