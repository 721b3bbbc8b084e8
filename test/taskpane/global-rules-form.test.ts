import { DEFAULT_RULES } from '../../src/engine';
import { applyGlobalRules, globalRulesForm } from '../../src/taskpane/model';

describe('the global rules form', () => {
  it('shows the rules as percentages and marker lists, blank cells as "blank"', () => {
    const v = globalRulesForm(DEFAULT_RULES);
    expect(v).toMatchObject({ amberTolerance: '10%', bandTolerance: '10%', staticTolerance: '2%', smallCountMin: '1', smallCountMax: '4', comparatorRescue: true });
    expect(v.missing.startsWith('blank, NA, N/A')).toBe(true);
  });

  it('saves what was typed: tolerances in any of the usual forms, the small-count range, the markers', () => {
    const v = { ...globalRulesForm(DEFAULT_RULES), amberTolerance: '5', bandTolerance: '0.2', staticTolerance: '3%', smallCountMax: '5', suppressed: 'x, c, *', missing: 'blank, tbc,' };
    const r = applyGlobalRules(DEFAULT_RULES, v);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.rules).toMatchObject({ amberTolerance: 0.05, bandTolerance: 0.2, staticTolerance: 0.03, smallCount: { min: 1, max: 5 }, markers: { suppressed: ['x', 'c', '*'], missing: ['', 'tbc'] } });
    // Everything else is kept.
    expect(r.rules.palette).toEqual(DEFAULT_RULES.palette);
  });

  it('puts plain messages beside the field', () => {
    const v = { ...globalRulesForm(DEFAULT_RULES), amberTolerance: 'ten', smallCountMin: '6', smallCountMax: 'five' };
    expect(applyGlobalRules(DEFAULT_RULES, v)).toEqual({
      ok: false,
      errors: { amberTolerance: 'must be a percentage, such as 10% (10 and 0.1 also mean 10 %)', smallCountMax: 'must be a whole number, such as 5' },
    });
    const upsideDown = { ...globalRulesForm(DEFAULT_RULES), smallCountMin: '6', smallCountMax: '2' };
    expect(applyGlobalRules(DEFAULT_RULES, upsideDown)).toEqual({ ok: false, errors: { smallCountMax: 'min must not be above max' } });
  });
});
