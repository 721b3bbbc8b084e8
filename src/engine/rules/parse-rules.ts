import { RuleSet } from './rule-set';

export interface RuleIssue {
  /** Dotted path of the field, e.g. `measures.P2.4.amberTolerance`. */
  path: string;
  message: string;
}

export type ParseRulesResult = { success: true; rules: RuleSet } | { success: false; issues: RuleIssue[] };

/** Validates a rules document (already parsed JSON). Results are data, like zod's SafeParseResult. */
export function parseRules(input: unknown): ParseRulesResult {
  const result = RuleSet.safeParse(input ?? {});
  if (result.success) return { success: true, rules: result.data };
  return {
    success: false,
    issues: result.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(rules)',
      message: i.code === 'unrecognized_keys' ? `unknown field ${(i as { keys?: string[] }).keys?.join(', ')}` : i.message,
    })),
  };
}

/** Parses rules from JSON text; a syntax error is reported as an issue, never thrown. */
export function parseRulesJson(text: string): ParseRulesResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { success: false, issues: [{ path: '(file)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return parseRules(data);
}

/** One line a person can read: `measures.P2.4.amberTolerance: must be at most 1`. */
export function describeRuleIssues(issues: RuleIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}

export const DEFAULT_RULES: RuleSet = RuleSet.parse({});
