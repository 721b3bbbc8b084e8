import { fromA1, type CellRange } from '../engine/grid';

/**
 * Rectangles of a RangeAreas address such as `Sheet1!C4:C9,Sheet1!F7` or `'My, sheet'!A1`
 * (the sheet part is dropped; sheet names may hold commas and quotes, so this is not a plain split).
 */
export function parseAreasAddress(address: string): CellRange[] {
  const out: CellRange[] = [];
  let i = 0;
  while (i < address.length) {
    if (address[i] === ',' || address[i] === ' ') {
      i++;
      continue;
    }
    if (address[i] === "'") {
      // Quoted sheet name: '' is an escaped quote.
      i++;
      while (i < address.length && !(address[i] === "'" && address[i + 1] !== "'")) i += address[i] === "'" ? 2 : 1;
      i++;
    }
    const bang = address.indexOf('!', i);
    const comma = address.indexOf(',', i);
    let start = i;
    if (bang >= 0 && (comma < 0 || bang < comma)) start = bang + 1;
    const end = address.indexOf(',', start);
    out.push(parseArea(address.slice(start, end < 0 ? address.length : end)));
    i = end < 0 ? address.length : end + 1;
  }
  return out;
}

function parseArea(area: string): CellRange {
  const [a, b] = area.replace(/\$/g, '').split(':');
  const from = fromA1(a);
  const to = b ? fromA1(b) : from;
  return { top: Math.min(from.row, to.row), left: Math.min(from.column, to.column), bottom: Math.max(from.row, to.row), right: Math.max(from.column, to.column) };
}
