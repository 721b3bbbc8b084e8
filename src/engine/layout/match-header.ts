import { lookUpHeader, normaliseWords, type ColumnKey, type Vocabulary, type WordSource } from '../rules';
import type { ColumnRole, QuarterIndex } from './sheet-layout';

/** Case, punctuation, line breaks and extra spaces do not matter in headers (spec §2). */
export const normaliseHeader = normaliseWords;

export interface HeaderMatch {
  role: ColumnRole;
  quarter?: QuarterIndex;
  /** Whether the column map, the rules' added words or the built-in vocabulary named it. */
  source: WordSource;
}

const QUARTER_KEYS: Partial<Record<ColumnKey, QuarterIndex>> = { q1: 1, q2: 2, q3: 3, q4: 4 };

/** A rules key as a layout role: `q1`…`q4` are quarter columns. */
export function roleOfKey(key: ColumnKey): { role: ColumnRole; quarter?: QuarterIndex } {
  const quarter = QUARTER_KEYS[key];
  return quarter ? { role: 'quarter', quarter } : { role: key as ColumnRole };
}

/** The key a role has in the rules (`columns`, `headerWords`). */
export function keyOfRole(role: ColumnRole, quarter?: QuarterIndex): ColumnKey {
  return role === 'quarter' ? (`q${quarter}` as ColumnKey) : (role as ColumnKey);
}

/** The role of one header text in the vocabulary in force, or null. */
export function matchHeader(text: string, vocabulary: Vocabulary): HeaderMatch | null {
  const word = lookUpHeader(vocabulary, text);
  return word ? { ...roleOfKey(word.key), source: word.source } : null;
}
