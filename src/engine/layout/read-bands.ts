import type { ParsedValue } from '../values';
import { parseValue, asPercent } from '../values/parse-value';
import type { Polarity } from '../rules';

/** A threshold band as an interval; `Below 10` has no low end. */
export interface Band {
  low: number;
  high: number;
}

export interface Bands {
  /** Ordered worst to best: Requires Improvement, Good, Outstanding. */
  bands: [Band, Band, Band];
  polarity: Polarity;
}

function readBand(raw: ParsedValue | string, percent: boolean): Band | null {
  if (typeof raw !== 'string') {
    if (percent) raw = asPercent(raw);
    if (raw.kind === 'range') return { low: raw.low, high: raw.high };
    if (raw.kind === 'number') return { low: raw.value, high: raw.value };
    if (raw.kind !== 'text') return null;
    raw = raw.text;
  }
  const text = raw.replace(/\*+\s*$/, '').trim();
  const m = /^(below|under|less than|<)\s*(.+)$/i.exec(text) ?? /^(above|over|more than|>)\s*(.+)$/i.exec(text);
  if (m) {
    let v = parseValue(m[2]);
    if (percent) v = asPercent(v);
    if (v.kind !== 'number') return null;
    return /^(below|under|less than|<)$/i.test(m[1]) ? { low: -Infinity, high: v.value } : { low: v.value, high: Infinity };
  }
  let v = parseValue(text);
  if (percent) v = asPercent(v);
  if (v.kind === 'range') return { low: v.low, high: v.high };
  if (v.kind === 'number') return { low: v.value, high: v.value };
  return null;
}

/**
 * Reads the three threshold cells (spec §4.3). Polarity comes from their order: Outstanding above
 * Requires Improvement means high is good. Returns null when any band cannot be read.
 */
export function readBands(
  requiresImprovement: ParsedValue,
  good: ParsedValue,
  outstanding: ParsedValue,
  percent: boolean,
): Bands | null {
  const ri = readBand(requiresImprovement, percent);
  const g = readBand(good, percent);
  const o = readBand(outstanding, percent);
  if (!ri || !g || !o) return null;
  const mid = (b: Band) => (Number.isFinite(b.low) && Number.isFinite(b.high) ? (b.low + b.high) / 2 : Number.isFinite(b.low) ? b.low : b.high);
  if (mid(o) === mid(ri)) return null;
  return { bands: [ri, g, o], polarity: mid(o) > mid(ri) ? 'high' : 'low' };
}
