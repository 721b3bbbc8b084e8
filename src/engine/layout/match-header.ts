import type { ColumnRole, QuarterIndex } from './sheet-layout';

/** Case, punctuation, line breaks and extra spaces do not matter in headers (spec §2). */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface HeaderMatch {
  role: ColumnRole;
  quarter?: QuarterIndex;
}

// Order matters: the first pattern that matches wins (`Commentary/ Lead` is a lead column, not comments).
const PATTERNS: [ColumnRole, RegExp][] = [
  ['ref', /^(ref|no|ref no|reference|measure ref|id)$/],
  ['measure', /^(measure|indicator|description|measure description|performance measure|performance indicator|indicator description|measures)$/],
  ['polarity', /^polarity$/],
  ['statNeighbour', /^(stat(istical)? neigh(bour)?s?( av(erage)?)?|sn( av(erage)?)?|stat n av)$/],
  ['national', /^(national( av(erage)?)?|england( av(erage)?)?|eng av)$/],
  ['target', /^target( \d.*)?$/],
  ['yearEnd', /^(yr|year) end( \d.*)?$|^(outturn|out turn)( \d.*)?$/],
  ['rag', /^(rag|rag rating|rating|rag status)$/],
  ['direction', /(dir(ection)? of trav(el|e)?)|^dot$|^direction$/],
  ['lead', /^(commentary lead|lead|lead officer|responsible officer)$/],
  ['comments', /^(comments?|commentary|comment additional information|comments additional information)$/],
  ['source', /^(info(rmation)? available from|source|data source)$/],
  ['priorities', /priority|priorities$/],
  ['bandRequiresImprovement', /^requires improvement$/],
  ['bandGood', /^good$/],
  ['bandOutstanding', /^outstanding$/],
];

const QUARTER = /^(?:q|qu|qtr|quarter)\s*([1-4])(?:\s+(\d{2,4})(?:\s+(\d{2,4}))?)?$/;

/** The role of one (normalised) header text, or null. */
export function matchHeader(normalised: string): HeaderMatch | null {
  if (!normalised) return null;
  const q = QUARTER.exec(normalised);
  if (q) return { role: 'quarter', quarter: Number(q[1]) as QuarterIndex };
  for (const [role, re] of PATTERNS) if (re.test(normalised)) return { role };
  return null;
}
