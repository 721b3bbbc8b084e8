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

/** One row as read, before trimming: every cell ExcelJS holds, and where its content ends. */
interface ReadRow extends RowArrays {
  contentWidth: number;
}

/** Reads with findCell so the workbook is not changed by looking at it. */
function readRow(row: ExcelJS.Row, date1904: boolean): ReadRow {
  const out: ReadRow = { values: [], numberFormats: [], formulas: [], fills: [], fontColors: [], contentWidth: 0 };
  const cellCount = row.cellCount;
  for (let c = 1; c <= cellCount; c++) {
    const cell = row.findCell(c);
    const i = c - 1;
    if (!cell) {
      out.values[i] = null;
      continue;
    }
    const { value, formula } = readCellValue(cell, date1904);
    out.values[i] = value;
    out.numberFormats[i] = numberFormatOf(cell);
    out.formulas[i] = formula || undefined;
    out.fills[i] = fillOf(cell);
    out.fontColors[i] = argbToHex(cell.font?.color);
    if (isContent(value) || formula) out.contentWidth = c;
  }
  return out;
}

/**
 * Where a row is cut: after its last value, or after its last formatted cell inside the table's
 * width (an empty RAG cell's own fill must reach the engine so Clear can put it back), but never
 * out to column XFD because a whole row was formatted.
 */
function rowWidth(r: ReadRow, tableWidth: number): number {
  for (let i = Math.min(r.values.length, tableWidth) - 1; i >= r.contentWidth; i--) {
    if (r.fills[i] || r.fontColors[i] || r.numberFormats[i]) return i + 1;
  }
  return r.contentWidth;
}

function trimRow(r: ReadRow, width: number): RowArrays {
  const dense = <T>(arr: T[], blank: T): T[] => Array.from({ length: width }, (_, i) => (arr[i] === undefined ? blank : arr[i]));
  return {
    values: dense(r.values, null),
    numberFormats: dense(r.numberFormats, undefined),
    formulas: dense(r.formulas, undefined),
    fills: dense(r.fills, undefined),
    fontColors: dense(r.fontColors, undefined),
  };
}

const EMPTY_ROW: RowArrays = { values: [], numberFormats: [], formulas: [], fills: [], fontColors: [] };

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
 * A worksheet as a SheetGrid from A1, trimmed after the last row with content and, per row, after
 * its last value or formatted cell within the table's width, so formatted-but-empty rows and
 * columns cost nothing downstream. Rows without content are empty arrays.
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
  // eachRow visits only rows that hold something, so a million formatted empty rows are skipped.
  const read: ReadRow[] = [];
  ws.eachRow((row, rowNumber) => {
    const r = readRow(row, date1904);
    if (r.contentWidth > 0) read[rowNumber - 1] = r;
  });
  const rowCount = read.length;
  const tableWidth = read.reduce((w, r) => Math.max(w, r ? r.contentWidth : 0), 0);
  for (let i = 0; i < rowCount; i++) {
    const r = read[i] ? trimRow(read[i], rowWidth(read[i], tableWidth)) : EMPTY_ROW;
    grid.values[i] = r.values;
    grid.numberFormats![i] = r.numberFormats;
    grid.formulas![i] = r.formulas;
    grid.fills![i] = r.fills;
    grid.fontColors![i] = r.fontColors;
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
