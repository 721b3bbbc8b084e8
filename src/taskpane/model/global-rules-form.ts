import { parseRules, type RuleSet } from '../../engine';
import { parsePercent, percent, PERCENT_HINT } from './percent';
import { issueWhere, plainIssueMessage } from './plain-issues';

/** The global rules an analyst edits in the pane, as typed. */
export interface GlobalRulesValues {
  amberTolerance: string;
  bandTolerance: string;
  staticTolerance: string;
  comparatorRescue: boolean;
  smallCountMin: string;
  smallCountMax: string;
  /** Comma-separated; `blank` stands for an empty cell. */
  suppressed: string;
  missing: string;
}

export type GlobalRulesField = keyof GlobalRulesValues;
export type GlobalRulesErrors = Partial<Record<GlobalRulesField | 'form', string>>;

const BLANK = 'blank';

function markersText(markers: string[]): string {
  return markers.map((m) => (m === '' ? BLANK : m)).join(', ');
}

function markersFrom(text: string): string[] {
  // Empty pieces (a trailing comma) are dropped; an empty cell is written as the word `blank`.
  const pieces = text.split(',').map((m) => m.trim()).filter((m) => m !== '');
  return [...new Set(pieces.map((m) => (m.toLowerCase() === BLANK ? '' : m)))];
}

export function globalRulesForm(rules: RuleSet): GlobalRulesValues {
  return {
    amberTolerance: percent(rules.amberTolerance),
    bandTolerance: percent(rules.bandTolerance),
    staticTolerance: percent(rules.staticTolerance),
    comparatorRescue: rules.comparatorRescue,
    smallCountMin: String(rules.smallCount.min),
    smallCountMax: String(rules.smallCount.max),
    suppressed: markersText(rules.markers.suppressed),
    missing: markersText(rules.markers.missing),
  };
}

const PATH_FIELDS: Partial<Record<string, GlobalRulesField>> = {
  amberTolerance: 'amberTolerance',
  bandTolerance: 'bandTolerance',
  staticTolerance: 'staticTolerance',
  comparatorRescue: 'comparatorRescue',
  'smallCount.min': 'smallCountMin',
  'smallCount.max': 'smallCountMax',
  smallCount: 'smallCountMax',
  'markers.suppressed': 'suppressed',
  'markers.missing': 'missing',
};

/** The rule set with the form's global rules, checked by the rules schema; messages in plain words beside their field. */
export function applyGlobalRules(rules: RuleSet, values: GlobalRulesValues): { ok: true; rules: RuleSet } | { ok: false; errors: GlobalRulesErrors } {
  const errors: GlobalRulesErrors = {};
  const tolerance = (field: 'amberTolerance' | 'bandTolerance' | 'staticTolerance') => {
    const n = parsePercent(values[field]);
    if (n === null) errors[field] = PERCENT_HINT;
    else if (n < 0 || n > 1) errors[field] = 'must be between 0% and 100%';
    return n ?? 0;
  };
  const whole = (field: 'smallCountMin' | 'smallCountMax') => {
    const t = values[field].trim();
    if (!/^\d+$/.test(t)) errors[field] = 'must be a whole number, such as 5';
    return Number(t);
  };
  const candidate = {
    ...rules,
    amberTolerance: tolerance('amberTolerance'),
    bandTolerance: tolerance('bandTolerance'),
    staticTolerance: tolerance('staticTolerance'),
    comparatorRescue: values.comparatorRescue,
    smallCount: { min: whole('smallCountMin'), max: whole('smallCountMax') },
    markers: { suppressed: markersFrom(values.suppressed), missing: markersFrom(values.missing) },
  };
  if (Object.keys(errors).length) return { ok: false, errors };
  const parsed = parseRules(candidate);
  if (parsed.success) return { ok: true, rules: parsed.rules };
  for (const issue of parsed.issues) {
    const field: GlobalRulesField | 'form' = PATH_FIELDS[issue.path] ?? PATH_FIELDS[issue.path.split('.').slice(0, 2).join('.')] ?? 'form';
    errors[field] ??= field === 'form' ? `${issueWhere(issue.path)} ${plainIssueMessage(issue.message)}` : plainIssueMessage(issue.message);
  }
  return { ok: false, errors };
}
