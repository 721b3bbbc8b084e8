import type { CellValue, SheetGrid } from './workbook-grid';

/** Safe reads from a ragged grid: absent rows and cells are blank. */
export function valueAt(sheet: SheetGrid, row: number, column: number): CellValue {
  const v = sheet.values[row]?.[column];
  return v === undefined ? null : v;
}

export function numberFormatAt(sheet: SheetGrid, row: number, column: number): string | undefined {
  return sheet.numberFormats?.[row]?.[column] || undefined;
}

export function hasFormulaAt(sheet: SheetGrid, row: number, column: number): boolean {
  return sheet.formulas?.[row]?.[column] === true;
}

export function fillAt(sheet: SheetGrid, row: number, column: number): string | undefined {
  return sheet.fills?.[row]?.[column] || undefined;
}

export function fontColorAt(sheet: SheetGrid, row: number, column: number): string | undefined {
  return sheet.fontColors?.[row]?.[column] || undefined;
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** Number of columns in the widest row. */
export function sheetWidth(sheet: SheetGrid): number {
  let w = 0;
  for (const row of sheet.values) if (row && row.length > w) w = row.length;
  return w;
}

/** Index of the last row that holds a non-blank value, or -1. Trailing formatted-but-empty rows are ignored. */
export function lastUsedRow(sheet: SheetGrid): number {
  for (let r = sheet.values.length - 1; r >= 0; r--) {
    const row = sheet.values[r];
    if (row && row.some((v) => !isBlank(v))) return r;
  }
  return -1;
}
