import { columnIndex, columnLetters } from '../../../src/engine/grid';
import { FakeExcelError } from './fake-errors';
import { MAX_ROWS, type Rect } from './fake-workbook';

const LAST_COLUMN = 16383;

/** Sheet name as Excel writes it in an address: quoted unless it is a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet1!A1:C3`, `'My sheet'!A:A`; the form Excel returns from `Range.address`. */
export function formatRangeAddress(sheet: string, r: Rect): string {
  let body: string;
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) body = `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  else if (r.left === 0 && r.right === LAST_COLUMN) body = `${r.top + 1}:${r.bottom + 1}`;
  else {
    const a = `${columnLetters(r.left)}${r.top + 1}`;
    const b = `${columnLetters(r.right)}${r.bottom + 1}`;
    body = a === b ? a : `${a}:${b}`;
  }
  return `${quoteSheet(sheet)}!${body}`;
}

/** Parses what `Worksheet.getRange` accepts: `A1`, `$A$1:B2`, `A:C`, `2:5`, optionally prefixed by this sheet's name. */
export function parseRangeAddress(address: string, sheetName: string): Rect {
  let body = address.trim();
  const bang = body.lastIndexOf('!');
  if (bang >= 0) {
    let prefix = body.slice(0, bang);
    if (prefix.startsWith("'") && prefix.endsWith("'")) prefix = prefix.slice(1, -1).replace(/''/g, "'");
    if (prefix.toLowerCase() !== sheetName.toLowerCase()) throw new FakeExcelError('InvalidArgument', `The address ${address} is not on sheet ${sheetName}.`);
    body = body.slice(bang + 1);
  }
  const parts = body.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length > 2) throw bad(address);
  const ends = parts.map((p) => parseEnd(p, address));
  const [a, b] = ends.length === 2 ? ends : [ends[0], ends[0]];
  if (a.kind !== b.kind) throw bad(address);
  if (a.kind === 'cell' && b.kind === 'cell') return norm(a.row, a.column, b.row, b.column);
  if (a.kind === 'column' && b.kind === 'column') return norm(0, a.column, MAX_ROWS - 1, b.column);
  if (a.kind === 'row' && b.kind === 'row') return norm(a.row, 0, b.row, LAST_COLUMN);
  throw bad(address);
}

type End = { kind: 'cell'; row: number; column: number } | { kind: 'column'; row: -1; column: number } | { kind: 'row'; row: number; column: -1 };

function parseEnd(part: string, address: string): End {
  let m = /^([A-Z]{1,3})(\d+)$/.exec(part);
  if (m) return { kind: 'cell', row: Number(m[2]) - 1, column: columnIndex(m[1]) };
  m = /^([A-Z]{1,3})$/.exec(part);
  if (m) return { kind: 'column', row: -1, column: columnIndex(m[1]) };
  m = /^(\d+)$/.exec(part);
  if (m) return { kind: 'row', row: Number(m[1]) - 1, column: -1 };
  throw bad(address);
}

function norm(r1: number, c1: number, r2: number, c2: number): Rect {
  const rect = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  if (rect.top < 0 || rect.bottom >= MAX_ROWS || rect.left < 0 || rect.right > LAST_COLUMN) throw new FakeExcelError('InvalidArgument', 'The address is outside the sheet.');
  return rect;
}

function bad(address: string): FakeExcelError {
  return new FakeExcelError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${address}`);
}
