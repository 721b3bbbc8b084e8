import { MeasureOverride, parseRules, type RuleIssue, type RuleSet } from '../../engine';
import { parsePercent, percent, PERCENT_HINT } from './percent';
import { plainIssueMessage } from './plain-issues';

/** The override form's fields as typed: strings for inputs, '' meaning "leave as the sheet has it". */
export interface OverrideFormValues {
  ref: string;
  polarity: '' | 'high' | 'low' | 'none';
  target: string;
  /** As typed: `5%`, `5` or `0.05` (all 5 %). */
  amberTolerance: string;
  /** '' is quarterly, the default; an override saying `quarterly` reads back as ''. */
  frequency: '' | 'termly' | 'annual';
  exclude: boolean;
  note: string;
}

export type OverrideField = keyof OverrideFormValues;
/** Messages per field, plus `form` for ones that belong to no single field. */
export type OverrideFormErrors = Partial<Record<OverrideField | 'form', string>>;

export type OverrideFormResult =
  | { ok: true; ref: string; override: MeasureOverride; warning?: string }
  | { ok: false; errors: OverrideFormErrors };

export const EMPTY_OVERRIDE_FORM: OverrideFormValues = {
  ref: '',
  polarity: '',
  target: '',
  amberTolerance: '',
  frequency: '',
  exclude: false,
  note: '',
};

export function formFromOverride(ref: string, o: MeasureOverride): OverrideFormValues {
  return {
    ref,
    polarity: o.polarity ?? '',
    target: o.target ?? '',
    amberTolerance: o.amberTolerance === undefined ? '' : percent(o.amberTolerance),
    frequency: o.frequency === 'termly' || o.frequency === 'annual' ? o.frequency : '',
    exclude: o.exclude ?? false,
    note: o.note ?? '',
  };
}

const FIELDS: OverrideField[] = ['ref', 'polarity', 'target', 'amberTolerance', 'frequency', 'exclude', 'note'];

/** The sheet's own spelling of a ref typed in any case (`p2.4` → `P2.4`), or the ref as typed. */
export function canonicalRef(typed: string, knownRefs: string[]): string {
  const ref = typed.trim();
  return knownRefs.find((r) => r.trim().toLowerCase() === ref.toLowerCase())?.trim() ?? ref;
}

/**
 * Checks the form with the rules module's own zod schema, so the pane accepts exactly what the
 * command line's --rules accepts; the messages, in plain words, are shown next to the field they name.
 */
export function validateOverrideForm(values: OverrideFormValues, knownRefs: string[] = []): OverrideFormResult {
  const errors: OverrideFormErrors = {};
  const ref = canonicalRef(values.ref, knownRefs);
  if (!ref) errors.ref = 'Enter the ref of a measure, for example P2.4.';
  else if (ref.length > 40) errors.ref = 'A ref must be at most 40 characters.';

  const candidate: Record<string, unknown> = {};
  if (values.polarity) candidate.polarity = values.polarity;
  if (values.target.trim()) candidate.target = values.target.trim();
  if (values.amberTolerance.trim()) {
    const n = parsePercent(values.amberTolerance);
    if (n === null) errors.amberTolerance = PERCENT_HINT;
    else if (n > 1 || n < 0) errors.amberTolerance = 'must be between 0% and 100%';
    else candidate.amberTolerance = n;
  }
  if (values.frequency) candidate.frequency = values.frequency;
  if (values.exclude) candidate.exclude = true;
  if (values.note.trim()) candidate.note = values.note.trim();

  const parsed = MeasureOverride.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELDS.find((f) => f === issue.path[0]) ?? 'form';
      errors[field] ??= plainIssueMessage(issue.message);
    }
  }
  if (Object.keys(candidate).length === 0) {
    errors.form = 'Set at least one of polarity, target, amber tolerance, frequency or exclude.';
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };

  const known = knownRefs.some((r) => r.trim() === ref);
  return {
    ok: true,
    ref,
    override: parsed.data,
    warning:
      knownRefs.length > 0 && !known
        ? `No measure with ref "${ref}" is on the scorecard now; the override applies when one appears.`
        : undefined,
  };
}

export type RulesChange = { ok: true; rules: RuleSet } | { ok: false; issues: RuleIssue[] };

/** The rule set with one override added or replaced (an older key for the same ref in another case goes), re-checked as a whole. */
export function withOverride(rules: RuleSet, ref: string, override: MeasureOverride): RulesChange {
  const measures = Object.fromEntries(Object.entries(rules.measures).filter(([k]) => k.trim().toLowerCase() !== ref.trim().toLowerCase()));
  const result = parseRules({ ...rules, measures: { ...measures, [ref]: override } });
  return result.success ? { ok: true, rules: result.rules } : { ok: false, issues: result.issues };
}

export function withoutOverride(rules: RuleSet, ref: string): RuleSet {
  const measures = { ...rules.measures };
  delete measures[ref];
  return { ...rules, measures };
}
