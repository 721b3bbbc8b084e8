import type { Bands } from '../layout/read-bands';
import type { MeasureRow } from '../layout/sheet-layout';
import type { Comparator, Polarity, RuleSet } from '../rules';
import type { ParsedValue } from '../values';
import { figureOf } from '../values/parsed-value';
import type { MeasureRules } from './resolve-measure-rules';

/** Why a measure is contextual (RAG n/a whatever its figure). */
export type ContextualWhy = 'excluded' | 'noPolarityOrTarget' | 'targetWithoutPolarity' | 'targetNotFigure' | 'unreadableBands';

/**
 * How one measure is rated (spec §4), decided once from its row and rules: against a single target,
 * a target band, threshold bands, a comparator when there is no target, or not at all (contextual).
 */
export type RatingWay =
  | { kind: 'target'; target: number; polarity: Polarity }
  | { kind: 'band'; low: number; high: number; polarity: Polarity | null }
  | { kind: 'thresholds'; bands: Bands }
  | { kind: 'noTarget'; polarity: Polarity; basis?: { comparator: Comparator; value: number } }
  | { kind: 'contextual'; why: ContextualWhy; target?: ParsedValue };

export type RatingKind = RatingWay['kind'];

export function ratingWayOf(row: MeasureRow, m: MeasureRules, rules: RuleSet): RatingWay {
  if (m.exclude) return { kind: 'contextual', why: 'excluded' };
  if (row.bands === null) return { kind: 'contextual', why: 'unreadableBands' };
  if (row.bands) return { kind: 'thresholds', bands: row.bands };
  const { target, polarity } = m;
  if (target.kind === 'range') return { kind: 'band', low: target.low, high: target.high, polarity };
  if (target.kind !== 'missing') {
    const t = figureOf(target);
    if (t === undefined) return { kind: 'contextual', why: 'targetNotFigure', target };
    return polarity ? { kind: 'target', target: t, polarity } : { kind: 'contextual', why: 'targetWithoutPolarity', target };
  }
  if (!polarity) return { kind: 'contextual', why: 'noPolarityOrTarget' };
  for (const comparator of rules.noTargetBasis) {
    const value = figureOf(row[comparator]);
    if (value !== undefined) return { kind: 'noTarget', polarity, basis: { comparator, value } };
  }
  return { kind: 'noTarget', polarity };
}
