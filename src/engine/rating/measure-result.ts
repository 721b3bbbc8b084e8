import type { ParsedValue } from '../values';
import type { Polarity } from '../rules';
import type { ContextualWhy, RatingKind } from './rating-way';

export type Rating = 'red' | 'amber' | 'green' | 'na';
export type Arrow = '↑' | '↓' | '→' | '';

export interface Judgement {
  rating: Rating;
  /** Why, in plain words: `95% is within 10% of the target 96%`. */
  reason: string;
}

export interface MeasureResult {
  ref: string;
  row: number;
  measure: string;
  section: string;
  polarity: Polarity | null;
  value: ParsedValue;
  last: ParsedValue;
  /** The target as rated (after overrides), as text; '' when none. */
  target: string;
  /** How the measure was rated: against a target, a target band, threshold bands, a comparator (no target), or not at all. */
  way: RatingKind;
  /** Why a contextual measure is not rated; null otherwise. */
  contextual: ContextualWhy | null;
  rag: Rating;
  ragReason: string;
  direction: Rating;
  arrow: Arrow;
  directionReason: string;
  /** Addresses of the cells written for this measure. */
  ragCell: string;
  directionCell: string;
  valueCell: string;
  /** The row's commentary and lead as typed (for the summary's red and amber list); absent in reports made before they were kept. */
  commentary?: string;
  lead?: string;
}
