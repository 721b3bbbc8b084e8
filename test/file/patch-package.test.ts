import { SaxesParser } from 'saxes';
import type { WritePlan } from '../../src/engine/plan';
import { applyPlan, openXlsxBuffer, rereadGrid, xlsxToBuffer, type XlsxFile } from '../../src/file';
import { handPackage, handPackageParts, unzipAll, type HandPackage } from '../support/xlsx-fixtures';

function plan(parts: Partial<WritePlan>): WritePlan {
  return { writes: [], sheets: [], deleteSheets: [], ...parts };
}

async function open(bytes: Uint8Array, name = 'book.xlsx'): Promise<XlsxFile> {
  const opened = await openXlsxBuffer(bytes, name);
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.file;
}

async function patched(spec: HandPackage, p: WritePlan): Promise<{ before: Map<string, Buffer>; after: Map<string, Buffer>; file: XlsxFile }> {
  const bytes = handPackage(spec);
  const file = await open(bytes);
  expect(applyPlan(file, p)).toEqual({ ok: true });
  const out = await xlsxToBuffer(file);
  if (!out.ok) throw new Error(out.problem.message);
  return { before: unzipAll(bytes), after: unzipAll(out.data), file };
}

/** Throws unless the text is well-formed XML. */
function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

const row1 = '<row r="1"><c r="A1" t="inlineStr"><is><t>Ref</t></is></c><c r="B1"><v>1</v></c></row>';

describe('a rated copy is the input package with only the planned edits', () => {
  const spec: HandPackage = {
    sheets: [
      { name: 'Scorecard', rows: `${row1}<row r="3"><c r="A3"><v>3</v></c><c r="D3" s="1"><v>4</v></c></row>`, after: '<rowBreaks count="1" manualBreakCount="1"><brk id="20" max="16383" man="1"/></rowBreaks>' },
      { name: 'Notes', rows: row1 },
    ],
    parts: { 'customXml/item1.xml': '<b:Sources xmlns:b="urn:x"/>', 'xl/vbaProject.bin': new Uint8Array([1, 2, 3, 0, 255]) },
  };

  test('untouched parts are byte for byte the same; the sheet changes only in the planned cells', async () => {
    const { before, after } = await patched(spec, plan({ writes: [{ sheet: 'Scorecard', cells: [{ address: 'C3', value: 'Red' }, { address: 'D3', style: { fill: '#FFC7CE' } }, { address: 'B2', value: 2 }] }] }));
    for (const name of ['xl/worksheets/sheet2.xml', 'customXml/item1.xml', 'xl/vbaProject.bin', '[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels']) {
      expect([name, after.get(name)]).toEqual([name, before.get(name)]);
    }
    const sheet = after.get('xl/worksheets/sheet1.xml')!.toString();
    expect(sheet).toContain('<row r="2"><c r="B2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="C3" t="inlineStr"><is><t>Red</t></is></c><c r="D3" s="2"><v>4</v></c></row>');
    expect(sheet).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="20" max="16383" man="1"/></rowBreaks>');
    const styles = after.get('xl/styles.xml')!.toString();
    // Appended, never edited: the old entries are a prefix of the new lists.
    expect(styles).toContain('<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf ');
    expect(after.get('xl/workbook.xml')!.toString()).toContain('fullCalcOnLoad="1"');
  });

  test('rating twice gives the same bytes', async () => {
    const p = plan({ writes: [{ sheet: 'Scorecard', cells: [{ address: 'C3', value: 'Red', style: { fill: '#FFC7CE' } }] }], sheets: [{ name: 'RAG Summary', role: 'summary', visibility: 'visible', cells: [{ address: 'A1', value: 'x' }], activate: true }] });
    const a = await xlsxToBuffer(await (async () => { const f = await open(handPackage(spec)); applyPlan(f, p); return f; })());
    const b = await xlsxToBuffer(await (async () => { const f = await open(handPackage(spec)); applyPlan(f, p); return f; })());
    expect(a.ok && b.ok && Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
  });

  test('text Excel cannot hold in XML is written as _xHHHH_, and the copy stays well-formed', async () => {
    const nasty = 'a\uFFFEb\u0001c _x0041_ <&>';
    const { after, file } = await patched(spec, plan({ writes: [{ sheet: 'Scorecard', cells: [{ address: 'C3', value: nasty }] }], sheets: [{ name: 'RAG Summary', visibility: 'visible', cells: [{ address: 'A1', value: nasty }] }] }));
    for (const [name, data] of after) if (name.endsWith('.xml') || name.endsWith('.rels')) wellFormed(data.toString());
    expect(after.get('xl/worksheets/sheet1.xml')!.toString()).toContain('a_xFFFE_b_x0001_c _x005F_x0041_ &lt;&amp;&gt;');
    // And it reads back as the same text.
    expect(rereadGrid(file).sheets[0].values[2][2]).toBe(nasty);
  });
});

describe("the add-in's own sheets and their markers", () => {
  const three: HandPackage = {
    sheets: [{ name: 'Scorecard', rows: row1 }, { name: "Bob's summary", rows: row1 }, { name: 'Data', rows: row1 }],
    bookViews: '<bookViews><workbookView firstSheet="2" activeTab="2"/></bookViews>',
    definedNames:
      '<definedName name="_xlnm.Print_Area" localSheetId="2">Data!$A$1:$B$1</definedName>' +
      '<definedName name="Local" localSheetId="1">\'Bob\'\'s summary\'!$A$1</definedName>' +
      '<definedName name="ScorecardRater_summary" hidden="1">\'Bob\'\'s summary\'!$A$1</definedName>' +
      '<definedName name="ScorecardRater_checks" hidden="1">#REF!</definedName>' +
      '<definedName name="Total">Scorecard!$B$1</definedName>',
  };

  test('markers are read into ownSheets; a broken one is left out', async () => {
    const file = await open(handPackage(three));
    expect(file.grid.ownSheets).toEqual({ summary: "Bob's summary" });
  });

  test('deleting a sheet renumbers sheet-scoped names and the views, and drops its marker and names', async () => {
    const { after, file } = await patched(three, plan({ deleteSheets: ["Bob's summary"] }));
    const wb = after.get('xl/workbook.xml')!.toString();
    expect(wb).toContain('<definedName name="_xlnm.Print_Area" localSheetId="1">Data!$A$1:$B$1</definedName>');
    expect(wb).not.toContain('name="Local"');
    expect(wb).not.toContain('ScorecardRater_summary');
    expect(wb).toContain('<definedName name="Total">Scorecard!$B$1</definedName>');
    expect(wb).toContain('<workbookView firstSheet="1" activeTab="1"/>');
    expect(after.has('xl/worksheets/sheet2.xml')).toBe(false);
    expect(after.get('[Content_Types].xml')!.toString()).not.toContain('sheet2.xml');
    expect(after.get('xl/_rels/workbook.xml.rels')!.toString()).not.toContain('sheet2.xml');
    expect(rereadGrid(file).sheets.map((s) => s.name)).toEqual(['Scorecard', 'Data']);
  });

  test('a new own sheet goes last with a hidden marker naming it; replacing one keeps its place', async () => {
    const { after, file } = await patched(three, plan({
      sheets: [
        { name: "Bob's summary", role: 'summary', visibility: 'visible', cells: [{ address: 'A1', value: 'new' }], activate: true },
        { name: 'Checks "2"', role: 'checks', visibility: 'hidden', cells: [{ address: 'B2', value: 1, style: { bold: true } }] },
      ],
    }));
    const wb = after.get('xl/workbook.xml')!.toString();
    expect(wb).toContain('<definedName name="ScorecardRater_summary" hidden="1">\'Bob\'\'s summary\'!$A$1</definedName>');
    expect(wb).toContain('<definedName name="ScorecardRater_checks" hidden="1">\'Checks &quot;2&quot;\'!$A$1</definedName>');
    expect(wb.match(/ScorecardRater_summary/g)).toHaveLength(1);
    expect(wb).toContain('<workbookView firstSheet="2" activeTab="1"/>');
    const grid = rereadGrid(file);
    expect(grid.sheets.map((s) => [s.name, s.visibility])).toEqual([['Scorecard', 'visible'], ["Bob's summary", 'visible'], ['Data', 'visible'], ['Checks "2"', 'hidden']]);
    expect(grid.ownSheets).toEqual({ summary: "Bob's summary", checks: 'Checks "2"' });
    expect(grid.sheets[1].values).toEqual([['new']]);
    expect(after.get('[Content_Types].xml')!.toString()).toContain('<Override PartName="/xl/worksheets/sheet4.xml"');
  });
});

describe('packages as other producers write them', () => {
  test('prefixed namespaces, absolute targets, no styles part: read, and patched in the same shape', async () => {
    const spec: HandPackage = { prefix: 'x', absoluteTargets: true, styles: null, sheets: [{ name: 'S', rows: '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Ref</x:t></x:is></x:c></x:row>' }] };
    const { after, file } = await patched(spec, plan({ writes: [{ sheet: 'S', cells: [{ address: 'B1', value: 'Green', style: { fill: '#C6EFCE' } }] }] }));
    expect(file.grid.sheets[0].values).toEqual([['Ref']]);
    expect(after.get('xl/worksheets/sheet1.xml')!.toString()).toContain('<x:c r="B1" s="1" t="inlineStr"><x:is><x:t>Green</x:t></x:is></x:c>');
    expect(after.has('xl/styles.xml')).toBe(true);
    const grid = rereadGrid(file);
    expect(grid.sheets[0].values).toEqual([['Ref', 'Green']]);
    expect(grid.sheets[0].fills?.[0][1]).toBe('#C6EFCE');
  });

  test('a literal percent sign (0\\%) keeps its escape, so 8 reads as 8, not 800 %', async () => {
    const styles = handPackageParts({ sheets: [] })['xl/styles.xml'] as string;
    const withFormat = styles
      .replace('<fonts', '<numFmts count="1"><numFmt numFmtId="164" formatCode="0\\%"/></numFmts><fonts')
      .replace('<cellXfs count="2">', '<cellXfs count="3">')
      .replace('</cellXfs>', '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>');
    const file = await open(handPackage({ styles: withFormat, sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" s="2"><v>8</v></c></row>' }] }));
    expect(file.grid.sheets[0].numberFormats?.[0][0]).toBe('0\\%');
  });

  test('booleans as true, hidden rows and columns, rows and cells without r, shared and rich strings, dates', async () => {
    const file = await open(handPackage({
      sharedStrings: ['plain', 'two'],
      sheets: [{
        name: 'S',
        before: '<cols><col min="3" max="3" width="9" hidden="true"/></cols>',
        rows:
          '<row hidden="true"><c t="s"><v>0</v></c><c t="b"><v>true</v></c><c t="d"><v>2018-09-30T00:00:00</v></c></row>' +
          '<row><c t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r><rPh><t>ruby</t></rPh></is></c><c r="C2"><f>1+1</f><v>2</v></c></row>',
      }],
    }));
    const s = file.grid.sheets[0];
    expect(s.values).toEqual([['plain', true, 43373], ['rich text', null, 2]]);
    expect(s.formulas?.[1][2]).toBe(true);
    expect(s.hiddenRows).toEqual([0]);
    expect(s.hiddenColumns).toEqual([2]);
  });

  test('a patch into rows and cells without r gives them positions, so nothing shifts', async () => {
    const spec: HandPackage = { sheets: [{ name: 'S', rows: '<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>' }] };
    const { file } = await patched(spec, plan({ writes: [{ sheet: 'S', cells: [{ address: 'B2', value: 'x' }, { address: 'A4', value: 'y' }] }] }));
    expect(rereadGrid(file).sheets[0].values).toEqual([[1, 2], [3, 'x'], [], ['y']]);
  });

  test('an .xlsm keeps its macro content type and its vbaProject part', async () => {
    const spec: HandPackage = {
      mainType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      sheets: [{ name: 'S', rows: row1 }],
      parts: { 'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 9, 9]) },
      overrides: { '/xl/vbaProject.bin': 'application/vnd.ms-office.vbaProject' },
      workbookRels: '<Relationship Id="rIdV" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>',
    };
    const { before, after } = await patched(spec, plan({ sheets: [{ name: 'RAG Summary', visibility: 'visible', cells: [] }] }));
    expect(after.get('xl/vbaProject.bin')).toEqual(before.get('xl/vbaProject.bin'));
    expect(after.get('[Content_Types].xml')!.toString()).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>');
    expect(after.get('xl/_rels/workbook.xml.rels')!.toString()).toContain('Target="vbaProject.bin"');
  });
});
