import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { CellWrite, WritePlan } from '../../src/engine/plan';
import { applyPlan, openXlsx, openXlsxBuffer, rereadGrid, saveXlsx, xlsxToBuffer, type XlsxFile } from '../../src/file';
import { SAMPLE_PATH } from '../../examples/sample-workbook';
import { buildWorkbook, loadWorkbook, makeTempDir, rawXlsx, readZipText, removeTempDirs, writeBytesFixture, writeGridFixture, writeXlsxFixture, type FixtureSheet } from '../support/xlsx-fixtures';

afterAll(removeTempDirs);

async function open(path: string): Promise<XlsxFile> {
  const opened = await openXlsx(path);
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.file;
}

function plan(parts: Partial<WritePlan>): WritePlan {
  return { writes: [], sheets: [], deleteSheets: [], ...parts };
}

/** Applies the plan, saves it beside the input and loads the result with ExcelJS. */
async function applyAndReload(path: string, p: WritePlan): Promise<{ saved: string; workbook: ExcelJS.Workbook }> {
  const file = await open(path);
  expect(applyPlan(file, p)).toEqual({ ok: true });
  const saved = join(makeTempDir(), 'rated.xlsx');
  expect(await saveXlsx(file, saved)).toEqual({ ok: true });
  return { saved, workbook: await loadWorkbook(saved) };
}

async function bytesOf(file: XlsxFile): Promise<Buffer> {
  const b = await xlsxToBuffer(file);
  if (!b.ok) throw new Error(b.problem.message);
  return Buffer.from(b.data);
}

const scorecard: FixtureSheet = {
  name: 'Scorecard',
  rows: [
    ['Ref', 'Measure', 'Target', 'Qu 1', 'Qu 2', 'RAG', 'Dir', 'Comments'],
    ['P2.4', '% attendance at secondary school', 0.96, 0.92, 0.95, null, null, 'Attendance has improved.'],
    ['P3.16', 'Average number of days', 426, 293, { formula: 'D3+9', result: 302 }, null, null, '=not a formula, typed by a user'],
  ],
  numFmts: { C2: '0%', D2: '0%', E2: '0%' },
  bold: ['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1'],
};

describe('applyPlan writes exactly what the plan says', () => {
  test('values, fills, font colours, bold, number formats and wrapping land', async () => {
    const path = await writeXlsxFixture([scorecard]);
    const { saved, workbook } = await applyAndReload(path, plan({
      writes: [{ sheet: 'Scorecard', cells: [
        { address: 'F2', value: 'Amber', style: { fill: '#FFEB9C', font: '#9C5700' } },
        { address: 'G2', value: '↑', style: { font: '#006100', bold: true } },
        { address: 'I2', value: 0.5, style: { numberFormat: '0.0%', wrap: true } },
        { address: 'D3', style: { fill: '#FFC7CE' } }, // fill only: the value stays
      ] }],
    }));
    const s = (await open(saved)).grid.sheets[0];
    expect(s.values[1]).toEqual(['P2.4', '% attendance at secondary school', 0.96, 0.92, 0.95, 'Amber', '↑', 'Attendance has improved.', 0.5]);
    expect(s.fills?.[1][5]).toBe('#FFEB9C');
    expect(s.fontColors?.[1].slice(5, 7)).toEqual(['#9C5700', '#006100']);
    expect(s.numberFormats?.[1][8]).toBe('0.0%');
    expect(s.values[2][3]).toBe(293);
    expect(s.fills?.[2][3]).toBe('#FFC7CE');
    const ws = workbook.getWorksheet('Scorecard')!;
    expect(ws.getCell('G2').font?.bold).toBe(true);
    expect(ws.getCell('I2').alignment?.wrapText).toBe(true);
  });

  test('text that looks like a formula lands as text, never as a formula', async () => {
    const tricky = ['=SUM(A1:A3)', '+cmd|" /C calc"!A0', '-2+3', '@x', '=HYPERLINK("http://evil")', '#DIV/0!'];
    const cells: CellWrite[] = tricky.map((value, i) => ({ address: `J${i + 1}`, value }));
    const { saved, workbook } = await applyAndReload(await writeXlsxFixture([scorecard]), plan({
      writes: [{ sheet: 'Scorecard', cells }],
      sheets: [{ name: 'RAG Summary', visibility: 'visible', cells: tricky.map((value, i) => ({ address: `A${i + 1}`, value })) }],
    }));
    for (const [name, column] of [['Scorecard', 'J'], ['RAG Summary', 'A']] as const) {
      const ws = workbook.getWorksheet(name)!;
      tricky.forEach((text, i) => {
        const cell = ws.getCell(`${column}${i + 1}`);
        expect(cell.formula).toBeUndefined();
        expect(cell.value).toBe(text);
      });
    }
    const grid = (await open(saved)).grid;
    for (const s of grid.sheets) expect(s.formulas?.flat().filter(Boolean)).toHaveLength(s.name === 'Scorecard' ? 1 : 0);
  });

  test('every cell the plan does not name keeps its value, format and formula', async () => {
    const before = await open(SAMPLE_PATH);
    const ragWrites: CellWrite[] = [
      { address: 'N5', value: 'Amber', style: { fill: '#FFEB9C', font: '#9C5700' } },
      { address: 'O5', value: '→', style: { font: null } },
      { address: 'K16', style: { fill: '#FFC7CE' } },
    ];
    const { saved } = await applyAndReload(SAMPLE_PATH, plan({ writes: [{ sheet: 'Scorecard', cells: ragWrites }] }));
    const after = (await open(saved)).grid.sheets[0];
    const was = before.grid.sheets[0];
    const named = new Set(['4,13', '4,14']);
    expect(after.values.length).toBe(was.values.length);
    for (let r = 0; r < was.values.length; r++) {
      for (let c = 0; c < Math.max(was.values[r].length, after.values[r].length); c++) {
        if (named.has(`${r},${c}`)) continue;
        expect([r, c, after.values[r][c] ?? null]).toEqual([r, c, was.values[r][c] ?? null]);
        expect([r, c, after.numberFormats?.[r][c]]).toEqual([r, c, was.numberFormats?.[r][c]]);
      }
    }
    expect(after.merges).toEqual(was.merges);
    expect(after.fills?.[15][10]).toBe('#FFC7CE');
  });

  test('formulas elsewhere on the sheet keep their text and cached result', async () => {
    const { workbook } = await applyAndReload(await writeXlsxFixture([scorecard]), plan({
      writes: [{ sheet: 'Scorecard', cells: [{ address: 'F3', value: 'Green' }] }],
    }));
    const cell = workbook.getWorksheet('Scorecard')!.getCell('E3');
    expect(cell.formula).toBe('D3+9');
    expect(cell.result).toBe(302);
  });

  test('shared formulas, string formulas and formula errors are written back byte for byte', async () => {
    const formulas =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>3</v></c><c r="B2"><f t="shared" si="0"/><v>6</v></c>' +
      '<c r="C2" t="str"><f>"x"&amp;A2</f><v>x3</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>';
    const opened = await openXlsxBuffer(rawXlsx(formulas), 'formulas.xlsx');
    if (!opened.ok) throw new Error(opened.problem.message);
    expect(opened.file.grid.sheets[0].values).toEqual([[1, 2], [3, 6, 'x3', '#DIV/0!']]);
    expect(applyPlan(opened.file, plan({ writes: [{ sheet: 'Sheet1', cells: [{ address: 'E1', value: 'Green' }] }] }))).toEqual({ ok: true });
    const out = await bytesOf(opened.file);
    const xml = readZipText(out, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>2</v></c>');
    expect(xml).toContain('<c r="B2"><f t="shared" si="0"/><v>6</v></c>');
    expect(xml).toContain('<c r="C2" t="str"><f>"x"&amp;A2</f><v>x3</v></c>');
    expect(xml).toContain('<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c>');
  });

  test('styling one cell never restyles the cells that shared its style', async () => {
    // A1:H1 were all saved with one bold style, which ExcelJS shares between them after loading.
    const { workbook } = await applyAndReload(await writeXlsxFixture([scorecard]), plan({
      writes: [{ sheet: 'Scorecard', cells: [{ address: 'F1', style: { fill: '#C6EFCE', font: '#006100' } }] }],
    }));
    const ws = workbook.getWorksheet('Scorecard')!;
    expect(ws.getCell('F1').font?.color?.argb).toBe('FF006100');
    for (const a of ['A1', 'E1', 'G1', 'H1']) {
      expect(ws.getCell(a).fill ?? { pattern: 'none' }).toMatchObject({ pattern: 'none' });
      expect(ws.getCell(a).font?.color).toBeUndefined();
      expect(ws.getCell(a).font?.bold).toBe(true);
    }
  });

  test('a font colour keeps the font; null sets the automatic colour; a null fill removes the fill', async () => {
    const book = buildWorkbook([{ name: 'Sheet1', rows: [['Red', 'Was amber', 'Was filled']], fills: { C1: '#FFEB9C' }, fontColors: { B1: '#9C5700' } }]);
    book.getWorksheet('Sheet1')!.getCell('A1').font = { name: 'Arial', size: 14, bold: true, italic: true };
    const file = await open(writeBytesFixture(new Uint8Array(await book.xlsx.writeBuffer())));
    const { workbook } = await (async () => {
      expect(applyPlan(file, plan({ writes: [{ sheet: 'Sheet1', cells: [
        { address: 'A1', style: { font: '#9C0006' } },
        { address: 'B1', style: { font: null } },
        { address: 'C1', style: { fill: null } },
      ] }] }))).toEqual({ ok: true });
      const saved = join(makeTempDir(), 'fonts.xlsx');
      expect(await saveXlsx(file, saved)).toEqual({ ok: true });
      return { workbook: await loadWorkbook(saved) };
    })();
    const ws = workbook.getWorksheet('Sheet1')!;
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Arial', size: 14, bold: true, italic: true, color: { argb: 'FF9C0006' } });
    expect(ws.getCell('B1').font?.color).toBeUndefined();
    expect(ws.getCell('C1').fill ?? { pattern: 'none' }).toMatchObject({ pattern: 'none' });
  });

  test('text that only looks like a figure stays text, and long text lands whole', async () => {
    const long = 'x'.repeat(32_000);
    const { saved } = await applyAndReload(await writeXlsxFixture([scorecard]), plan({
      writes: [{ sheet: 'Scorecard', cells: [{ address: 'J1', value: '1,234' }, { address: 'J2', value: ' 97 % ' }, { address: 'J3', value: long }] }],
    }));
    const s = (await open(saved)).grid.sheets[0];
    expect([s.values[0][9], s.values[1][9], s.values[2][9]]).toEqual(['1,234', ' 97 % ', long]);
  });
});

describe('sheets the plan creates, replaces and deletes', () => {
  const threeSheets = () =>
    writeXlsxFixture([scorecard, { name: 'RAG Summary', rows: [['old summary'], ['stale row']] }, { name: 'Notes', rows: [['mine']] }]);

  test('replacing a sheet keeps its tab position and drops its old cells', async () => {
    const { workbook } = await applyAndReload(await threeSheets(), plan({
      sheets: [{ name: 'RAG Summary', visibility: 'visible', cells: [{ address: 'A1', value: 'Performance Measures', style: { bold: true } }], columnWidths: [30, 8] }],
    }));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Scorecard', 'RAG Summary', 'Notes']);
    const summary = workbook.getWorksheet('RAG Summary')!;
    expect(summary.getCell('A1').value).toBe('Performance Measures');
    expect(summary.getCell('A2').value).toBeNull();
    expect(summary.getColumn(1).width).toBe(30);
  });

  test('a new sheet goes after the last tab, with its visibility; activate makes it the one selected tab', async () => {
    const { saved, workbook } = await applyAndReload(await threeSheets(), plan({
      sheets: [
        { name: 'Rater settings', visibility: 'veryHidden', cells: [{ address: 'A1', value: '{"rules":null}' }] },
        { name: 'RAG Summary (2)', visibility: 'visible', cells: [{ address: 'A1', value: 'Summary' }], activate: true },
      ],
    }));
    expect(workbook.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['Scorecard', 'visible'], ['RAG Summary', 'visible'], ['Notes', 'visible'], ['Rater settings', 'veryHidden'], ['RAG Summary (2)', 'visible'],
    ]);
    expect(workbook.views[0].activeTab).toBe(4);
    // ExcelJS does not read tabSelected back, so look at the sheets' XML.
    const zip = readFileSync(saved);
    const selected = [1, 2, 3, 4, 5].map((n) => readZipText(zip, `xl/worksheets/sheet${n}.xml`).includes('tabSelected="1"'));
    expect(selected).toEqual([false, false, false, false, true]);
  });

  test('deleting sheets removes them; a name that is not there is ignored', async () => {
    const { workbook } = await applyAndReload(await threeSheets(), plan({ deleteSheets: ['RAG Summary', 'Never existed'] }));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Scorecard', 'Notes']);
  });

  test('rereadGrid shows the workbook as it now stands', async () => {
    const file = await open(await threeSheets());
    applyPlan(file, plan({ deleteSheets: ['Notes'], writes: [{ sheet: 'Scorecard', cells: [{ address: 'F2', value: 'Red' }] }] }));
    const grid = rereadGrid(file);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Scorecard', 'RAG Summary']);
    expect(grid.sheets[0].values[1][5]).toBe('Red');
    expect(file.grid.sheets).toHaveLength(3); // the grid as opened is left alone
  });
});

describe('a plan that cannot be applied changes nothing', () => {
  const good: CellWrite = { address: 'F2', value: 'Amber', style: { fill: '#FFEB9C' } };
  const cases: [string, FixtureSheet[], WritePlan, string][] = [
    ['a write to a sheet that is not there', [scorecard], plan({ writes: [{ sheet: 'Scorecard', cells: [good] }, { sheet: 'Missing', cells: [good] }] }), 'SHEET_NOT_FOUND'],
    ['a write to a protected sheet', [{ ...scorecard, protect: true }], plan({ writes: [{ sheet: 'Scorecard', cells: [good] }] }), 'SHEET_PROTECTED'],
    ['a bad address after a good write', [scorecard], plan({ writes: [{ sheet: 'Scorecard', cells: [good, { address: 'RAG!', value: 'x' }] }] }), 'PLAN_REFUSED'],
    ['a value inside a merged range', [{ ...scorecard, merges: ['F2:G2'] }], plan({ writes: [{ sheet: 'Scorecard', cells: [{ address: 'G2', value: 'Red' }] }] }), 'PLAN_REFUSED'],
    ['text longer than a cell holds', [scorecard], plan({ writes: [{ sheet: 'Scorecard', cells: [good, { address: 'F3', value: 'y'.repeat(32_768) }] }] }), 'PLAN_REFUSED'],
    ['a colour that is not #RRGGBB', [scorecard], plan({ writes: [{ sheet: 'Scorecard', cells: [{ address: 'F2', style: { fill: 'amber' } }] }] }), 'PLAN_REFUSED'],
    ['a number Excel cannot store', [scorecard], plan({ writes: [{ sheet: 'Scorecard', cells: [{ address: 'F2', value: Number.NaN }] }] }), 'PLAN_REFUSED'],
    ['a sheet name Excel refuses', [scorecard], plan({ writes: [{ sheet: 'Scorecard', cells: [good] }], sheets: [{ name: 'RAG: Q2', visibility: 'visible', cells: [] }] }), 'PLAN_REFUSED'],
    ['deleting the only visible sheet', [scorecard], plan({ deleteSheets: ['Scorecard'], sheets: [{ name: 'Settings', visibility: 'veryHidden', cells: [] }] }), 'PLAN_REFUSED'],
    ['writing into a sheet it also deletes', [scorecard, { name: 'Old', rows: [['x']] }], plan({ writes: [{ sheet: 'Old', cells: [good] }], deleteSheets: ['Old'] }), 'PLAN_REFUSED'],
  ];

  test.each(cases)('%s', async (_label, sheets, p, code) => {
    const file = await open(await writeXlsxFixture(sheets));
    const before = await bytesOf(file);
    const result = applyPlan(file, p);
    expect(result).toMatchObject({ ok: false, problem: { code } });
    if (!result.ok) expect(result.problem.message).not.toMatch(/Error:|\n\s+at /);
    expect((await bytesOf(file)).equals(before)).toBe(true);
  });
});

describe('repeatability', () => {
  test('applying the same plan to the same file twice gives the same bytes', async () => {
    const p = plan({
      writes: [{ sheet: 'Scorecard', cells: [{ address: 'N5', value: 'Amber', style: { fill: '#FFEB9C', font: '#9C5700' } }] }],
      sheets: [{ name: 'RAG Summary', visibility: 'visible', cells: [{ address: 'A1', value: 'Summary' }], activate: true }],
    });
    const outputs: Buffer[] = [];
    for (let i = 0; i < 2; i++) {
      const file = await open(SAMPLE_PATH);
      expect(applyPlan(file, p)).toEqual({ ok: true });
      outputs.push(await bytesOf(file));
    }
    expect(outputs[0].equals(outputs[1])).toBe(true);
  });
});
