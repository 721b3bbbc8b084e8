import type { WorkbookGrid } from '../../src/engine/grid';
import { createFakeExcel, FakeExcelError } from '../support/fake-excel';

const sample = (): WorkbookGrid => ({
  sheets: [
    {
      name: 'Scorecard',
      visibility: 'visible',
      protected: false,
      values: [
        ['Ref', 'Measure', 'Qu 1'],
        ['G1', 'Care leavers in touch', 0.9],
        [null, null, null],
        ['G2', '=looks like a formula', '#DIV/0!'],
      ],
      numberFormats: [[], [undefined, undefined, '0%']],
      formulas: [[], [], [], [undefined, undefined, true]],
      fills: [[], [undefined, undefined, '#ffc7ce']],
    },
    { name: 'Notes', visibility: 'hidden', protected: true, values: [['private']] },
  ],
});

const ctx = (c: unknown) => c as Excel.RequestContext;

describe('strictness', () => {
  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const fake = createFakeExcel(sample());
    await fake.run(async (context) => {
      const range = ctx(context).workbook.worksheets.getItem('Scorecard').getRange('A1:C2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['Ref', 'Measure', 'Qu 1'],
        ['G1', 'Care leavers in touch', 0.9],
      ]);
      expect(() => range.numberFormat).toThrow(FakeExcelError);
    });
  });

  it('reads blanks as empty strings, formats as General and formulas by their text, like Office.js', async () => {
    const fake = createFakeExcel(sample());
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Scorecard').getRange('B3:C4');
      range.load('values, numberFormat, formulas');
      await context.sync();
      expect(range.values).toEqual([
        ['', ''],
        ['=looks like a formula', '#DIV/0!'],
      ]);
      expect(range.numberFormat).toEqual([
        ['General', 'General'],
        ['General', 'General'],
      ]);
      expect(range.formulas[1][1]).toMatch(/^=/);
    });
  });

  it('applies writes only at sync, and a getItem of a missing sheet fails the sync', async () => {
    const fake = createFakeExcel(sample());
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Scorecard').getRange('D2');
      range.values = [['Green']];
      expect(fake.toGrid().sheets[0].values[1][3]).toBeUndefined();
      await context.sync();
      expect(fake.toGrid().sheets[0].values[1]).toEqual(['G1', 'Care leavers in touch', 0.9, 'Green']);
      context.workbook.worksheets.getItem('Nope').getRange('A1').values = [['x']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('rejects a values array of the wrong shape', async () => {
    const fake = createFakeExcel(sample());
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Scorecard').getRange('A1:B1').values = [['one']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses writes on a protected sheet', async () => {
    const fake = createFakeExcel(sample());
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Notes').getRange('A1').values = [['changed']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.toGrid().sheets[1].values).toEqual([['private']]);
  });
});

describe('text entry, as Excel parses what is written to values', () => {
  it.each([
    ['=SUM(A1:A3)', true, '#NAME?'],
    ['+cmd', true, '#NAME?'],
    ['-2+3', true, '#NAME?'],
    ['@x', true, '#NAME?'],
    ['97', false, 97],
    ['-5', false, -5],
    ['97%', false, 0.97],
    ['TRUE', false, true],
    ['Red', false, 'Red'],
  ])('%s in a General cell', async (text, isFormula, value) => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', visibility: 'visible', protected: false, values: [[null]] }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [[text]];
      await context.sync();
    });
    const sheet = fake.toGrid().sheets[0];
    expect(sheet.formulas![0][0] === true).toBe(isFormula);
    expect(sheet.values[0][0]).toBe(value);
  });

  it('keeps the text verbatim in a cell formatted as text (@) before the write', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', visibility: 'visible', protected: false, values: [[null, null]] }] });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B1');
      range.numberFormat = [['@', '@']];
      range.values = [['=SUM(A1:A3)', '97%']];
      await context.sync();
    });
    const sheet = fake.toGrid().sheets[0];
    expect(sheet.values[0]).toEqual(['=SUM(A1:A3)', '97%']);
    expect(sheet.formulas![0]).toEqual([undefined, undefined]);
  });

  it('leaves cells whose input is null alone, and clears those given an empty string', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', visibility: 'visible', protected: false, values: [['keep', 'clear', 'old']] }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:C1').values = [[null, '', 'new']];
      await context.sync();
    });
    expect(fake.toGrid().sheets[0].values).toEqual([['keep', null, 'new']]);
  });
});

describe('ranges and sheets', () => {
  it('getUsedRange(true) ignores formatted empty cells; getUsedRangeOrNullObject is null on an empty sheet', async () => {
    const grid = sample();
    grid.sheets[0].fills![5000] = [undefined, '#FFEB9C'];
    grid.sheets.push({ name: 'Empty', visibility: 'visible', protected: false, values: [] });
    const fake = createFakeExcel(grid);
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const valuesOnly = sheets.getItem('Scorecard').getUsedRange(true).load('address, rowCount, columnCount');
      const formatted = sheets.getItem('Scorecard').getUsedRange().load('address');
      const empty = sheets.getItem('Empty').getUsedRangeOrNullObject(true);
      await context.sync();
      expect(valuesOnly.address).toBe('Scorecard!A1:C4');
      expect([valuesOnly.rowCount, valuesOnly.columnCount]).toEqual([4, 3]);
      expect(formatted.address).toBe('Scorecard!A1:C5001');
      expect(empty.isNullObject).toBe(true);
    });
  });

  it('loads worksheets with their visibility and protection', async () => {
    const fake = createFakeExcel(sample());
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name, items/visibility, items/protection/protected');
      const missing = context.workbook.worksheets.getItemOrNullObject('RAG Summary');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.protection.protected])).toEqual([
        ['Scorecard', 'Visible', false],
        ['Notes', 'Hidden', true],
      ]);
      expect(missing.isNullObject).toBe(true);
    });
  });

  it('reports fills and fonts through getCellProperties the way Excel does (no fill reads as white)', async () => {
    const fake = createFakeExcel(sample());
    await fake.run(async (context) => {
      const props = context.workbook.worksheets.getItem('Scorecard').getRange('B2:C2').getCellProperties({ format: { fill: { color: true, pattern: true }, font: { color: true } } });
      await context.sync();
      expect(props.value).toEqual([
        [{ format: { fill: { color: '#FFFFFF', pattern: 'None' }, font: { color: '#000000' } } }, { format: { fill: { color: '#FFC7CE', pattern: 'Solid' }, font: { color: '#000000' } } }],
      ]);
    });
  });

  it('sets and clears fills per cell, and adds, activates and deletes sheets', async () => {
    const fake = createFakeExcel(sample());
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const summary = sheets.add('RAG Summary');
      summary.getRange('A1:B1').values = [['Red', 3]];
      summary.getRange('A1:B1').setCellProperties([[{ format: { fill: { color: '#FFC7CE' }, font: { color: '#9C0006', bold: true } } }, {}]]);
      sheets.getItem('Scorecard').getRange('C2').format.fill.clear();
      summary.activate();
      await context.sync();
    });
    const grid = fake.toGrid();
    expect(grid.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Notes', 'RAG Summary']);
    expect(grid.sheets[2].fills?.[0]).toEqual(['#FFC7CE', undefined]);
    expect(grid.sheets[2].fontColors?.[0]).toEqual(['#9C0006', undefined]);
    expect(grid.sheets[0].fills?.[1]).toEqual([undefined, undefined, undefined]);
    expect(fake.activeSheet()).toBe('RAG Summary');
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('RAG Summary').delete();
      await context.sync();
    });
    expect(fake.activeSheet()).toBe('Scorecard');
  });

  it('lists formula cells through getSpecialCellsOrNullObject', async () => {
    const fake = createFakeExcel(sample());
    await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Scorecard').getUsedRange(true);
      const areas = used.getSpecialCellsOrNullObject('Formulas' as Excel.SpecialCellType.formulas);
      areas.load('address');
      await context.sync();
      expect(areas.isNullObject).toBe(false);
      expect(areas.address).toBe('Scorecard!C4');
    });
  });
});

describe('counting', () => {
  it('counts syncs and request bytes, and records run options and undo steps', async () => {
    const fake = createFakeExcel(sample());
    await fake.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.getItem('Scorecard').getRange('D1').values = [['RAG']];
      await context.sync();
      context.workbook.worksheets.getItem('Scorecard').getRange('D2').values = [['Green']];
      await context.sync();
    });
    expect(fake.stats().syncs).toBe(2);
    expect(fake.stats().requestBytes).toBeGreaterThan(100);
    expect(fake.runs[0]).toEqual({ options: { mergeUndoGroup: true }, syncs: 2, writeSyncs: 2, undoSteps: 1 });
  });

  it('rejects a request above the payload limit and applies none of it', async () => {
    const fake = createFakeExcel(sample(), { limits: { requestBytes: 2000 } });
    const big = [Array.from({ length: 200 }, (_, i) => `cell ${i}`)];
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Scorecard').getRange('A10:GR10').values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.toGrid().sheets[0].values.length).toBe(4);
  });

  it('refuses to read more than the cell limit in one range', async () => {
    const fake = createFakeExcel(sample(), { limits: { cellsPerRead: 6 } });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Scorecard').getRange('A1:C3').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});
