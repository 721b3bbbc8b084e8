import type { Flag } from '../../src/engine';
import { acceptedFindings, acceptedValue, canAccept, findingLocation, findingTarget, fitness, groupFindings, noteProblem, validateOutcome } from '../../src/taskpane/model';
import { flag } from './report-fixture';

describe('groupFindings', () => {
  it('orders errors, warnings, then information, leaving out empty groups', () => {
    const flags = [
      flag({ severity: 'info', code: 'SUPPRESSED_VALUE' }),
      flag({ severity: 'error', code: 'FORMULA_ERROR' }),
      flag({ severity: 'info', code: 'NO_BASIS' }),
    ];
    const groups = groupFindings(flags);
    expect(groups.map((g) => [g.title, g.flags.map((f) => f.code)])).toEqual([
      ['Errors', ['FORMULA_ERROR']],
      ['For information', ['SUPPRESSED_VALUE', 'NO_BASIS']],
    ]);
    expect(groupFindings([])).toEqual([]);
  });
});

describe('repeated findings of one code', () => {
  it('are folded into one line where the first stood ("Missing figure on 46 measures")', () => {
    const missing = Array.from({ length: 46 }, (_, i) => flag({ code: 'MISSING_VALUE', ref: `P${i}`, cell: `K${i + 5}` }));
    const flags = [flag({ code: 'NO_COMMENTARY', ref: 'P9' }), ...missing, flag({ code: 'SMALL_COUNT', ref: 'P3' }), flag({ code: 'SMALL_COUNT', ref: 'P4' })];
    const [warnings] = groupFindings(flags);
    expect(warnings.items.map((i) => (i.kind === 'single' ? `${i.flag.code} ${i.flag.ref}` : `${i.title} (${i.flags.length})`))).toEqual([
      'NO_COMMENTARY P9',
      'Missing figure on 46 measures (46)',
      'SMALL_COUNT P3',
      'SMALL_COUNT P4',
    ]);
    expect(warnings.flags).toHaveLength(49);
  });

  it('say "places" when they are not about measures', () => {
    const hidden = [1, 2, 3].map((n) => flag({ code: 'HIDDEN_CONTENT', ref: '', cell: `${n}:${n}` }));
    const item = groupFindings(hidden)[0].items[0];
    expect(item.kind === 'repeated' && item.title).toBe('Hidden content in 3 places');
  });
});

describe('a column that was not found (LAYOUT_GAP)', () => {
  const gap = flag({ code: 'LAYOUT_GAP' as Flag['code'], cell: '', ref: '', message: 'No polarity column: headers "Good is" matched nothing.' });

  it('is a warning to act on, never plain success, with Map columns offered', () => {
    const f = fitness({ fit: true, flags: [gap] });
    expect(f).toMatchObject({ fit: true, intent: 'warning', title: 'Check the columns before circulating' });
    const o = validateOutcome({ fit: true, flags: [gap] } as never);
    expect(o.intent).toBe('warning');
    expect(o.action).toBe('map-columns');
  });

  it('is never folded away among others', () => {
    const items = groupFindings([gap, gap, gap])[0].items;
    expect(items.map((i) => i.kind)).toEqual(['single', 'single', 'single']);
  });
});

describe('fitness', () => {
  it('is fit with warnings, and says how many to review', () => {
    const f = fitness({ fit: true, flags: [flag({}), flag({}), flag({ severity: 'info' })] });
    expect(f).toEqual({ fit: true, intent: 'success', title: 'Fit to circulate', detail: 'No errors. Review the 2 warnings below and accept or fix each before circulating.' });
    expect(fitness({ fit: true, flags: [] }).detail).toBe('No errors and no warnings were found.');
  });

  it('is not fit with an error, and says what to do', () => {
    const f = fitness({ fit: false, flags: [flag({ severity: 'error' }), flag({})] });
    expect(f.fit).toBe(false);
    expect(f.title).toBe('Not fit to circulate');
    expect(f.detail).toBe('Fix the 1 error below before circulating, and review the 1 warning. Select a finding to go to its cell.');
  });
});

describe('finding locations', () => {
  it('names the cell the way Excel does, quoting sheet names with spaces', () => {
    expect(findingLocation(flag({ sheet: 'Scorecard 18-19', cell: 'K12' }))).toBe("'Scorecard 18-19'!K12");
    expect(findingLocation(flag({ sheet: 'Hidden', cell: '' }))).toBe('Hidden');
    expect(findingLocation(flag({ sheet: '', cell: '' }))).toBe('Workbook');
  });

  it('selects a cell for every kind of address', () => {
    expect(findingTarget(flag({ cell: 'K12' }))).toEqual({ sheet: 'Scorecard', address: 'K12' });
    expect(findingTarget(flag({ cell: '12:12' }))).toEqual({ sheet: 'Scorecard', address: 'A12' });
    expect(findingTarget(flag({ cell: 'c:c' }))).toEqual({ sheet: 'Scorecard', address: 'C1' });
    expect(findingTarget(flag({ cell: 'K12:K14' }))).toEqual({ sheet: 'Scorecard', address: 'K12' });
    expect(findingTarget(flag({ cell: '' }))).toEqual({ sheet: 'Scorecard', address: 'A1' });
    expect(findingTarget(flag({ sheet: '' }))).toBeNull();
  });
});

describe('accepted findings', () => {
  const small = (over: Partial<Flag> = {}): Flag => ({ code: 'SMALL_COUNT', severity: 'error', sheet: 'Scorecard', cell: 'K60', ref: 'P4.5', message: 'A count of 3…', ...over });
  const accepted = { note: 'Agreed with the DPO', date: '2026-11-22', value: 3 };

  it('an accepted small count no longer blocks: fit, listed apart, and the headline says one was accepted', () => {
    const f = fitness({ fit: true, flags: [small({ accepted })] });
    expect(f).toMatchObject({ fit: true, intent: 'success', title: 'Fit to circulate' });
    expect(f.detail).toBe('No errors and no warnings left. 1 finding accepted with a note.');
    expect(groupFindings([small({ accepted })])).toEqual([]);
    expect(acceptedFindings([small({ accepted }), small({ cell: 'K61' })]).map((x) => x.cell)).toEqual(['K60']);
  });

  it('an open small count is not fit, and the headline says it may be accepted', () => {
    const f = fitness({ fit: false, flags: [small()] });
    expect(f.title).toBe('Not fit to circulate');
    expect(f.detail).toContain('a small count may instead be accepted with a note');
  });

  it('offers Accept on warnings and small counts only, not on an accepted one or another error', () => {
    expect(canAccept(small())).toBe(true);
    expect(canAccept(small({ code: 'MISSING_VALUE', severity: 'warning' }))).toBe(true);
    expect(canAccept(small({ code: 'FORMULA_ERROR' }))).toBe(false);
    expect(canAccept(small({ accepted }))).toBe(false);
    expect(canAccept(small({ lapsed: accepted }))).toBe(true);
  });

  it('a note is required and at most 200 characters', () => {
    expect(noteProblem('  ')).toBe('Write a short note saying why this is acceptable.');
    expect(noteProblem('x'.repeat(201))).toBe('The note is 201 characters long; keep it to 200.');
    expect(noteProblem('x'.repeat(200))).toBeNull();
    expect([acceptedValue(3), acceptedValue(null), acceptedValue('n/a')]).toEqual(['3', 'an empty cell', '"n/a"']);
  });
});
