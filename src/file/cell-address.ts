import { fromA1, type CellRef } from '../engine/grid';

/**
 * `fromA1` for the addresses plans are made of, without a regular expression: a plain `C4` (one to
 * three capital letters, up to nine digits) is read by character codes; anything else (`$C$4`,
 * lower case, spaces, a bad address) goes to `fromA1`, so results and errors are the same. The file
 * adapter parses every written cell's address, tens of thousands a rating.
 */
export function parseAddress(address: string): CellRef {
  let column = 0;
  let i = 0;
  const n = address.length;
  for (; i < n && i < 4; i++) {
    const c = address.charCodeAt(i);
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  if (i === 0 || i > 3 || n - i > 9 || n === i) return fromA1(address);
  let row = 0;
  for (let j = i; j < n; j++) {
    const c = address.charCodeAt(j);
    if (c < 48 || c > 57) return fromA1(address);
    row = row * 10 + (c - 48);
  }
  return { row: row - 1, column: column - 1 };
}

/** Whether the address is already in the form a `<c r="...">` takes (no `$`, capitals). */
export function isPlainAddress(address: string): boolean {
  for (let i = 0; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}
