import { DEFAULT_RULES, RuleSet } from '../../src/engine';
import { rulesFromJson, rulesToJson } from '../../src/taskpane/model';

describe('rules file', () => {
  it('exports JSON that imports back to the same rules', () => {
    const rules = RuleSet.parse({ amberTolerance: 0.05, measures: { 'P2.4': { polarity: 'low', target: '9%' } } });
    const text = rulesToJson(rules);
    expect(text.endsWith('\n')).toBe(true);
    expect(rulesFromJson(text)).toEqual({ success: true, rules });
    expect(rulesFromJson(`\uFEFF${text}`)).toEqual({ success: true, rules });
  });

  it('takes defaults for fields left out, like the CLI', () => {
    expect(rulesFromJson('{"measures":{"G1":{"exclude":true}}}')).toEqual({ success: true, rules: { ...DEFAULT_RULES, measures: { G1: { exclude: true } } } });
  });

  it('reports a syntax error and a bad field as issues', () => {
    const syntax = rulesFromJson('{ nope');
    expect(syntax.success).toBe(false);
    expect(syntax.success ? '' : syntax.issues[0].path).toBe('(file)');
    const field = rulesFromJson('{"amberTolerance": 3, "colour": 1}');
    expect(field.success ? [] : field.issues.map((i) => `${i.path}: ${i.message}`).sort()).toEqual([
      '(rules): unknown field colour',
      'amberTolerance: must be at most 1 (a fraction: 0.1 is 10 %)',
    ]);
  });
});
