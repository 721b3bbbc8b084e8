import type { WorkbookGrid } from '../../../src/engine';
import { applyPlanToGrid, clearGrid, columnIndex, rateGrid } from '../../../src/engine';
import { openXlsx } from '../../../src/file';
import { SAMPLE_PATH } from '../../../examples/sample-workbook';
import { deleteRow, insertColumn, typeInto } from '../../support/edit-grid';

/** The issue's own steps on the bundled 2018-19 Q2 sample (read once through the file adapter; everything else is the engine). */
const NOW = { now: new Date('2026-11-22T10:00:00Z') };

function rate(grid: WorkbookGrid): WorkbookGrid {
  const r = rateGrid(grid, NOW);
  if (!r.ok) throw new Error(r.problem.message);
  return applyPlanToGrid(grid, r.plan);
}

let sample: WorkbookGrid;
beforeAll(async () => {
  const opened = await openXlsx(SAMPLE_PATH);
  if (!opened.ok) throw new Error(opened.problem.message);
  sample = opened.file.grid;
});

describe('the sample, edited between runs as the issue describes', () => {
  it('a column inserted before RAG with a note on every measure row: every note survives the next rating', () => {
    const once = rate(sample);
    const r = rateGrid(once, NOW);
    if (!r.ok) throw new Error(r.problem.message);
    const rows = r.report.sheets[0].measures.map((m) => m.row + 1);
    expect(rows.length).toBeGreaterThan(50);
    const ragColumn = r.report.sheets[0].layout.columns.rag!.column;
    const letter = r.report.sheets[0].layout.columns.rag!.address.replace(/\d+$/, '');
    let edited = insertColumn(once, 'Scorecard', letter);
    edited = typeInto(edited, 'Scorecard', Object.fromEntries(rows.map((row) => [`${letter}${row}`, `note ${row}`])));
    const twice = rate(edited);
    const s = twice.sheets.find((x) => x.name === 'Scorecard')!;
    expect(rows.filter((row) => s.values[row - 1][columnIndex(letter)] !== `note ${row}`)).toEqual([]);
    expect(rows.map((row) => s.values[row - 1][ragColumn + 1])).toEqual(r.report.sheets[0].measures.map((m) => ({ red: 'Red', amber: 'Amber', green: 'Green', na: 'n/a' })[m.rag]));
  });

  it('a measure row deleted after rating blocks neither Rate nor Clear', () => {
    const once = rate(sample);
    const r = rateGrid(once, NOW);
    if (!r.ok) throw new Error(r.problem.message);
    const edited = deleteRow(once, 'Scorecard', r.report.sheets[0].measures[3].row + 1);
    const again = rateGrid(edited, NOW);
    expect(again.ok || again.problem.message).toBe(true);
    const cleared = clearGrid(edited);
    expect(cleared.ok || cleared.problem.message).toBe(true);
  });
});
