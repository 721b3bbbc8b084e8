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
  | { kind: 'activate'; sheet: string };

/** Rough request size of an operation as Office.js serialises it: its arguments plus per-action overhead. */
export function operationBytes(op: ExcelOperation): number {
  const OVERHEAD = 160;
  if (op.kind !== 'block') return OVERHEAD + op.sheet.length * 2;
  let n = OVERHEAD * 3 + op.sheet.length + op.address.length;
  if (op.values) n += JSON.stringify(op.values).length + OVERHEAD;
  if (op.numberFormat) n += JSON.stringify(op.numberFormat).length + OVERHEAD;
  if (op.cellProperties) n += JSON.stringify(op.cellProperties).length + OVERHEAD;
  return n;
}
