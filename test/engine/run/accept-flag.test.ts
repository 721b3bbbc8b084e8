import type { Flag, RuleSet, WorkbookGrid } from '../../../src/engine';
import { applyPlanToGrid, clearGrid, DEFAULT_RULES, parseRules, planAccept, planRevokeAcceptance, rateGrid, validateGrid } from '../../../src/engine';
import { insertRow, typeInto } from '../../support/edit-grid';
import { sheet, workbook } from '../../support/grid';
import { q2Sheet } from '../../support/q2-scorecard';

// The sample's P4.5 (row 18) shows 3 pregnant care leavers in Qu 2 (column K).
const NOW = new Date('2026-11-22T10:00:00Z');
const NOTE = 'Agreed with the Head of Service: published in the annual report already';

function validate(grid: WorkbookGrid, rules?: RuleSet) {
  const v = validateGrid(grid, { now: NOW, rules });
  if (!v.ok) throw new Error(v.problem.message);
  return v.report;
}

function accept(grid: WorkbookGrid, cell: string, note = NOTE, code?: Flag['code']): WorkbookGrid {
  const a = planAccept(grid, { sheet: 'Scorecard', cell, code, note, now: NOW });
  if (!a.ok) throw new Error(a.problem.message);
  return applyPlanToGrid(grid, a.plan);
}

const flagAt = (grid: WorkbookGrid, cell: string, code: Flag['code']) => validate(grid).flags.find((f) => f.cell === cell && f.code === code)!;

describe('a disclosive count blocks circulation (spec §5)', () => {
  it('flags the 3 of P4.5 as an error, so the sample is not fit to circulate', () => {
    const report = validate(workbook(q2Sheet()));
    expect(report.flags.find((f) => f.code === 'SMALL_COUNT')).toMatchObject({ severity: 'error', cell: 'K18', ref: 'P4.5' });
    expect(report.fit).toBe(false);
  });

  it('is a warning when the rules say so, and then the sample is fit', () => {
    const parsed = parseRules({ smallCount: { min: 1, max: 4, severity: 'warning' } });
    if (!parsed.success) throw new Error('rules');
    const report = validate(workbook(q2Sheet()), parsed.rules);
    expect(report.flags.find((f) => f.code === 'SMALL_COUNT')?.severity).toBe('warning');
    expect(report.fit).toBe(true);
    expect(DEFAULT_RULES.smallCount.severity).toBe('error');
  });
});

describe('accepting a flag with a note', () => {
  const accepted = accept(workbook(q2Sheet()), 'K18', NOTE, 'SMALL_COUNT');

  it('makes the sample fit, and the flag still shows, as accepted, with its note, date and value', () => {
    const report = validate(accepted);
    expect(report.fit).toBe(true);
    expect(report.flags.find((f) => f.code === 'SMALL_COUNT')).toMatchObject({ severity: 'error', accepted: { note: NOTE, date: '2026-11-22', value: 3 } });
    expect(report.acceptances).toEqual([{ sheet: 'Scorecard', cell: 'K18', ref: 'P4.5', code: 'SMALL_COUNT', note: NOTE, date: '2026-11-22', value: 3, status: 'accepted' }]);
  });

  it('is kept in the very hidden settings sheet, only that sheet is written, and it survives Rate and Clear', () => {
    const a = planAccept(workbook(q2Sheet()), { sheet: 'Scorecard', cell: 'K18', note: NOTE, now: NOW });
    if (!a.ok) throw new Error(a.problem.message);
    expect(a.plan.writes).toEqual([]);
    expect(a.plan.sheets.map((s) => [s.role, s.visibility])).toEqual([['settings', 'veryHidden']]);
    expect(a.report.fit).toBe(true);
    const r = rateGrid(accepted, { now: NOW });
    if (!r.ok) throw new Error(r.problem.message);
    const rated = applyPlanToGrid(accepted, r.plan);
    expect(r.report.fit).toBe(true);
    expect(validate(rated).fit).toBe(true);
    const c = clearGrid(rated);
    if (!c.ok) throw new Error(c.problem.message);
    expect(validate(applyPlanToGrid(rated, c.plan)).fit).toBe(true);
  });

  it('lapses when the figure changes: the flag counts again and says an acceptance lapsed', () => {
    const changed = typeInto(accepted, 'Scorecard', { K18: 4 });
    const report = validate(changed);
    expect(report.fit).toBe(false);
    const flag = report.flags.find((f) => f.code === 'SMALL_COUNT')!;
    expect(flag.accepted).toBeUndefined();
    expect(flag.lapsed).toMatchObject({ note: NOTE, value: 3 });
    expect(flag.message).toMatch(/A count of 4 .*acceptance of 2026-11-22 lapsed: it was given for 3/);
    expect(report.acceptances?.[0].status).toBe('lapsed');
    // Back to the value it was given for, it holds again.
    expect(validate(typeInto(changed, 'Scorecard', { K18: 3 })).fit).toBe(true);
  });

  it('follows its measure when a row is inserted above it', () => {
    const moved = insertRow(accepted, 'Scorecard', 5);
    expect(flagAt(moved, 'K19', 'SMALL_COUNT').accepted?.note).toBe(NOTE);
    expect(validate(moved).fit).toBe(true);
  });

  it('is listed as not raised when the figure is suppressed, and kept', () => {
    const report = validate(typeInto(accepted, 'Scorecard', { K18: 'c' }));
    expect(report.fit).toBe(true);
    expect(report.acceptances?.map((a) => a.status)).toEqual(['notRaised']);
  });

  it('accepts a warning (P2.2 has no figure this quarter): it no longer counts as one to review', () => {
    const both = accept(accepted, 'K8', 'Termly measure: reported next term');
    const flag = flagAt(both, 'K8', 'MISSING_VALUE');
    expect(flag).toMatchObject({ severity: 'warning', accepted: { note: 'Termly measure: reported next term', value: null } });
    expect(validate(both).acceptances?.map((a) => [a.ref, a.status])).toEqual([
      ['P4.5', 'accepted'],
      ['P2.2', 'accepted'],
    ]);
  });

  it('is dated on the analyst\'s calendar', () => {
    const late = new Date('2026-07-01T23:30:00Z'); // half past midnight on 2 July in London
    const a = planAccept(workbook(q2Sheet()), { sheet: 'Scorecard', cell: 'K18', note: NOTE, now: late, timeZone: 'Europe/London' });
    expect(a.ok && a.report.acceptances?.[0].date).toBe('2026-07-02');
  });

  it('can be revoked: the flag counts again', () => {
    const r = planRevokeAcceptance(accepted, { sheet: 'Scorecard', cell: 'K18' });
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.report.fit).toBe(false);
    const back = applyPlanToGrid(accepted, r.plan);
    expect(validate(back).fit).toBe(false);
    expect(validate(back).acceptances).toEqual([]);
  });
});

describe('a flag on no single cell', () => {
  it('a hidden sheet (HIDDEN_CONTENT) is accepted for what the flag says', () => {
    const g = workbook(q2Sheet(), sheet('Workings', [['draft']], { visibility: 'hidden' }));
    const flag = validate(g).flags.find((f) => f.code === 'HIDDEN_CONTENT')!;
    expect([flag.sheet, flag.cell]).toEqual(['Workings', '']);
    const a = planAccept(g, { sheet: 'Workings', cell: '', note: 'Removed before the copy goes out', now: NOW });
    if (!a.ok) throw new Error(a.problem.message);
    const accepted = validate(applyPlanToGrid(g, a.plan)).flags.find((f) => f.code === 'HIDDEN_CONTENT')!;
    expect(accepted.accepted).toEqual({ note: 'Removed before the copy goes out', date: '2026-11-22', value: flag.message });
  });
});

describe('what cannot be accepted', () => {
  const percent = workbook(
    sheet('Scorecard', [
      ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2', 'Comments'],
      ['P1', '% of care leavers in education', 'High is Good', '90%', '80%', '140%', 'Checked'],
    ]),
  );

  it('refuses any other error with a clear problem, and writes nothing', () => {
    const flag = validate(percent).flags.find((f) => f.severity === 'error')!;
    expect(flag.code).toBe('PERCENT_OUT_OF_RANGE');
    const a = planAccept(percent, { sheet: 'Scorecard', cell: flag.cell, note: 'It is right', now: NOW });
    expect(a.ok).toBe(false);
    if (a.ok) return;
    expect(a.problem.code).toBe('NOT_ACCEPTABLE');
    expect(a.problem.message).toMatch(/^PERCENT_OUT_OF_RANGE on sheet "Scorecard" at F2 is an error that cannot be accepted: only warnings and small counts/);
  });

  it('refuses an empty note and a cell with no flag', () => {
    const empty = planAccept(workbook(q2Sheet()), { sheet: 'Scorecard', cell: 'K18', note: '   ', now: NOW });
    expect(!empty.ok && empty.problem.code).toBe('BAD_NOTE');
    const none = planAccept(workbook(q2Sheet()), { sheet: 'Scorecard', cell: 'A1', note: NOTE, now: NOW });
    expect(!none.ok && none.problem.code).toBe('FLAG_NOT_FOUND');
    const nothing = planRevokeAcceptance(workbook(q2Sheet()), { sheet: 'Scorecard', cell: 'K18' });
    expect(!nothing.ok && nothing.problem.code).toBe('NO_ACCEPTANCE');
  });
});
