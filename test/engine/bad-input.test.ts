import type { CellValue } from '../../src/engine';
import { rateGrid, validateGrid } from '../../src/engine';
import { sheet, workbook } from '../support/grid';

const _ = null;
const HEADER: CellValue[] = ['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1', 'Qu 2', 'Comments'];

function run(rows: CellValue[][], extra = {}) {
  const r = validateGrid(workbook(sheet('S', [HEADER, ...rows], extra)));
  if (!r.ok) throw new Error(r.problem.message);
  return r.report.sheets[0];
}

describe('bad input gets a flag or a clear message, never a crash', () => {
  it('figures typed as text ("1,234", " 97 % ") are read as the figures they show', () => {
    const s = run([
      ['P1', 'Number of contacts', 'High is Good', '1,000', '1,100', '1,234', 'ok'],
      ['P2', '% on time', 'High is Good', '90%', '96%', ' 97 % ', 'ok'],
    ]);
    expect(s.measures.map((m) => [m.rag, m.arrow])).toEqual([
      ['green', '↑'],
      ['green', '→'],
    ]);
    expect(s.flags.filter((f) => f.code === 'UNREADABLE_VALUE')).toEqual([]);
  });

  it('negative figures are rated, and a negative percent is flagged', () => {
    const s = run([
      ['P1', 'Change in number of children', 'High is Good', 0, -3, -5, 'ok'],
      ['P2', '% change', 'High is Good', '5%', '-2%', '-4%', 'ok'],
    ]);
    expect(s.measures[0].rag).toBe('red');
    expect(s.flags.filter((f) => f.code === 'PERCENT_OUT_OF_RANGE').map((f) => f.cell)).toEqual(['E3', 'F3']);
  });

  it('merged cells everywhere: the value sits top-left, the rest are blank, and rating goes on', () => {
    const merges = [
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 3, left: 0, bottom: 3, right: 6 },
    ];
    const s = run(
      [
        ['P1', 'Number of x', 'High is Good', 10, 9, 11, 'ok'],
        ['P2', 'Number of y', 'High is Good', _, 9, 8, 'ok'],
        ['Priority 2 - merged section label'],
        ['P3', 'Number of z', 'Low is Good', 5, 6, 4, 'ok'],
      ],
      { merges },
    );
    expect(s.measures.map((m) => m.ref)).toEqual(['P1', 'P2', 'P3']);
    expect(s.layout.sections.map((x) => x.name)).toEqual(['Priority 2 - merged section label']);
  });

  it('a 32,000-character comment and measure text are kept and do not stop rating', () => {
    const long = 'a'.repeat(32000);
    const s = run([['P1', long, 'High is Good', 10, 9, 11, long]]);
    expect(s.measures[0].rag).toBe('green');
  });

  it('dates in figure columns are flagged as not figures', () => {
    const s = run([['P1', 'Number of x', 'High is Good', 10, 43000, 43100, 'ok']], { numberFormats: [[], [, , , , 'dd/mm/yyyy', 'dd/mm/yyyy']] });
    expect(s.measures[0].rag).toBe('na');
    expect(s.flags.filter((f) => f.code === 'UNREADABLE_VALUE').map((f) => f.message)).toEqual([expect.stringContaining('date'), expect.stringContaining('date')]);
  });

  it('a million trailing empty rows cost nothing: only used rows are read', () => {
    const rows: CellValue[][] = [['P1', 'Number of x', 'High is Good', 10, 9, 11, 'ok']];
    const grid = workbook(sheet('S', [HEADER, ...rows]));
    grid.sheets[0].values.length = 1_000_000; // formatted but empty rows, as a sparse tail
    const r = rateGrid(grid);
    expect(r.ok && r.report.sheets[0].measures).toHaveLength(1);
  });

  it('booleans and numbers in the header row do not confuse recognition', () => {
    const r = validateGrid(workbook(sheet('S', [[true, 42, 'Ref', 'Measure', 'Q1'], [_, _, 'P1', 'Number of x', 3]])));
    expect(r.ok && r.report.sheets[0].measures).toHaveLength(1);
  });
});
