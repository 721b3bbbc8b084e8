import type { Flag } from '../flags/flag';
import type { MeasureResult } from '../rating/measure-result';
import type { RuleSet } from '../rules';
import type { RunReport, SheetReport } from '../run/run-report';
import { figureOf } from '../values/parsed-value';
import { formatValue } from '../values/format-value';
import type { ParsedValue } from '../values';

/**
 * The red and amber measures as a committee reads them, shared by the summary sheet and the
 * committee tables so both say the same: plain words, no flag codes. With `suppressSmall`, a
 * disclosive count (spec §5 SMALL_COUNT) shows as `c`, and so does a reason that would repeat it.
 */

export const RATING_LABEL = { red: 'Red', amber: 'Amber', green: 'Green', na: 'n/a' } as const;

export interface RedAmberRow {
  sheet: string;
  ref: string;
  measure: string;
  value: string;
  target: string;
  rating: 'Red' | 'Amber';
  /** Last period's figure. */
  last: string;
  arrow: string;
  reason: string;
  commentary: string;
  lead: string;
}

export interface Disclosure {
  suppressSmall?: boolean;
}

/** The cells a SMALL_COUNT flag is on (`Sheet!K19`), accepted or not: what circulation shows as `c`. */
export function smallCountCells(flags: Flag[]): Set<string> {
  return new Set(flags.filter((f) => f.code === 'SMALL_COUNT').map((f) => `${f.sheet}!${f.cell}`));
}

/** The rules' own words for the `c` footnote. */
export function suppressionFootnote(rules: RuleSet): string {
  const { min, max } = rules.smallCount;
  return `c: a count from ${min} to ${max}, withheld so that no child can be identified.`;
}

function smallCount(v: ParsedValue, rules: RuleSet): boolean {
  const f = figureOf(v);
  return f !== undefined && Number.isInteger(f) && f >= rules.smallCount.min && f <= rules.smallCount.max;
}

function row(s: SheetReport, m: MeasureResult, rules: RuleSet, hidden: Set<string>, suppress: boolean, counts: Set<number>): RedAmberRow {
  const count = counts.has(m.row);
  const withheld = suppress && hidden.has(`${s.name}!${m.valueCell}`);
  const rating = RATING_LABEL[m.rag as 'red' | 'amber'];
  return {
    sheet: s.name,
    ref: m.ref,
    measure: m.measure,
    value: withheld ? 'c' : formatValue(m.value),
    target: m.target,
    rating,
    last: suppress && count && smallCount(m.last, rules) ? 'c' : formatValue(m.last),
    arrow: m.arrow,
    reason: withheld ? `${rating}${m.target ? ` against the target ${m.target}` : ''}; the figure is withheld (c).` : m.ragReason,
    commentary: m.commentary ?? '',
    lead: m.lead ?? '',
  };
}

/** Red first, then amber, each in sheet order. */
export function redAmberRows(report: RunReport, s: SheetReport, disclosure: Disclosure = {}): RedAmberRow[] {
  const hidden = smallCountCells(report.flags);
  const counts = new Set(s.layout.measures.filter((r) => r.count).map((r) => r.row));
  const pick = (r: 'red' | 'amber') => s.measures.filter((m) => m.rag === r).map((m) => row(s, m, report.rules, hidden, disclosure.suppressSmall === true, counts));
  return [...pick('red'), ...pick('amber')];
}
