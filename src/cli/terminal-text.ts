/** Every C0 and C1 control character except tab and newline, and bidi overrides: what must not reach a terminal raw. */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text safe to print: cell text from a workbook can hold escape sequences that would recolour,
 * retitle or scramble the analyst's terminal. The JSON report is left exact (JSON escapes its own).
 */
export function stripControls(s: string): string {
  return s.replace(TERMINAL_CONTROLS, '');
}
