import type { CellValue, Flag, SheetGrid } from '../../../src/engine';
import { validateGrid } from '../../../src/engine';
import { sheet, workbook } from '../../support/grid';
import { HEADER } from '../../support/one-measure';

const _ = null;

function flagsOf(...sheets: SheetGrid[]): Flag[] {
  const r = validateGrid(workbook(...sheets));
  if (!r.ok) throw new Error(r.problem.message);
  return r.report.flags;
}

const scorecard = (rows: CellValue[][], extra: Partial<SheetGrid> = {}) => sheet('Scorecard', [HEADER, ...rows], extra);
const find = (flags: Flag[], code: Flag['code']) => flags.filter((f) => f.code === code);

describe('flags (spec §5)', () => {
  it('UNREADABLE_VALUE for words and dates in figure cells', () => {
    const s = scorecard([['M1', 'Number of x', 'High is Good', _, _, 'soon', _, 'new measure', 43373]], { numberFormats: [[], [, , , , , , , , 'dd/mm/yyyy']] });
    const f = find(flagsOf(s), 'UNREADABLE_VALUE');
    expect(f.map((x) => x.cell)).toEqual(['F2', 'H2', 'I2']);
    expect(f[2].message).toMatch(/holds a date/);
    expect(f[0].severity).toBe('warning');
  });

  it('FORMULA_ERROR anywhere in the table, as an error', () => {
    const f = find(flagsOf(scorecard([['M1', 'Number of x', 'High is Good', _, _, 10, _, '#DIV/0!', 12, _, _, '#REF!']])), 'FORMULA_ERROR');
    expect(f.map((x) => [x.cell, x.severity])).toEqual([
      ['H2', 'error'],
      ['L2', 'error'],
    ]);
  });

  it('PERCENT_OUT_OF_RANGE below 0 % or above 100 %', () => {
    const f = find(flagsOf(scorecard([['M1', '% of reviews', 'High is Good', _, _, '90%', _, '104%', '-2%', _, _, 'c']])), 'PERCENT_OUT_OF_RANGE');
    expect(f.map((x) => x.cell)).toEqual(['H2', 'I2']);
  });

  it('RAG_CHANGED when the RAG cell held another rating, showing old and new', () => {
    const f = find(flagsOf(scorecard([['M1', '% x', 'High is Good', _, _, '90%', _, '80%', '95%', 'Red', _, 'ok']])), 'RAG_CHANGED');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: 'J2', ref: 'M1' });
    expect(f[0].message).toContain('"Red" before this run and is now "Green"');
    expect(find(flagsOf(scorecard([['M1', '% x', 'High is Good', _, _, '90%', _, '80%', '95%', 'Green', _, 'ok']])), 'RAG_CHANGED')).toEqual([]);
  });

  it('NO_COMMENTARY for red or amber with an empty comment', () => {
    const f = flagsOf(scorecard([['M1', '% x', 'High is Good', _, _, '90%', _, '80%', '50%', _, _, '']]));
    expect(find(f, 'NO_COMMENTARY')[0]).toMatchObject({ cell: 'L2', severity: 'warning' });
  });

  it('DUPLICATE_REF for the same ref twice on a sheet', () => {
    const rows = [['P1', 'Number of x', _, _, _, _, _, 1, 2], ['p1 ', 'Number of y', _, _, _, _, _, 3, 4]];
    const f = find(flagsOf(scorecard(rows)), 'DUPLICATE_REF');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: 'A3', severity: 'error' });
    expect(f[0].message).toContain('first at A2');
  });

  it('HIDDEN_CONTENT for hidden sheets, rows and columns', () => {
    const s = scorecard([['M1', 'Number of x', _, _, _, _, _, 1, 2]], { hiddenRows: [1], hiddenColumns: [3] });
    const f = find(flagsOf(s, sheet('Old figures', [['x']], { visibility: 'hidden' })), 'HIDDEN_CONTENT');
    expect(f.map((x) => [x.sheet, x.cell])).toEqual([
      ['Scorecard', '2:2'],
      ['Scorecard', 'D:D'],
      ['Old figures', ''],
    ]);
  });

  it('fit to circulate means no errors; warnings are listed to accept', () => {
    const ok = validateGrid(workbook(scorecard([['M1', '% x', 'High is Good', _, _, '90%', _, '80%', '50%', _, _, '']])));
    expect(ok.ok && ok.report.fit).toBe(true);
    const bad = validateGrid(workbook(scorecard([['M1', '% x', 'High is Good', _, _, '90%', _, '80%', '#N/A']])));
    expect(bad.ok && bad.report.fit).toBe(false);
  });

  it('every flag carries a code, severity, sheet, cell, ref and a message', () => {
    const f = flagsOf(scorecard([['M1', 'Number of x', 'High is Good', _, _, 10, _, 3, 2, 'Amber']]));
    for (const x of f) {
      expect(Object.keys(x).sort()).toEqual(['cell', 'code', 'message', 'ref', 'severity', 'sheet']);
      expect(x.message.length).toBeGreaterThan(20);
    }
    expect(f.map((x) => x.code).sort()).toEqual(['NO_COMMENTARY', 'RAG_CHANGED', 'SMALL_COUNT']);
  });
});

describe('the run as a whole says what is wrong, never throws', () => {
  it.each([
    ['an empty workbook', workbook(sheet('Sheet1', [])), 'EMPTY_WORKBOOK'],
    ['a workbook with no scorecard', workbook(sheet('Sheet1', [['Name'], ['Kerry']])), 'NO_SCORECARD'],
  ])('%s', (_n, grid, code) => {
    const r = validateGrid(grid);
    expect(!r.ok && r.problem.code).toBe(code);
  });

  it('a quarter the sheet does not have', () => {
    const r = validateGrid(workbook(scorecard([['M1', 'x', _, _, _, _, _, 1, 2]])), { quarter: 4 });
    expect(!r.ok && r.problem.message).toMatch(/Quarter 4 is not a column/);
  });

  it('a sheet that does not exist', () => {
    const r = validateGrid(workbook(scorecard([['M1', 'x', _, _, _, _, _, 1, 2]])), { sheets: ['Q3'] });
    expect(!r.ok && r.problem.code).toBe('SHEET_NOT_FOUND');
  });
});
