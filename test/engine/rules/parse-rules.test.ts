import { DEFAULT_RULES, describeRuleIssues, parseRules, parseRulesJson } from '../../../src/engine';

describe('the rules module', () => {
  it('ships the spec defaults as data', () => {
    expect(DEFAULT_RULES).toMatchObject({ amberTolerance: 0.1, bandTolerance: 0.1, staticTolerance: 0.02, smallCount: { min: 1, max: 4 }, summarySheetName: 'RAG Summary' });
    expect(DEFAULT_RULES.palette.red).toEqual({ fill: '#FFC7CE', font: '#9C0006' });
    expect(DEFAULT_RULES.palette.amber).toEqual({ fill: '#FFEB9C', font: '#9C5700' });
    expect(DEFAULT_RULES.palette.green).toEqual({ fill: '#C6EFCE', font: '#006100' });
  });

  it('fills anything a rules file leaves out with the defaults', () => {
    const r = parseRules({ smallCount: { min: 1, max: 5 }, measures: { 'P2.2': { frequency: 'termly' } } });
    expect(r.success && r.rules.smallCount).toEqual({ min: 1, max: 5, severity: 'error' });
    expect(r.success && r.rules.amberTolerance).toBe(0.1);
    expect(r.success && r.rules.measures['P2.2']).toEqual({ frequency: 'termly' });
  });

  it('names the field and the problem for invalid rules, never throwing', () => {
    const r = parseRules({ amberTolerance: 2, measures: { 'P2.4': { target: 'soon', polarity: 'up', colour: 'red' } } });
    expect(r.success).toBe(false);
    const text = r.success ? '' : describeRuleIssues(r.issues);
    expect(text).toContain('amberTolerance: must be at most 1');
    expect(text).toContain('measures.P2.4.target: must be a number (90%, 426), a range (400-450) or none');
    expect(text).toContain('measures.P2.4.polarity');
    expect(text).toContain('unknown field colour');
  });

  it('reports a JSON syntax error as an issue', () => {
    const r = parseRulesJson('{ "amberTolerance": ');
    expect(r.success).toBe(false);
    expect(r.success ? '' : r.issues[0].message).toMatch(/not valid JSON/);
  });
});
