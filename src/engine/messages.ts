import type { Problem, ProblemCode } from './run/problem';

/**
 * Every sentence a user reads comes from here, so wording stays consistent between the ribbon,
 * the task pane and the command line. Each says what happened and what to do next.
 */
const PROBLEMS: Record<ProblemCode, (detail: string) => string> = {
  NOT_XLSX: (d) => `${d} is not an Excel workbook (.xlsx). Save it from Excel as "Excel Workbook (*.xlsx)" and try again.`,
  ENCRYPTED: (d) => `${d} is password-protected. Open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again.`,
  EMPTY_WORKBOOK: (d) => `${d} has no cells with data. Check you chose the right file.`,
  NO_SCORECARD: (d) =>
    `No scorecard table was found${d ? ` (${d})` : ''}. A scorecard needs a header row with a Ref or Measure column and at least one quarter column such as "Qu 1 18-19".`,
  SHEET_NOT_FOUND: (d) => `There is no sheet named "${d}". Check the sheet name (it is case-sensitive).`,
  SHEET_PROTECTED: (d) => `Sheet "${d}" is protected, so nothing was written. Unprotect it (Review > Unprotect Sheet) and run again.`,
  BAD_RULES: (d) => `The rules are not valid: ${d}. Fix the rules and run again; nothing was written.`,
  QUARTER_NOT_FOUND: (d) => `Quarter ${d} is not a column of this scorecard. Pick one of the quarter columns the sheet has.`,
  FILE_NOT_FOUND: (d) => `Cannot find ${d}. Check the path.`,
  WRITE_FAILED: (d) => `The rated workbook could not be saved (${d}). Nothing was written; check the folder exists and the file is not open elsewhere.`,
  TOO_LARGE: (d) =>
    `The workbook is too large to read (${d}). Delete unused rows and columns (formatting can stretch a sheet to a million rows) or split the workbook, then try again.`,
  FILE_UNREADABLE: (d) => `Cannot read ${d}: permission denied. Check you can open the file, or copy it to a folder of your own.`,
  PLAN_REFUSED: (d) => `The changes could not be made to this workbook, so nothing was written: ${d}${/[.!?]$/.test(d) ? '' : '.'}`,
  FLAG_NOT_FOUND: (d) => `There is no flag ${d} to accept. Validate again: the flag may have gone since the list was shown.`,
  NO_ACCEPTANCE: (d) => `There is no acceptance of a flag ${d} to take back. Validate again: it may have been taken back already.`,
  NOT_ACCEPTABLE: (d) =>
    `${d} is an error that cannot be accepted: only warnings and small counts can be accepted with a note. Fix it in the scorecard, then validate again.`,
  BAD_NOTE: (d) => `The note ${d}. Write a short note saying why the flag is acceptable (up to 200 characters).`,
  NOT_FIT: (d) => `The workbook is not fit to circulate yet, so no copy was made: ${d}. Fix each one, or accept a small count with a note, then prepare the copy again.`,
  NOT_RATED: (d) => `${d} has not been rated yet (it has no summary sheet of the add-in's). Rate this quarter first, then prepare the copy for circulation.`,
  NOT_SUPPORTED: (d) => `This version of Excel cannot ${d}. Use Excel for Microsoft 365 (or Excel 2019 or later), or run \`scorecard circulate\` on the saved file.`,
  COPY_FAILED: (d) => `The circulation copy could not be made: ${d}. Your workbook was not changed; save it and try again.`,
  EXCEL_ERROR: (d) => `Excel reported a problem: ${d}. Nothing was written; try again, and if it persists, save and reopen the workbook.`,
  EXCEL_PARTIAL: (d) => `Excel stopped part-way through the changes: ${d}`,
};

export function problem(code: ProblemCode, detail = ''): Problem {
  return { code, message: PROBLEMS[code](detail) };
}
