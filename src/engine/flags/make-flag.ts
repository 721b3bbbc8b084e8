import type { Flag, FlagCode, Severity } from './flag';

/** What each flag's message needs to know. */
export interface FlagDetails {
  MISSING_VALUE: { quarter: string };
  SUPPRESSED_VALUE: { marker: string; standard: boolean };
  SMALL_COUNT: { value: number; min: number; max: number };
  UNREADABLE_VALUE: { text: string; column: string; date?: boolean };
  FORMULA_ERROR: { error: string };
  PERCENT_OUT_OF_RANGE: { value: string; column: string };
  TARGET_WITHOUT_POLARITY: { target: string; polarityText: string };
  NO_BASIS: Record<string, never>;
  UNREADABLE_BANDS: Record<string, never>;
  RAG_CHANGED: { before: string; after: string };
  RAG_FORMULA: { column: string };
  NO_COMMENTARY: { rating: string };
  DUPLICATE_REF: { firstCell: string };
  HIDDEN_CONTENT: { what: string };
  SHEET_PROTECTED: Record<string, never>;
  LAYOUT_GAP: { missing: string[]; unknownWords: string[]; unmatched: { header: string; address: string }[]; unrated: number; total: number };
  CELL_CHANGED: { fill: boolean; clearing: boolean };
  LEDGER_DAMAGED: Record<string, never>;
  CANNOT_WRITE: { detail: string; fix: string };
}

const SEVERITY: Record<FlagCode, Severity> = {
  MISSING_VALUE: 'warning',
  SUPPRESSED_VALUE: 'info',
  SMALL_COUNT: 'error', // the rules' smallCount.severity may make it a warning
  UNREADABLE_VALUE: 'warning',
  FORMULA_ERROR: 'error',
  PERCENT_OUT_OF_RANGE: 'error',
  TARGET_WITHOUT_POLARITY: 'warning',
  NO_BASIS: 'info',
  UNREADABLE_BANDS: 'info',
  RAG_CHANGED: 'warning',
  RAG_FORMULA: 'warning',
  NO_COMMENTARY: 'warning',
  DUPLICATE_REF: 'error',
  HIDDEN_CONTENT: 'warning',
  SHEET_PROTECTED: 'warning',
  LAYOUT_GAP: 'warning',
  CELL_CHANGED: 'warning',
  LEDGER_DAMAGED: 'warning',
  CANNOT_WRITE: 'warning',
};

// Every flag message a user reads, in one place: what is wrong and what to do.
const MESSAGES: { [C in FlagCode]: (d: FlagDetails[C]) => string } = {
  MISSING_VALUE: (d) => `No figure for ${d.quarter}. Enter it, or mark it as suppressed; if the measure is not reported every quarter, set its frequency in the rules.`,
  SUPPRESSED_VALUE: (d) =>
    d.standard
      ? `Value suppressed ("${d.marker}"); not rated.`
      : `Value suppressed with the non-standard marker "${d.marker}"; consider "c", the marker national statistics use. Not rated.`,
  SMALL_COUNT: (d) =>
    `A count of ${d.value} could identify a child (${d.min} to ${d.max} is disclosive). Suppress it before circulating (show it as "c"), or, if the count is not about individual children, accept it with a note.`,
  UNREADABLE_VALUE: (d) =>
    d.date
      ? `The ${d.column} cell holds a date, not a figure. Enter the figure.`
      : `The ${d.column} cell holds "${d.text.length > 60 ? `${d.text.slice(0, 57)}...` : d.text}", which is not a figure. Enter a number, a percent, or a marker such as "c" or "n/a".`,
  FORMULA_ERROR: (d) => `Formula error ${d.error}. Fix the formula before circulating.`,
  PERCENT_OUT_OF_RANGE: (d) => `The ${d.column} figure ${d.value} is outside 0% to 100%. Check the figure and its format.`,
  TARGET_WITHOUT_POLARITY: (d) =>
    d.polarityText
      ? `Target ${d.target} but the polarity "${d.polarityText}" is not a known polarity word, so the measure cannot be rated. Write High is Good / Low is Good, or add the word to the rules' polarityWords.`
      : `Target ${d.target} but no polarity, so the measure cannot be rated. Set the polarity (High is Good / Low is Good).`,
  NO_BASIS: () => `Polarity but no target, comparator or year-end figure to rate against, so not rated. Add a target or set a comparator.`,
  UNREADABLE_BANDS: () => `The threshold bands cannot be read as figures (e.g. "Below 10", "85-93"), so the measure is not rated.`,
  RAG_CHANGED: (d) => `The RAG was "${d.before}" before this run and is now "${d.after}". Check the change is expected.`,
  RAG_FORMULA: (d) => `The ${d.column} cell holds a formula, so it was left as it is. Remove the formula to let the add-in rate this measure.`,
  NO_COMMENTARY: (d) => `Rated ${d.rating} with no commentary. Add a comment explaining the performance before circulating.`,
  DUPLICATE_REF: (d) => `This ref is used again (first at ${d.firstCell}). Give each measure its own ref.`,
  HIDDEN_CONTENT: (d) => `Hidden ${d.what}. Unhide or delete hidden content before circulating: readers can reveal it.`,
  SHEET_PROTECTED: () => `The sheet is protected, so it cannot be rated. Unprotect it (Review > Unprotect Sheet) to rate it.`,
  LAYOUT_GAP: (d) => {
    const list = (xs: string[]) => xs.slice(0, 8).join(', ') + (xs.length > 8 ? `, and ${xs.length - 8} more` : '');
    const quote = (xs: string[]) => list(xs.map((x) => `"${x}"`));
    const what = [
      d.missing.length ? `no ${d.missing.join(' or ')} column was found` : '',
      d.unknownWords.length ? `the polarity cells hold ${quote(d.unknownWords)}, which are not known polarity words` : '',
    ].filter(Boolean);
    const headers = d.unmatched.length ? ` Headers that matched no column: ${list(d.unmatched.map((u) => `"${u.header}" (${u.address})`))}.` : '';
    const fix = d.missing.length
      ? `Map the column in the rules ("columns": { "${d.missing[0]}": "<its header>" }) or in the pane's column map`
      : `Add the words to the rules' "polarityWords"`;
    return `${d.unrated} of ${d.total} measures could not be rated because ${what.join(' and ')}.${headers} ${fix}, then rate again.`;
  },
  CELL_CHANGED: (d) =>
    `This cell was changed since the last run, so the add-in left it as it is${d.clearing ? ' and Clear did not put back what it held before' : ''}. ${
      d.fill ? 'Set its fill back to what it was before the add-in coloured it' : 'Empty the cell'
    } if you want the add-in to write it again.`,
  LEDGER_DAMAGED: () =>
    `The add-in's record of what earlier runs wrote is damaged, so Clear cannot restore earlier cells and keeps any earlier summary sheet (delete it yourself if you no longer need it). Rating works as usual and starts a new record.`,
  CANNOT_WRITE: (d) => `Rate would stop here and write nothing: ${d.detail}. ${d.fix}`,
};

export interface FlagPlace {
  sheet: string;
  cell: string;
  ref?: string;
}

export function makeFlag<C extends FlagCode>(code: C, place: FlagPlace, details: FlagDetails[C]): Flag {
  return { code, severity: SEVERITY[code], sheet: place.sheet, cell: place.cell, ref: place.ref ?? '', message: MESSAGES[code](details) };
}

export function severityOf(code: FlagCode): Severity {
  return SEVERITY[code];
}
