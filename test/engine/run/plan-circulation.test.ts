import type { WorkbookGrid } from '../../../src/engine';
import { applyPlanToGrid, planAccept, planCirculation, rateGrid } from '../../../src/engine';
import { typeInto } from '../../support/edit-grid';
import { at, workbook } from '../../support/grid';
import { q2Sheet } from '../../support/q2-scorecard';

const NOW = new Date('2026-11-22T10:00:00Z');
const OPTIONS = { now: NOW, timeZone: 'Europe/London' };

function rate(grid: WorkbookGrid): WorkbookGrid {
  const r = rateGrid(grid, OPTIONS);
  if (!r.ok) throw new Error(r.problem.message);
  return applyPlanToGrid(grid, r.plan);
}

function acceptSmallCount(grid: WorkbookGrid): WorkbookGrid {
  const a = planAccept(grid, { sheet: 'Scorecard', cell: 'K18', note: 'Not about individual children', now: NOW });
  if (!a.ok) throw new Error(a.problem.message);
  return applyPlanToGrid(grid, a.plan);
}

const scorecard = (g: WorkbookGrid) => g.sheets.find((s) => s.name === 'Scorecard')!;
const fill = (g: WorkbookGrid, address: string) => {
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
  return scorecard(g).fills?.[Number(row) - 1]?.[col.charCodeAt(0) - 65];
};

describe('the circulation copy (spec §6)', () => {
  const ratedSample = rate(workbook(q2Sheet()));

  it('is refused while the count of 3 is neither suppressed nor accepted, naming it', () => {
    const c = planCirculation(ratedSample, { suppressSmall: true, ...OPTIONS });
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.problem.code).toBe('NOT_FIT');
    expect(c.problem.message).toMatch(/1 error remains: P4\.5 \(sheet "Scorecard" K18\): A count of 3 could identify a child/);
  });

  it('is refused for a workbook never rated', () => {
    const c = planCirculation(acceptSmallCount(workbook(q2Sheet())), OPTIONS);
    expect(!c.ok && c.problem.code).toBe('NOT_RATED');
  });

  describe('with the small count accepted and --suppress-small', () => {
    const ready = acceptSmallCount(ratedSample);
    const c = planCirculation(ready, { suppressSmall: true, ...OPTIONS });
    if (!c.ok) throw new Error(c.problem.message);
    const copy = applyPlanToGrid(ready, c.plan);

    it('starts from a rated workbook with flag fills', () => {
      expect(fill(ready, 'K8')).toBe('#FFF2CC'); // P2.2: no figure this quarter, a warning fill
      expect(fill(ready, 'K18')).toBe('#F8CBAD'); // P4.5: the small count, an error fill
    });

    it('has no settings or checks sheet, and keeps the scorecard and the summary', () => {
      expect(copy.sheets.map((s) => s.name)).toEqual(['Scorecard', 'RAG Summary']);
      expect(copy.ownSheets).toEqual({ summary: 'RAG Summary' });
    });

    it('takes off every flag fill and keeps the ratings with their colours', () => {
      expect(fill(copy, 'K8')).toBeUndefined();
      expect(fill(copy, 'K18')).toBeUndefined();
      const s = scorecard(copy);
      const before = scorecard(ready);
      expect(at(s, 'N9')).toBe('Amber');
      expect(fill(copy, 'N9')).toBe('#FFEB9C');
      expect(at(s, 'N10')).toBe('Red');
      for (const r of [8, 9, 14, 15, 17]) expect([r, s.values[r][13], s.values[r][14]]).toEqual([r, before.values[r][13], before.values[r][14]]);
      const fills = (s.fills ?? []).flatMap((row, r) => (row ?? []).map((f, c) => (f ? [r, c] : null))).filter((x) => x !== null);
      expect(fills.every(([, c]) => c === 13)).toBe(true); // only RAG cells are filled
    });

    it('shows c in place of the 3 and changes no other figure', () => {
      const s = scorecard(copy);
      expect(at(s, 'K18')).toBe('c');
      scorecard(ready).values.forEach((row, r) => row.forEach((v, col) => r !== 17 && col !== 10 && expect([r, col, s.values[r][col]]).toEqual([r, col, v])));
    });

    it('puts the footnote in the rules\' own numbers on the summary', () => {
      const summary = copy.sheets.find((s) => s.name === 'RAG Summary')!;
      const text = summary.values.flat().filter((v) => typeof v === 'string');
      expect(text).toContain('c: a count from 1 to 4, withheld so that no child can be identified.');
    });
  });

  it('without --suppress-small keeps the figure and the summary as they are', () => {
    const ready = acceptSmallCount(ratedSample);
    const c = planCirculation(ready, OPTIONS);
    if (!c.ok) throw new Error(c.problem.message);
    expect(c.plan.sheets).toEqual([]);
    const copy = applyPlanToGrid(ready, c.plan);
    expect(at(scorecard(copy), 'K18')).toBe(3);
    expect(fill(copy, 'K18')).toBeUndefined();
  });

  it('leaves a fill the analyst changed since the run', () => {
    const ready = acceptSmallCount(ratedSample);
    const s = scorecard(ready);
    const fills = Array.from(s.fills ?? [], (r) => (r ? [...r] : []));
    fills[7][10] = '#00B0F0'; // K8 painted blue by the analyst
    const painted = { ...ready, sheets: ready.sheets.map((x) => (x.name === 'Scorecard' ? { ...x, fills } : x)) };
    const c = planCirculation(painted, OPTIONS);
    if (!c.ok) throw new Error(c.problem.message);
    expect(fill(applyPlanToGrid(painted, c.plan), 'K8')).toBe('#00B0F0');
  });

  it('a changed count lapses the acceptance and the copy is refused again', () => {
    const ready = typeInto(acceptSmallCount(ratedSample), 'Scorecard', { K18: 2 });
    const c = planCirculation(ready, OPTIONS);
    expect(!c.ok && c.problem.code).toBe('NOT_FIT');
  });
});
