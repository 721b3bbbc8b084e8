/** Why a whole run could not go ahead: shown to the user as it is, never a stack trace. */
export type ProblemCode =
  | 'NOT_XLSX'
  | 'ENCRYPTED'
  | 'EMPTY_WORKBOOK'
  | 'NO_SCORECARD'
  | 'SHEET_NOT_FOUND'
  | 'SHEET_PROTECTED'
  | 'BAD_RULES'
  | 'QUARTER_NOT_FOUND'
  | 'FILE_NOT_FOUND'
  | 'WRITE_FAILED'
  | 'TOO_LARGE'
  | 'FILE_UNREADABLE'
  | 'PLAN_REFUSED'
  | 'EXCEL_ERROR'
  | 'EXCEL_PARTIAL'
  | 'FLAG_NOT_FOUND'
  | 'NO_ACCEPTANCE'
  | 'NOT_ACCEPTABLE'
  | 'BAD_NOTE'
  | 'NOT_FIT'
  | 'NOT_RATED'
  | 'NOT_SUPPORTED'
  | 'COPY_FAILED';

export interface Problem {
  code: ProblemCode;
  /** What happened and what to do next. */
  message: string;
}
