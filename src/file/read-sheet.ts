import type ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetGrid, SheetVisibility } from '../engine/grid';
import { readCellValue } from './cell-value';
import { argbToHex } from './colour';
import { isSheetProtected } from './sheet-lookup';

/** The parallel arrays of one grid row. */
interface RowArrays {
  values: CellValue[];
  numberFormats: (string | undefined)[];
  formulas: (boolean | undefined)[];
  fills: (string | undefined)[];
  fontColors: (string | undefined)[];
}

function isContent(v: CellValue): boolean {
  return v !== null && v !== '';
}

function numberFormatOf(cell: ExcelJS.Cell): string | undefined {
  const f = cell.numFmt;
  return f && f !== 'General' ? f : undefined;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  return argbToHex(fill.fgColor);
}

/**
 * One row, cut after its last cell with content: a row whose cells are merely formatted out to
 * column XFD stays short. Reads with findCell so the workbook is not changed by looking at it.
 */
function readRow(row: ExcelJS.Row, date1904: boolean): RowArrays {
  const out: RowArrays = { values: [], numberFormats: [], formulas: [], fills: [], fontColors: [] };
  let width = 0;
  const cellCount = row.cellCount;
  for (let c = 1; c <= cellCount; c++) {
    const cell = row.findCell(c);
    if (!cell) continue;
    const { value, formula } = readCellValue(cell, date1904);
    const i = c - 1;
    out.values[i] = value;
    out.numberFormats[i] = numberFormatOf(cell);
    out.formulas[i] = formula || undefined;
    out.fills[i] = fillOf(cell);
    out.fontColors[i] = argbToHex(cell.font?.color);
    if (isContent(value) || formula) width = c;
  }
  for (const key of Object.keys(out) as (keyof RowArrays)[]) {
    const arr = out[key] as unknown[];
    arr.length = width;
    // Holes left by absent cells become explicit blanks so every array is dense.
    for (let i = 0; i < width; i++) if (arr[i] === undefined) arr[i] = key === 'values' ? null : undefined;
  }
  return out;
}

/** ExcelJS keeps merges privately; the public `model` getter would serialise every row to reach them. */
function readMerges(ws: ExcelJS.Worksheet, rowCount: number): CellRange[] {
  const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(merges)
    .filter((m) => m && m.top <= rowCount)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

function visibilityOf(ws: ExcelJS.Worksheet): SheetVisibility {
  return ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible';
}

/**
 * A worksheet as a SheetGrid from A1, trimmed after the last row and (per row) the last column
 * with content, so formatted-but-empty rows and columns cost nothing downstream.
 */
export function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): SheetGrid {
  const grid: SheetGrid = {
    name: ws.name,
    visibility: visibilityOf(ws),
    protected: isSheetProtected(ws),
    values: [],
    numberFormats: [],
    formulas: [],
    fills: [],
    fontColors: [],
  };
  let rowCount = 0;
  // eachRow visits only rows that hold something, so a million formatted empty rows are skipped.
  ws.eachRow((row, rowNumber) => {
    const r = readRow(row, date1904);
    if (r.values.length === 0) return;
    const i = rowNumber - 1;
    grid.values[i] = r.values;
    grid.numberFormats![i] = r.numberFormats;
    grid.formulas![i] = r.formulas;
    grid.fills![i] = r.fills;
    grid.fontColors![i] = r.fontColors;
    rowCount = rowNumber;
  });
  for (const key of ['values', 'numberFormats', 'formulas', 'fills', 'fontColors'] as const) {
    const rows = grid[key] as unknown[][];
    rows.length = rowCount;
    for (let i = 0; i < rowCount; i++) if (!rows[i]) rows[i] = [];
  }
  const width = grid.values.reduce((w, row) => Math.max(w, row.length), 0);
  grid.merges = readMerges(ws, rowCount);
  grid.hiddenRows = [];
  for (let r = 1; r <= rowCount; r++) if (ws.findRow(r)?.hidden) grid.hiddenRows.push(r - 1);
  grid.hiddenColumns = [];
  const columns = ws.columns ?? [];
  for (let c = 0; c < Math.min(width, columns.length); c++) if (columns[c]?.hidden) grid.hiddenColumns.push(c);
  return grid;
}
