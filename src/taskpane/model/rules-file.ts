import { parseRulesJson, type ParseRulesResult, type RuleSet } from '../../engine';

export const RULES_FILE_NAME = 'scorecard-rules.json';

/** The whole rule set, defaults included, so the file is self-explanatory; it is what `scorecard rate --rules` reads. */
export function rulesToJson(rules: RuleSet): string {
  return `${JSON.stringify(rules, null, 2)}\n`;
}

/** Reads an imported rules file; a JSON or schema problem comes back as issues, never thrown. */
export function rulesFromJson(text: string): ParseRulesResult {
  return parseRulesJson(text.replace(/^\uFEFF/, ''));
}
