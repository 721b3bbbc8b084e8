export type Severity = 'error' | 'warning' | 'info';

export const FLAG_CODES = [
  'MISSING_VALUE',
  'SUPPRESSED_VALUE',
  'SMALL_COUNT',
  'UNREADABLE_VALUE',
  'FORMULA_ERROR',
  'PERCENT_OUT_OF_RANGE',
  'TARGET_WITHOUT_POLARITY',
  'NO_BASIS',
  'UNREADABLE_BANDS',
  'RAG_CHANGED',
  'RAG_FORMULA',
  'NO_COMMENTARY',
  'DUPLICATE_REF',
  'HIDDEN_CONTENT',
  'SHEET_PROTECTED',
  'LAYOUT_GAP',
  'CELL_CHANGED',
  'LEDGER_DAMAGED',
  'CANNOT_WRITE',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

/** A finding about the workbook: data, never an exception (like a zod issue). */
export interface Flag {
  code: FlagCode;
  severity: Severity;
  sheet: string;
  /** A1 address (`K12`), a row (`12:12`) or column (`C:C`) span, or '' for the whole sheet. */
  cell: string;
  ref: string;
  message: string;
  /** The analyst accepted this flag with a note, for the value the cell still holds: it does not count against fitness. */
  accepted?: AcceptedFor;
  /** An acceptance was given for another value, so it lapsed: the flag counts again (its message says so). */
  lapsed?: AcceptedFor;
}

/** What an acceptance records: the analyst's note, the day (ISO `2026-11-22`) and the value it was given for. */
export interface AcceptedFor {
  note: string;
  date: string;
  value: string | number | boolean | null;
}
