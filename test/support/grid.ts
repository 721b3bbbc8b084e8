import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/engine';
import { fromA1 } from '../../src/engine';

/** `a1('C4')` → zero-based { row, column }, so tests name cells the way a user does. */
export const a1 = fromA1;

/**
 * A sheet from an array literal. A number written as a string ending in `%` (e.g. '95%') is stored
 * as a number with a percent format, as Excel holds it; other strings stay text.
 */
export function sheet(name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  rows.forEach((row, r) => {
    values[r] = [];
    numberFormats[r] = [];
    row.forEach((v, c) => {
      if (typeof v === 'string' && /^-?\d+(\.\d+)?%$/.test(v)) {
        values[r][c] = Number(v.slice(0, -1)) / 100;
        numberFormats[r][c] = v.includes('.') ? '0.0%' : '0%';
      } else values[r][c] = v;
    });
  });
  return { name, visibility: 'visible', protected: false, values, numberFormats, ...extra };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** The cell a user would see at an address. */
export function at(s: SheetGrid, address: string): CellValue {
  const { row, column } = a1(address);
  return s.values[row]?.[column] ?? null;
}
