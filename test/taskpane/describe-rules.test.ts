import { DEFAULT_RULES, parseRules } from '../../src/engine';
import { describeOverride, describeOverrides, describeRules, percent } from '../../src/taskpane/model';

describe('percent', () => {
  it('shows fractions as percents without float noise', () => {
    expect(percent(0.1)).toBe('10%');
    expect(percent(0.025)).toBe('2.5%');
    expect(percent(0.07)).toBe('7%');
  });
});

describe('describeRules', () => {
  it('says the defaults in plain words and marks nothing as changed', () => {
    const lines = describeRules(DEFAULT_RULES);
    expect(lines.every((l) => !l.changed)).toBe(true);
    const text = lines.map((l) => l.text).join('\n');
    expect(text).toContain('misses its target by at most 10% of the target');
    expect(text).toContain('at most 2% of last period');
    expect(text).toContain('compared with the statistical neighbour average, else the national average, else the year-end figure');
    expect(text).toContain('Counts from 1 to 4 are flagged');
    expect(text).toContain('"Supressed"');
    expect(text).toContain('Read as missing: blank, "NA"');
    expect(text).toContain('"RAG Summary"');
  });

  it('marks each global change from the defaults', () => {
    const parsed = parseRules({ amberTolerance: 0.05, comparatorRescue: false, noTargetBasis: [], smallCount: { min: 1, max: 5 } });
    if (!parsed.success) throw new Error('fixture rules invalid');
    const changed = describeRules(parsed.rules).filter((l) => l.changed).map((l) => l.text);
    expect(changed).toEqual([
      'Amber when a value misses its target by at most 5% of the target; red beyond that.',
      'A missed target is red even when the value beats the national or statistical neighbour average.',
      'A measure with a polarity but no target is not rated (n/a).',
      'Counts from 1 to 5 are flagged as a disclosure risk.',
    ]);
  });
});

describe('describeOverride', () => {
  it('puts every field of an override in words', () => {
    expect(describeOverride({ polarity: 'low', target: ' 400-450 ', amberTolerance: 0.05, frequency: 'termly', note: 'DfE definition' })).toBe(
      'low is good; target 400-450; amber within 5% of the target; reported termly (may be blank in some quarters); note: DfE definition',
    );
    expect(describeOverride({ exclude: true, polarity: 'none', target: 'none' })).toBe('excluded from rating (always n/a); no polarity; no target');
    expect(describeOverride({ frequency: 'annual' })).toBe('reported once a year (may be blank in some quarters)');
    expect(describeOverride({})).toBe('no change');
  });

  it('lists overrides in natural ref order', () => {
    const rules = { ...DEFAULT_RULES, measures: { 'P2.13': { exclude: true }, 'P2.4': { polarity: 'high' as const }, G1: { target: '90%' } } };
    expect(describeOverrides(rules).map((o) => o.ref)).toEqual(['G1', 'P2.4', 'P2.13']);
    expect(describeOverrides(rules)[1].text).toBe('high is good');
  });
});
