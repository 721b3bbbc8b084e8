import type { CellValue } from '../engine/grid';

/**
 * One step of applying a plan in Excel, as data: what `apply-operations` turns into Office.js calls.
 * Keeping it data lets the coalescing and chunking be tested without Excel, and sized before sending.
 */
export type ExcelOperation =
  /** Create a sheet, or empty an existing one the plan replaces wholesale (keeps its tab position and any references to it). */
  | { kind: 'prepareSheet'; sheet: string; exists: boolean }
  /** A rectangle of cells; `null` entries leave a cell as it is (Office.js semantics). */
  | {
      kind: 'block';
      sheet: string;
      /** A1 rectangle on the sheet, e.g. `K5:L40`. */
      address: string;
      rows: number;
      columns: number;
      values?: (CellValue | '')[][];
      numberFormat?: (string | null)[][];
      cellProperties?: Excel.SettableCellProperties[][];
    }
  | { kind: 'clearFill'; sheet: string; address: string }
  | { kind: 'columnWidth'; sheet: string; column: string; points: number }
  | { kind: 'visibility'; sheet: string; visibility: 'Visible' | 'Hidden' | 'VeryHidden' }
  | { kind: 'deleteSheet'; sheet: string }
  /** Point the add-in's hidden marker name (`ScorecardRater_<role>`) at a sheet; `exists` says whether the name is already there. */
  | { kind: 'marker'; name: string; sheet: string; exists: boolean }
  | { kind: 'removeMarker'; name: string }
  | { kind: 'activate'; sheet: string };

/**
 * Operations Excel cannot undo (Microsoft's "Excel add-ins undo capabilities" lists sheet visibility
 * and deletion; adding sheets and names is kept with them to be safe): they run before, and outside,
 * the undo group that writes the cells.
 */
export function isStructural(op: ExcelOperation): boolean {
  if (op.kind === 'prepareSheet') return !op.exists;
  return op.kind === 'visibility' || op.kind === 'deleteSheet' || op.kind === 'marker' || op.kind === 'removeMarker';
}

/**
 * Request size of an operation as Microsoft's client serialises it (UTF-8 bytes of the JSON, which
 * is what Excel's 5 MB limit counts: an arrow is 3 bytes), plus the object paths and actions around
 * each call. Calibrated against the real request JSON in test/excel (within a few percent, never under).
 */
export function operationBytes(op: ExcelOperation): number {
  const ACTION = 110;
  const PATH = 130;
  if (op.kind !== 'block') return PATH * 2 + ACTION * 2 + utf8Bytes(JSON.stringify(op));
  let n = PATH * 2 + ACTION + utf8Bytes(op.sheet) + op.address.length;
  if (op.values) n += utf8Bytes(JSON.stringify(op.values)) + ACTION;
  if (op.numberFormat) n += utf8Bytes(JSON.stringify(op.numberFormat)) + ACTION;
  if (op.cellProperties) n += utf8Bytes(JSON.stringify(op.cellProperties)) + ACTION;
  return n;
}

/** UTF-8 length without Buffer or TextEncoder (works in every Office host). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
