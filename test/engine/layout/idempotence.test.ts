import type { CellValue, SheetGrid, WorkbookGrid } from '../../../src/engine';
import { applyPlanToGrid, rateGrid, recogniseSheet } from '../../../src/engine';
import { sheet, workbook } from '../../support/grid';

const _ = null;
const NOW = { now: new Date('2026-01-01T00:00:00Z') };

function rate(grid: WorkbookGrid): WorkbookGrid {
  const r = rateGrid(grid, NOW);
  if (!r.ok) throw new Error(r.problem.message);
  return applyPlanToGrid(grid, r.plan);
}

/** Every non-empty cell of the scorecard sheet (value, fill, font) by address, as a user sees it. */
function cells(grid: WorkbookGrid): Record<string, unknown> {
  const s: SheetGrid = grid.sheets.find((x) => x.name === 'Scorecard')!;
  const out: Record<string, unknown> = {};
  const rows = Math.max(s.values.length, s.fills?.length ?? 0, s.fontColors?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(s.values[r]?.length ?? 0, s.fills?.[r]?.length ?? 0, s.fontColors?.[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const cell = { value: s.values[r]?.[c] ?? null, fill: s.fills?.[r]?.[c] ?? null, font: s.fontColors?.[r]?.[c] ?? null };
      if (cell.value !== null || cell.fill !== null || cell.font !== null) out[`${r + 1}:${c + 1}`] = cell;
    }
  }
  return out;
}

// A two-row header and no RAG or direction column: the first run appends both.
const twoRowHeader = () =>
  workbook(
    sheet('Scorecard', [
      ['Ref', 'Measure', 'Polarity', 'Stat Neigh', 'Target', 'Yr. end', 'Qu 1', 'Qu 2'],
      [_, _, _, 'Av', _, '17-18', '18-19', '18-19'],
      ['P1', '% of care leavers in education', 'High is Good', '55%', '60%', '52%', '58%', '61%'],
      ['P2', 'Number of placement moves', 'Low is Good', 30, 25, 28, 27, 29],
    ]),
  );

describe('rating again gives the same cells (issue 9, idempotence)', () => {
  it('appends RAG and direction headers on a two-row header once; the second and third runs write the same cells', () => {
    const once = rate(twoRowHeader());
    const twice = rate(once);
    const thrice = rate(twice);
    expect(cells(once)['1:9']).toMatchObject({ value: 'RAG' });
    expect(cells(once)['1:10']).toMatchObject({ value: 'Direction of travel' });
    expect(cells(twice)).toEqual(cells(once));
    expect(cells(thrice)).toEqual(cells(once));
  });

  it('recognises the appended headers on the next run as the RAG and direction columns, in the header row shape', () => {
    const layout = recogniseSheet(rate(twoRowHeader()).sheets[0]);
    expect(layout.headerRows).toBe(2);
    expect(layout.columns.rag).toMatchObject({ address: 'I1', header: 'RAG' });
    expect(layout.columns.direction).toMatchObject({ address: 'J1', header: 'Direction of travel' });
    expect(layout.measures.map((m) => m.existingRag)).toEqual(['Green', 'Amber']);
  });
});

describe('page-break copies of the header are skipped without eating a measure row', () => {
  const H = ['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1', 'Qu 2'];
  const row = (ref: string): CellValue[] => [ref, `Number of ${ref}`, 'Low is Good', 3, 4, 5];

  it('on a one-row header, the measure right below a copy is rated', () => {
    const l = recogniseSheet(sheet('S', [H, row('P1'), H, row('P2'), row('P3')]));
    expect(l.repeatedHeaderRows).toEqual([2]);
    expect(l.measures.map((m) => m.ref)).toEqual(['P1', 'P2', 'P3']);
  });

  it('on a two-row header, a copy of both rows is skipped and a copy of the first row alone keeps the next measure', () => {
    const second = [_, _, _, _, '18-19', '18-19'];
    const l = recogniseSheet(sheet('S', [H, second, row('P1'), H, second, row('P2'), H, row('P3'), row('P4')]));
    expect(l.headerRows).toBe(2);
    expect(l.repeatedHeaderRows).toEqual([3, 6]);
    expect(l.measures.map((m) => m.ref)).toEqual(['P1', 'P2', 'P3', 'P4']);
  });
});

describe('a one-row header is never read as two rows', () => {
  it('keeps a first measure row of short figures under a one-row header, and the measure after a page-break copy', () => {
    const H = ['Ref', 'Measure', 'Polarity', 'Target', 'Q1'];
    const l = recogniseSheet(sheet('S', [H, ['P1', _, _, _, '18'], ['P2', 'Number of moves', 'Low', 3, 4], H, ['P3', _, _, _, '19']]));
    expect(l.headerRows).toBe(1);
    expect(l.measures.map((m) => m.ref)).toEqual(['P1', 'P2', 'P3']);
  });
});
