import type { CellValue } from '../engine/grid';
import { cellText } from './xml-text';

/**
 * One `<c>` element. Strings go in as inline strings, always text (never a formula), with
 * characters XML cannot hold written as `_xHHHH_`; '' and null leave the cell blank (its format kept).
 */
export function cellXml(p: string, ref: string, style: number, value: CellValue): string {
  const s = style > 0 ? ` s="${style}"` : '';
  if (value === null || value === '') return `<${p}c r="${ref}"${s}/>`;
  if (typeof value === 'number') return `<${p}c r="${ref}"${s}><${p}v>${String(value)}</${p}v></${p}c>`;
  if (typeof value === 'boolean') return `<${p}c r="${ref}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  const text = cellText(value);
  const space = edgeSpace(value) ? ' xml:space="preserve"' : '';
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${text}</${p}t></${p}is></${p}c>`;
}

/** Whether the text starts or ends with white space (`/^\s|\s$/`), with printable ASCII at both ends decided without the regex. */
function edgeSpace(value: string): boolean {
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return false;
  return /^\s|\s$/.test(value);
}
