/** A1-style addresses for zero-based row / column indexes, and back. */

// Addresses are built for every written cell; the first few hundred column names are computed once.
const LETTERS: string[] = [];

export function columnLetters(column: number): string {
  if (column < 1024) return (LETTERS[column] ??= lettersOf(column));
  return lettersOf(column);
}

function lettersOf(column: number): string {
  let n = column + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function toA1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export interface CellRef {
  row: number;
  column: number;
}

/** Parses `C4` (also `$C$4`) into zero-based indexes; throws on anything else because addresses are produced by our own code. */
export function fromA1(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

/** `'RAG Summary'!B3` style reference, quoting the sheet name the way Excel does. */
export function sheetAddress(sheet: string, address: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}
