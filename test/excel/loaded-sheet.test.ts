import { sheetGridFrom } from '../../src/excel/loaded-sheet';

const NONE = { format: { fill: { color: '#FFFFFF' } } };
const RED = { format: { fill: { color: '#FFC7CE' } } };

describe('sheetGridFrom: what Office.js returns, as the engine’s grid', () => {
  it('keeps only what differs from Excel’s defaults, aligned from A1 when the used range starts at B2', () => {
    const grid = sheetGridFrom({
      name: 'Scorecard',
      visibility: 'Hidden',
      protected: true,
      used: {
        rowIndex: 1,
        columnIndex: 1,
        values: [
          ['Ref', 'RAG'],
          ['G1', ''],
          ['G2', '#DIV/0!'],
        ],
        numberFormat: [
          ['General', 'General'],
          ['General', '0%'],
          ['General', 'General'],
        ],
        formulaAreas: 'Scorecard!C4',
        cellProperties: [
          [NONE, NONE],
          [NONE, RED],
          [NONE, NONE],
        ],
        rowHidden: [false, true, false],
        columnHidden: [false, true],
        // Row 3's cells differ in font, so its cells take their column's colour.
        rowFonts: ['#000000', null, '#000000'],
        columnFonts: ['#000000', '#9C0006'],
      },
    });
    expect(grid.visibility).toBe('hidden');
    expect(grid.protected).toBe(true);
    expect(grid.values).toEqual([[], [null, 'Ref', 'RAG'], [null, 'G1', null], [null, 'G2', '#DIV/0!']]);
    expect(grid.numberFormats![2][2]).toBe('0%');
    expect(grid.numberFormats![1][1]).toBeUndefined();
    expect(grid.fills![2][2]).toBe('#FFC7CE');
    expect(grid.fills![1][1]).toBeUndefined();
    expect(grid.fontColors![2][2]).toBe('#9C0006');
    expect(grid.fontColors![2][1]).toBeUndefined();
    expect(grid.formulas![3][2]).toBe(true);
    expect(grid.hiddenRows).toEqual([2]);
    expect(grid.hiddenColumns).toEqual([2]);
  });

  it('gives an empty sheet no values', () => {
    const grid = sheetGridFrom({ name: 'Empty', visibility: 'Visible', protected: false, used: null });
    expect(grid.values).toEqual([]);
  });
});
