import type { CellValue } from '../engine/grid';
import { encodeCellText, escapeXml } from './xml-text';

/**
 * One `<c>` element. Strings go in as inline strings, always text (never a formula), with
 * characters XML cannot hold written as `_xHHHH_`; '' and null leave the cell blank (its format kept).
 */
export function cellXml(p: string, ref: string, style: number, value: CellValue): string {
  const s = style > 0 ? ` s="${style}"` : '';
  if (value === null || value === '') return `<${p}c r="${ref}"${s}/>`;
  if (typeof value === 'number') return `<${p}c r="${ref}"${s}><${p}v>${String(value)}</${p}v></${p}c>`;
  if (typeof value === 'boolean') return `<${p}c r="${ref}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  const text = escapeXml(encodeCellText(value));
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${text}</${p}t></${p}is></${p}c>`;
}
