import type { MeasureRow } from '../layout/sheet-layout';
import type { Frequency, MeasureOverride, Polarity, RuleSet } from '../rules';
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

const byRef = new WeakMap<RuleSet['measures'], Map<string, MeasureOverride>>();

/** A per-measure override by ref, matched case-insensitively (`p2.4` applies to `P2.4`). */
export function overrideFor(rules: RuleSet, ref: string): MeasureOverride | undefined {
  if (!ref) return undefined;
  let map = byRef.get(rules.measures);
  if (!map) {
    map = new Map();
    for (const [key, o] of Object.entries(rules.measures)) if (!map.has(key.trim().toLowerCase())) map.set(key.trim().toLowerCase(), o);
    byRef.set(rules.measures, map);
  }
  // An exact key wins over one differing only in case; a ref such as `constructor` is only ever a key.
  return Object.prototype.hasOwnProperty.call(rules.measures, ref) ? rules.measures[ref] : map.get(ref.trim().toLowerCase());
}

/** The sheet's polarity and target, with the rule set's per-ref override on top. */
export function resolveMeasureRules(row: MeasureRow, rules: RuleSet): MeasureRules {
  const o = overrideFor(rules, row.ref);
  let target = row.target;
  if (o?.target !== undefined) {
    const parsed = /^\s*none\s*$/i.test(o.target) ? ({ kind: 'missing', marker: 'none' } as const) : parseValue(o.target);
    target = row.percent ? asPercent(parsed) : parsed;
  }
  const polarity = o?.polarity !== undefined ? (o.polarity === 'none' ? null : o.polarity) : row.polarity;
  return {
    polarity,
    target,
    tolerance: o?.amberTolerance ?? rules.amberTolerance,
    frequency: o?.frequency ?? 'quarterly',
    exclude: o?.exclude ?? false,
    overridden: o !== undefined,
  };
}
