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
}
