import { DEFAULT_RULES } from '../../src/engine';
import {
  EMPTY_OVERRIDE_FORM,
  formFromOverride,
  validateOverrideForm,
  withOverride,
  withoutOverride,
  type OverrideFormValues,
} from '../../src/taskpane/model';

const form = (v: Partial<OverrideFormValues>): OverrideFormValues => ({ ...EMPTY_OVERRIDE_FORM, ...v });

describe('validateOverrideForm', () => {
  it('takes the amber tolerance as analysts type it: 10%, 10 and 0.1 are all 10 %', () => {
    for (const typed of ['10%', '10', '0.1']) {
      const r = validateOverrideForm(form({ ref: 'P2.4', amberTolerance: typed }), ['P2.4']);
      expect(r.ok && r.override.amberTolerance).toBe(0.1);
    }
  });

  it('matches a ref in any case and saves it as the sheet spells it', () => {
    const r = validateOverrideForm(form({ ref: 'p2.4', exclude: true }), ['P2.4', 'G1']);
    expect(r).toEqual({ ok: true, ref: 'P2.4', override: { exclude: true }, warning: undefined });
  });

  it('reads an override back as percentages, and "quarterly" as the default', () => {
    expect(formFromOverride('P2.4', { amberTolerance: 0.05, frequency: 'quarterly' })).toMatchObject({ amberTolerance: '5%', frequency: '' });
  });

  it('accepts a full override and trims what was typed', () => {
    const r = validateOverrideForm(
      form({ ref: ' P2.4 ', polarity: 'low', target: ' 90% ', amberTolerance: '0.05', frequency: 'termly', exclude: true, note: ' why ' }),
      ['P2.4'],
    );
    expect(r).toEqual({
      ok: true,
      ref: 'P2.4',
      override: { polarity: 'low', target: '90%', amberTolerance: 0.05, frequency: 'termly', exclude: true, note: 'why' },
      warning: undefined,
    });
  });

  it("puts the schema's messages next to the fields they name", () => {
    const r = validateOverrideForm(form({ ref: 'P2.4', target: 'ninety', amberTolerance: '200%' }));
    expect(r).toEqual({
      ok: false,
      errors: {
        target: 'must be a number (90%, 426), a range (400-450) or none',
        amberTolerance: 'must be between 0% and 100%',
      },
    });
  });

  it('asks for a ref, a number, and at least one field', () => {
    const r = validateOverrideForm(form({ amberTolerance: 'ten' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.ref).toBe('Enter the ref of a measure, for example P2.4.');
    expect(r.errors.amberTolerance).toBe('must be a percentage, such as 10% (10 and 0.1 also mean 10 %)');
    expect(r.errors.form).toBe('Set at least one of polarity, target, amber tolerance, frequency or exclude.');
    const tooLong = validateOverrideForm(form({ ref: 'x'.repeat(41), exclude: true }));
    expect(tooLong.ok ? '' : tooLong.errors.ref).toBe('A ref must be at most 40 characters.');
  });

  it('warns, without refusing, when the ref is not on the scorecard', () => {
    const r = validateOverrideForm(form({ ref: 'P9.9', exclude: true }), ['P2.4']);
    expect(r.ok && r.warning).toBe('No measure with ref "P9.9" is on the scorecard now; the override applies when one appears.');
    const known = validateOverrideForm(form({ ref: 'p2.4', exclude: true }), ['P2.4']);
    expect(known.ok && known.warning).toBeUndefined();
  });
});

describe('withOverride in any case', () => {
  it('replaces an override saved under another case of the same ref', () => {
    const start = { ...DEFAULT_RULES, measures: { 'p2.4': { exclude: true } } };
    const r = withOverride(start, 'P2.4', { target: '90%' });
    expect(r.ok && r.rules.measures).toEqual({ 'P2.4': { target: '90%' } });
  });
});

describe('rule set edits', () => {
  it('adds, replaces and removes one override, leaving the rest alone', () => {
    const one = withOverride(DEFAULT_RULES, 'P2.4', { target: '90%' });
    if (!one.ok) throw new Error('expected valid');
    const two = withOverride(one.rules, 'G1', { exclude: true });
    if (!two.ok) throw new Error('expected valid');
    const replaced = withOverride(two.rules, 'P2.4', { polarity: 'low' });
    if (!replaced.ok) throw new Error('expected valid');
    expect(replaced.rules.measures).toEqual({ 'P2.4': { polarity: 'low' }, G1: { exclude: true } });
    expect(withoutOverride(replaced.rules, 'P2.4').measures).toEqual({ G1: { exclude: true } });
    expect(replaced.rules.amberTolerance).toBe(DEFAULT_RULES.amberTolerance);
  });

  it('re-checks the whole set, so a bad override is refused with a path', () => {
    const r = withOverride(DEFAULT_RULES, 'P2.4', { amberTolerance: 5 });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual(['must be at most 1 (a fraction: 0.1 is 10 %)']);
  });

  it('round-trips an override through the form', () => {
    const o = { polarity: 'high' as const, amberTolerance: 0.2, frequency: 'annual' as const, note: 'n' };
    const r = validateOverrideForm(formFromOverride('G1', o));
    expect(r).toEqual({ ok: true, ref: 'G1', override: o, warning: undefined });
  });
});
