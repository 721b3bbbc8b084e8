/**
 * Whether a string written through `Range.values` needs the cell formatted as text (`@`) first.
 * Excel parses what it is given as if typed: `=`, `+`, `-`, `@` start formulas, `97`, `5%`, `1/2`,
 * `Jan-19`, `TRUE` become numbers, dates or booleans. Only a string that starts with a letter or an
 * arrow, holds no digit and is not TRUE / FALSE is certain to stay text, so everything else gets `@`.
 */
export function needsTextFormat(text: string): boolean {
  if (text === '') return false;
  if (/^(true|false)$/i.test(text.trim())) return true;
  return !/^[\p{L}\u2190-\u21FF][^\d]*$/u.test(text);
}
