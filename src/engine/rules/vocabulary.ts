import builtIn from './default-vocabulary.json';
import type { ColumnKey, Polarity, RuleSet } from './rule-set';

/**
 * Case, punctuation, line breaks and extra spaces do not matter in headers and polarity words
 * (spec §2); letters and digits are split too, so `Q1`, `Q 1` and `Qu1` read alike.
 */
export function normaliseWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Where a word came from: a column map wins over words the rules add, which win over the built-in ones. */
export type WordSource = 'map' | 'rules' | 'default';

export interface HeaderWord {
  key: ColumnKey;
  source: WordSource;
}

/** Every word recognition knows, normalised once per rule set. */
export interface Vocabulary {
  headers: Map<string, HeaderWord>;
  polarity: Map<string, Polarity>;
  /** Column-map entries that name a column by letter (`C`) rather than by header. */
  letters: Map<ColumnKey, number>;
}

export const BUILT_IN_HEADER_WORDS = builtIn.headerWords as Record<ColumnKey, string[]>;
export const BUILT_IN_POLARITY_WORDS = builtIn.polarityWords as Record<Polarity, string[]>;

const COLUMN_LETTER = /^[A-Z]{1,3}$/;

/** `C` → 2; only capital letters up to XFD count as a letter, so `No` or `Aim` stay header texts. */
function letterColumn(pointer: string): number | undefined {
  const p = pointer.trim();
  if (!COLUMN_LETTER.test(p)) return undefined;
  let n = 0;
  for (const ch of p) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < 16384 ? n - 1 : undefined;
}

const cache = new WeakMap<RuleSet, Vocabulary>();

/**
 * The vocabulary in force: the column map's header texts first, then the words the rules add,
 * then the built-in words. A column letter in the map is kept apart; recognition applies it
 * after the header row is found (a header text that happens to be capitals, `KPI`, is tried as a
 * header first).
 */
export function vocabularyOf(rules: Pick<RuleSet, 'columns' | 'headerWords' | 'polarityWords'>): Vocabulary {
  const cached = cache.get(rules as RuleSet);
  if (cached) return cached;
  const headers = new Map<string, HeaderWord>();
  const letters = new Map<ColumnKey, number>();
  const add = (key: ColumnKey, word: string, source: WordSource) => {
    const n = normaliseWords(word);
    if (n && !headers.has(n)) headers.set(n, { key, source });
  };
  for (const [key, pointer] of Object.entries(rules.columns ?? {}) as [ColumnKey, string][]) {
    const letter = letterColumn(pointer);
    // A single letter is always a column (`C`; `c` and `x` are also suppression markers in figure cells).
    if (pointer.trim().length > 1) add(key, pointer, 'map');
    if (letter !== undefined) letters.set(key, letter);
  }
  for (const [key, words] of Object.entries(rules.headerWords ?? {}) as [ColumnKey, string[]][]) for (const w of words) add(key, w, 'rules');
  for (const [key, words] of Object.entries(BUILT_IN_HEADER_WORDS) as [ColumnKey, string[]][]) for (const w of words) add(key, w, 'default');

  const polarity = new Map<string, Polarity>();
  for (const p of ['high', 'low'] as const) {
    for (const w of [...(rules.polarityWords?.[p] ?? []), ...BUILT_IN_POLARITY_WORDS[p]]) {
      const n = normaliseWords(w);
      if (n && !polarity.has(n)) polarity.set(n, p);
    }
  }
  const vocabulary = { headers, polarity, letters };
  cache.set(rules as RuleSet, vocabulary);
  return vocabulary;
}

// A year before or after the words: `17-18`, `2017/18`, `2019-2020`, `18- 19`.
const YEAR_SUFFIX = / (\d{2}|\d{4})( (\d{2}|\d{4}))?$/;
const YEAR_PREFIX = /^(\d{2}|\d{4})( (\d{2}|\d{4}))? /;

/** The role of a header text: an exact word of the vocabulary, with or without a year before or after it. */
export function lookUpHeader(vocabulary: Vocabulary, text: string): HeaderWord | undefined {
  const n = normaliseWords(text);
  if (!n) return undefined;
  return vocabulary.headers.get(n) ?? vocabulary.headers.get(n.replace(YEAR_SUFFIX, '')) ?? vocabulary.headers.get(n.replace(YEAR_PREFIX, ''));
}

/** A polarity cell's meaning (`Higher`, `Low is Good`, or a word the rules add); null when blank or unknown. */
export function lookUpPolarity(vocabulary: Vocabulary, text: string): Polarity | null {
  const n = normaliseWords(text);
  return n ? (vocabulary.polarity.get(n) ?? null) : null;
}
