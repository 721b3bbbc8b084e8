/**
 * Text as it goes into XML. Characters XML 1.0 cannot hold (control characters, U+FFFE, U+FFFF,
 * lone surrogates) are written the way Excel writes them in cell text, `_xHHHH_`, so a rated copy
 * is always well-formed; a literal `_xHHHH_` in the text is guarded as `_x005F_xHHHH_`, as Excel does.
 */

// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
/** Anything encodeCellText or escapeXml would change; most text has none and skips the replacing. */
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[_&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

function hex4(ch: string): string {
  return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/** Cell text encoded for a `<t>` element (before XML escaping). */
export function encodeCellText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s.replace(LITERAL_ESCAPE, '_x005F_$1').replace(INVALID, hex4);
}

/** Reverses encodeCellText, as Excel reads `_xHHHH_` in cell text. */
export function decodeCellText(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** escapeXml(encodeCellText(s)), testing the text once: most cell text needs neither. */
export function cellText(s: string): string {
  return NEEDS_WORK.test(s) ? escapeXml(encodeCellText(s)) : s;
}

/** Text and attribute values, with XML's special characters escaped and invalid characters dropped. */
export function escapeXml(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  // One plain replace per character present (ampersands first) is several times faster than a callback per match.
  let out = s.replace(INVALID, '');
  if (out.indexOf('&') >= 0) out = out.replace(/&/g, '&amp;');
  if (out.indexOf('<') >= 0) out = out.replace(/</g, '&lt;');
  if (out.indexOf('>') >= 0) out = out.replace(/>/g, '&gt;');
  if (out.indexOf('"') >= 0) out = out.replace(/"/g, '&quot;');
  return out;
}
