import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openXlsx, openXlsxBuffer } from '../../src/file';
import type { SheetGrid } from '../../src/engine/grid';
import { buildWorkbook, makeTempDir, rawXlsx, removeTempDirs, writeGridFixture, writeXlsxFixture, xlsxBuffer } from '../support/xlsx-fixtures';

afterAll(removeTempDirs);

async function openSheets(path: string): Promise<SheetGrid[]> {
  const opened = await openXlsx(path);
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.file.grid.sheets;
}

async function openOne(path: string): Promise<SheetGrid> {
  return (await openSheets(path))[0];
}

describe('reading cells into the grid', () => {
  test('numbers, text and booleans come through as they are, with their number formats', async () => {
    const s = await openOne(
      await writeGridFixture(
        [
          ['Ref', 'Value', 'Flag'],
          ['P1', 0.97, true],
          ['P2', 477, false],
        ],
        { numFmts: { B2: '0%', B3: '#,##0' } },
      ),
    );
    expect(s.values).toEqual([
      ['Ref', 'Value', 'Flag'],
      ['P1', 0.97, true],
      ['P2', 477, false],
    ]);
    expect(s.numberFormats?.[1][1]).toBe('0%');
    expect(s.numberFormats?.[2][1]).toBe('#,##0');
    expect(s.numberFormats?.[1][0]).toBeUndefined(); // General
  });

  test('a formula gives its cached result, marked as a formula', async () => {
    const s = await openOne(
      await writeGridFixture([
        [10, 20, { formula: 'A1+B1', result: 30 }],
        ['a', 'b', { formula: 'A2&B2', result: 'ab' }],
        [{ formula: 'A1/0', result: { error: '#DIV/0!' } }, { formula: 'NOW()' }],
      ]),
    );
    expect(s.values).toEqual([
      [10, 20, 30],
      ['a', 'b', 'ab'],
      ['#DIV/0!', null],
    ]);
    expect(s.formulas).toEqual([
      [undefined, undefined, true],
      [undefined, undefined, true],
      [true, true],
    ]);
  });

  test('error values become their Excel text', async () => {
    const s = await openOne(await writeGridFixture([[{ error: '#N/A' }, { error: '#REF!' }, { error: '#VALUE!' }]]));
    expect(s.values).toEqual([['#N/A', '#REF!', '#VALUE!']]);
  });

  test('rich text and hyperlinks become their plain text', async () => {
    const s = await openOne(
      await writeGridFixture([
        [{ richText: [{ text: 'Number of ', font: { bold: true } }, { text: 'care leavers' }] }],
        [{ text: 'Statistical release', hyperlink: 'https://www.gov.uk/' }],
      ]),
    );
    expect(s.values).toEqual([['Number of care leavers'], ['Statistical release']]);
  });

  test('dates become Excel serial numbers and keep their date format', async () => {
    const s = await openOne(await writeGridFixture([[new Date(Date.UTC(2018, 8, 30)), 43373]], { numFmts: { A1: 'dd/mm/yyyy', B1: 'd mmm yy' } }));
    expect(s.values).toEqual([[43373, 43373]]);
    expect(s.numberFormats?.[0]).toEqual(['dd/mm/yyyy', 'd mmm yy']);
  });

  test('merged ranges are reported and only their top-left cell holds the value', async () => {
    const s = await openOne(
      await writeGridFixture(
        [
          ['CORPORATE PARENTING SCORECARD 2018-19', null, null],
          ['Stat Neigh', 'Qu 1', 'Qu 2'],
          ['Av', '18-19', null],
        ],
        { merges: ['A1:C1', 'C2:C3'] },
      ),
    );
    expect(s.values).toEqual([['CORPORATE PARENTING SCORECARD 2018-19'], ['Stat Neigh', 'Qu 1', 'Qu 2'], ['Av', '18-19']]);
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 2, bottom: 2, right: 2 },
    ]);
  });

  test('solid fills and font colours come back as #RRGGBB; theme colours are left out', async () => {
    const workbook = buildWorkbook([{ name: 'Sheet1', rows: [['Red', 'Amber', 'Plain', 'Theme']], fills: { A1: '#FFC7CE', B1: '#ffeb9c' }, fontColors: { A1: '#9C0006' } }]);
    const themed = workbook.getWorksheet('Sheet1')!.getCell('D1');
    themed.fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } };
    themed.font = { color: { theme: 1 } };
    const path = join(makeTempDir(), 'colours.xlsx');
    await workbook.xlsx.writeFile(path);
    const s = await openOne(path);
    expect(s.fills?.[0]).toEqual(['#FFC7CE', '#FFEB9C', undefined, undefined]);
    expect(s.fontColors?.[0]).toEqual(['#9C0006', undefined, undefined, undefined]);
  });

  test('hidden rows, hidden columns, hidden sheets and protection are reported', async () => {
    const path = await writeXlsxFixture([
      { name: 'Scorecard', rows: [['Ref', 'Secret', 'Qu 1'], ['P1', 'x', 5], ['P2', 'y', 6]], hiddenRows: [3], hiddenColumns: ['B'], protect: true },
      { name: 'Workings', rows: [['kept aside']], state: 'hidden' },
      { name: 'Settings', rows: [['rules']], state: 'veryHidden' },
    ]);
    const [scorecard, workings, settings] = await openSheets(path);
    expect(scorecard).toMatchObject({ name: 'Scorecard', visibility: 'visible', protected: true, hiddenRows: [2], hiddenColumns: [1] });
    expect(workings).toMatchObject({ name: 'Workings', visibility: 'hidden', protected: false });
    expect(settings).toMatchObject({ name: 'Settings', visibility: 'veryHidden' });
  });

  test('figures typed as text stay text: `1,234`, ` 97 % ` and a 32,000-character comment', async () => {
    const long = 'Commentary. '.repeat(2667).slice(0, 32000);
    const s = await openOne(await writeGridFixture([['1,234', ' 97 % ', long]]));
    expect(s.values).toEqual([['1,234', ' 97 % ', long]]);
    expect((s.values[0][2] as string).length).toBe(32000);
  });

  test('trailing formatted-but-empty rows and columns are cut off', async () => {
    const path = await writeGridFixture(
      [
        ['Ref', 'Qu 1', null],
        ['P1', 5, null],
      ],
      { fills: { D10: '#FFFF00', Z2: '#FFFF00' }, numFmts: { C200: '0%' }, hiddenRows: [50], hiddenColumns: ['AA'] },
    );
    const s = await openOne(path);
    expect(s.values).toEqual([
      ['Ref', 'Qu 1'],
      ['P1', 5],
    ]);
    expect(s.hiddenRows).toEqual([]);
    expect(s.hiddenColumns).toEqual([]);
  });

  test('an empty cell inside the table keeps its own formatting, so Clear can restore it', async () => {
    const path = await writeGridFixture(
      [
        ['Ref', 'Qu 1', 'RAG', 'Comments'],
        ['P1', 5],
      ],
      { fills: { C2: '#D9D9D9', F2: '#FFFF00' }, numFmts: { D2: '@' } },
    );
    const s = await openOne(path);
    // C2 and D2 are inside the table (A:D); F2 is outside it and is not reported.
    expect(s.values[1]).toEqual(['P1', 5, null, null]);
    expect(s.fills?.[1]).toEqual([undefined, undefined, '#D9D9D9', undefined]);
    expect(s.numberFormats?.[1][3]).toBe('@');
  });

  test('blank rows inside the table stay as empty rows so row numbers keep matching Excel', async () => {
    const s = await openOne(await writeGridFixture([['Ref'], [], [], ['P1']]));
    expect(s.values).toEqual([['Ref'], [], [], ['P1']]);
    expect(s.numberFormats).toHaveLength(4);
  });

  test('sheets come back in tab order', async () => {
    const path = await writeXlsxFixture([
      { name: 'Cover', rows: [['Contents']] },
      { name: 'Scorecard', rows: [['Ref']] },
      { name: 'Notes', rows: [['n']] },
    ]);
    expect((await openSheets(path)).map((s) => s.name)).toEqual(['Cover', 'Scorecard', 'Notes']);
  });

  test('opening from bytes gives the same grid as opening the file, named as the caller says', async () => {
    const sheets = [{ name: 'Sheet1', rows: [['Ref', 'Qu 1'], ['P1', 0.5]], numFmts: { B2: '0%' } }];
    const bytes = await xlsxBuffer(sheets);
    const path = join(makeTempDir(), 'same.xlsx');
    writeFileSync(path, bytes);
    const fromBytes = await openXlsxBuffer(new Uint8Array(bytes).buffer, 'upload.xlsx');
    const fromFile = await openXlsx(path);
    if (!fromBytes.ok || !fromFile.ok) throw new Error('both should open');
    expect(fromBytes.file.displayName).toBe('upload.xlsx');
    expect(fromBytes.file.grid).toEqual(fromFile.file.grid);
  });
});

describe('a sheet of a million formatted empty rows', () => {
  test('becomes a grid of its real rows, in seconds', async () => {
    const rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Ref</t></is></c><c r="B1"><v>5</v></c></row>'];
    for (let r = 2; r <= 1_048_576; r++) rows.push(`<row r="${r}" s="1" customFormat="1"/>`);
    const started = Date.now();
    const opened = await openXlsxBuffer(rawXlsx(rows.join('')), 'million.xlsx');
    const seconds = (Date.now() - started) / 1000;
    if (!opened.ok) throw new Error(opened.problem.message);
    expect(opened.file.grid.sheets[0].values).toEqual([['Ref', 5]]);
    expect(seconds).toBeLessThan(60); // about 5 s on 2 cores; generous for slow CI
  }, 120_000);
});
