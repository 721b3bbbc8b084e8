import type { MeasureRow } from '../layout/sheet-layout';
import type { Frequency, Polarity, RuleSet } from '../rules';
import type { ParsedValue } from '../values';
import { asPercent, parseValue } from '../values/parse-value';

export interface MeasureRules {
  polarity: Polarity | null;
  target: ParsedValue;
  tolerance: number;
  frequency: Frequency;
  exclude: boolean;
  /** True when a per-measure override applied. */
  overridden: boolean;
}

export function readPolarity(text: string): Polarity | null {
  const t = text.toLowerCase();
  if (/\b(high|higher)\b.*\b(good|better)\b/.test(t)) return 'high';
  if (/\b(low|lower)\b.*\b(good|better)\b/.test(t)) return 'low';
  return null;
}

/** The sheet's polarity and target, with the rule set's per-ref override on top. */
export function resolveMeasureRules(row: MeasureRow, rules: RuleSet): MeasureRules {
  const o = row.ref ? rules.measures[row.ref] : undefined;
  let target = row.target;
  if (o?.target !== undefined) {
    const parsed = /^\s*none\s*$/i.test(o.target) ? ({ kind: 'missing', marker: 'none' } as const) : parseValue(o.target);
    target = row.percent ? asPercent(parsed) : parsed;
  }
  const polarity = o?.polarity !== undefined ? (o.polarity === 'none' ? null : o.polarity) : readPolarity(row.polarityText);
  return {
    polarity,
    target,
    tolerance: o?.amberTolerance ?? rules.amberTolerance,
    frequency: o?.frequency ?? 'quarterly',
    exclude: o?.exclude ?? false,
    overridden: o !== undefined,
  };
}
