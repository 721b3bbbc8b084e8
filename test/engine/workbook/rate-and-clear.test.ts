import type { WorkbookGrid } from '../../../src/engine';
import { applyPlanToGrid, clearGrid, rateGrid, SETTINGS_SHEET, SUMMARY_TITLE } from '../../../src/engine';
import { at, sheet, workbook } from '../../support/grid';
import { q2Sheet } from '../../support/q2-scorecard';

const NOW = { now: new Date('2026-11-22T10:00:00Z') };

function rate(grid: WorkbookGrid, options = NOW): WorkbookGrid {
  const r = rateGrid(grid, options);
  if (!r.ok) throw new Error(r.problem.message);
  return applyPlanToGrid(grid, r.plan);
}

const scorecard = (g: WorkbookGrid) => g.sheets.find((s) => s.name === 'Scorecard')!;

describe('what a rating run writes (spec §6)', () => {
  const before = workbook(q2Sheet());
  const after = rate(before);
  const s = scorecard(after);

  it('writes the RAG word with the built-in Bad / Neutral / Good fills, and the arrow in its colour', () => {
    expect(at(s, 'N9')).toBe('Amber'); // P2.4
    expect(s.fills?.[8][13]).toBe('#FFEB9C');
    expect(s.fontColors?.[8][13]).toBe('#9C5700');
    expect(at(s, 'N10')).toBe('Red'); // P2.6
    expect(s.fills?.[9][13]).toBe('#FFC7CE');
    expect(at(s, 'O9')).toBe('↑');
    expect(s.fontColors?.[8][14]).toBe('#006100');
    expect(at(s, 'N8')).toBe('n/a'); // P2.2, missing
  });

  it('fills the flagged value cell and changes no figure, comment or other cell', () => {
    expect(s.fills?.[7][10]).toBe('#FFF2CC'); // K8: P2.2 missing this quarter
    const original = scorecard(before);
    original.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (c !== 13 && c !== 14) expect([r, c, s.values[r][c]]).toEqual([r, c, v]);
      }),
    );
  });

  it('adds the summary sheet with the two count tables in the committee report form', () => {
    const summary = after.sheets.find((x) => x.name === 'RAG Summary')!;
    expect(at(summary, 'A1')).toBe(`${SUMMARY_TITLE}: Scorecard`);
    // The tables sit in B:G, so column A (refs in the red and amber list) stays narrow.
    const rows = Array.from(summary.values, (r) => Array.from((r ?? []).slice(1, 7), (v) => v ?? null));
    const pm = rows.findIndex((r) => r[0] === 'Performance Measures');
    expect(rows[pm]).toEqual(['Performance Measures', 'Red', 'Amber', 'Green', 'n/a', 'Total']);
    expect(rows[pm + 1]).toEqual(['This quarter', 2, 3, 2, 2, 9]);
    const dot = rows.findIndex((r) => r[0] === 'Direction of Travel');
    expect(rows[dot + 1]).toEqual(['This quarter', 4, 0, 1, 4, 9]);
  });

  it('running twice gives the same workbook as running once', () => {
    expect(rate(after)).toEqual(after);
  });

  it('Clear puts back every cell it wrote and removes the summary and checks sheets', () => {
    const c = clearGrid(after);
    if (!c.ok) throw new Error(c.problem.message);
    const cleared = applyPlanToGrid(after, c.plan);
    expect(cleared.sheets.map((x) => x.name)).toEqual(['Scorecard']);
    expect(c.cellsRestored).toBeGreaterThan(18);
    const s2 = scorecard(cleared);
    expect(at(s2, 'N9')).toBeNull();
    expect(s2.fills?.[8][13]).toBeUndefined();
    expect(s2.fills?.[7][10]).toBeUndefined();
  });
});

describe('writing into sheets of other shapes', () => {
  it('never overwrites a user sheet named like the checks sheet, and Clear leaves it', () => {
    const mine = sheet('checks', [['My own checklist']]);
    const once = rate(workbook(q2Sheet(), mine));
    expect(once.sheets.map((s) => s.name)).toEqual(['Scorecard', 'checks', 'RAG Summary', 'Checks (2)', SETTINGS_SHEET]);
    expect(once.ownSheets?.checks).toBe('Checks (2)');
    expect(rate(once).sheets.map((s) => s.name)).toEqual(once.sheets.map((s) => s.name));
    const c = clearGrid(once);
    if (!c.ok) throw new Error(c.problem.message);
    const cleared = applyPlanToGrid(once, c.plan);
    expect(cleared.sheets.map((s) => s.name)).toEqual(['Scorecard', 'checks']);
    expect(at(cleared.sheets[1], 'A1')).toBe('My own checklist');
  });

  it('appends RAG and direction columns after the table when the sheet has none', () => {
    const g = workbook(sheet('S', [['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2', 'Comments'], ['P1', '% x', 'High is Good', '90%', '80%', '95%', 'ok']]));
    const s = rate(g).sheets[0];
    expect(s.values[0].slice(7, 9)).toEqual(['RAG', 'Direction of travel']);
    expect(s.values[1].slice(7, 9)).toEqual(['Green', '↑']);
    const again = rate(rate(g)).sheets[0];
    expect(again.values[0]).toHaveLength(9); // the appended columns are found, not appended again
  });

  it('leaves a RAG cell holding a formula alone and says so', () => {
    const g = workbook(sheet('S', [['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'RAG'], ['P1', '% x', 'High is Good', '90%', '95%', 'Green']], { formulas: [[], [, , , , , true]] }));
    const r = rateGrid(g, NOW);
    if (!r.ok) throw new Error();
    expect(r.plan.writes.flatMap((w) => w.cells).map((c) => c.address)).not.toContain('F2');
    expect(r.report.flags.map((f) => f.code)).toContain('RAG_FORMULA');
  });

  it('never overwrites a user sheet named like the summary', () => {
    const mine = sheet('RAG Summary', [['My own notes']]);
    const once = rate(workbook(q2Sheet(), mine));
    expect(once.sheets.map((s) => s.name)).toEqual(['Scorecard', 'RAG Summary', 'RAG Summary (2)', 'Checks', SETTINGS_SHEET]);
    expect(at(once.sheets[1], 'A1')).toBe('My own notes');
    expect(rate(once).sheets.map((s) => s.name)).toEqual(once.sheets.map((s) => s.name));
  });

  it('writes text from the workbook into the summary as text values, never formulas', () => {
    const g = workbook(sheet('S', [['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Comments'], ['=SUM(A1)', '+cmd', 'High is Good', 10, 5, '']]));
    const r = rateGrid(g, NOW);
    if (!r.ok) throw new Error();
    const cells = r.plan.sheets[0].cells;
    expect(cells.find((c) => c.value === '=SUM(A1)')).toBeDefined();
    expect(cells.find((c) => c.value === '+cmd')).toBeDefined();
  });

  it('refuses a protected scorecard sheet, planning nothing', () => {
    const r = rateGrid(workbook({ ...q2Sheet(), protected: true }), NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem.code).toBe('SHEET_PROTECTED');
    expect(!r.ok && r.problem.message).toMatch(/Unprotect/);
  });

  it('restores a fill when the flag that caused it goes away', () => {
    const g = rate(workbook(q2Sheet()));
    const s = scorecard(g);
    s.values[7][10] = 0.85; // P2.2 gets its Q2 figure
    const s2 = scorecard(rate(g));
    expect(s2.fills?.[7][10]).toBeUndefined();
  });
});
