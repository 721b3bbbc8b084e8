import type { CellValue } from '../../../src/engine/grid';

/** What a cell holds after a string is assigned through `Range.values`. */
export type EnteredValue =
  | { kind: 'value'; value: CellValue; numberFormat?: string }
  | { kind: 'formula'; formula: string };

const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * Excel parses a string written to `values` as if typed, unless the cell is formatted as text (`@`):
 * a leading `=`, `+`, `-` or `@` makes a formula, a number-like string becomes a number, `97%` a
 * fraction with a percent format, TRUE / FALSE booleans. Dates are left out (locale-dependent), so
 * the fake is slightly kinder than Excel there; the adapter treats any digit as risky anyway.
 */
export function enterString(text: string, numberFormat: string | undefined): EnteredValue {
  if (text === '') return { kind: 'value', value: null };
  if (numberFormat === '@') return { kind: 'value', value: text };
  const trimmed = text.trim();
  const asNumber = parseNumber(trimmed);
  if (asNumber !== undefined) return { kind: 'value', value: asNumber };
  const pct = /^(.*)%$/.exec(trimmed);
  if (pct) {
    const n = parseNumber(pct[1].trim());
    if (n !== undefined) return { kind: 'value', value: n / 100, numberFormat: !numberFormat || numberFormat === 'General' ? '0%' : undefined };
  }
  if (/^(true|false)$/i.test(trimmed)) return { kind: 'value', value: trimmed.toLowerCase() === 'true' };
  if (/^[=+\-@]/.test(text) && text.length > 1) {
    return { kind: 'formula', formula: text.startsWith('=') ? text : text.startsWith('@') ? `=${text.slice(1)}` : `=${text}` };
  }
  return { kind: 'value', value: text };
}

function parseNumber(s: string): number | undefined {
  if (s === '' || s === '+' || s === '-' || s === '.' || !NUMBER.test(s)) return undefined;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}
