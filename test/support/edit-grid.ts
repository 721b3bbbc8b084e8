import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/engine';
import { a1 } from './grid';

/**
 * What an analyst does between two runs, on a grid: insert or delete a row or a column, as Excel
 * does it (values, formats, formulas, fills, font colours, merges and hidden rows / columns move
 * with their cells). Each returns a new workbook; the sheet is named, rows and columns are as the
 * user sees them (`insertRow(g, 'Scorecard', 9)` inserts above row 9).
 */

type Layer = 'values' | 'numberFormats' | 'formulas' | 'fills' | 'fontColors';
const LAYERS: Layer[] = ['values', 'numberFormats', 'formulas', 'fills', 'fontColors'];

function editSheet(grid: WorkbookGrid, name: string, edit: (s: SheetGrid) => SheetGrid): WorkbookGrid {
  if (!grid.sheets.some((s) => s.name === name)) throw new Error(`no sheet ${name}`);
  return { ...grid, sheets: grid.sheets.map((s) => (s.name === name ? edit(s) : s)) };
}

function mapLayers(s: SheetGrid, f: <T>(rows: T[][]) => T[][]): SheetGrid {
  const out: SheetGrid = { ...s };
  for (const layer of LAYERS) {
    const rows = s[layer] as unknown[][] | undefined;
    if (rows) (out as unknown as Record<Layer, unknown[][]>)[layer] = f(Array.from(rows, (r) => (r ? [...r] : [])));
  }
  return out;
}

/** Inserts a blank row above `row` (1-based). */
export function insertRow(grid: WorkbookGrid, sheet: string, row: number, cells: CellValue[] = []): WorkbookGrid {
  const r = row - 1;
  return editSheet(grid, sheet, (s) => {
    const out = mapLayers(s, (rows) => {
      while (rows.length < r) rows.push([]);
      rows.splice(r, 0, []);
      return rows;
    });
    out.values[r] = [...cells];
    out.merges = s.merges?.map((m) => (m.top >= r ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m.bottom >= r ? { ...m, bottom: m.bottom + 1 } : m));
    out.hiddenRows = s.hiddenRows?.map((h) => (h >= r ? h + 1 : h));
    return out;
  });
}

/** Deletes row `row` (1-based); merges inside it go, merges across it shrink. */
export function deleteRow(grid: WorkbookGrid, sheet: string, row: number): WorkbookGrid {
  const r = row - 1;
  return editSheet(grid, sheet, (s) => {
    const out = mapLayers(s, (rows) => (rows.splice(r, 1), rows));
    out.merges = s.merges
      ?.filter((m) => !(m.top === r && m.bottom === r))
      .map((m) => (m.top > r ? { ...m, top: m.top - 1, bottom: m.bottom - 1 } : m.bottom >= r ? { ...m, bottom: m.bottom - 1 } : m));
    out.hiddenRows = s.hiddenRows?.filter((h) => h !== r).map((h) => (h > r ? h - 1 : h));
    return out;
  });
}

/** Inserts a blank column before `letter` (`insertColumn(g, 'S', 'N')` puts a new N and moves N to O). */
export function insertColumn(grid: WorkbookGrid, sheet: string, letter: string): WorkbookGrid {
  const c = a1(`${letter}1`).column;
  return editSheet(grid, sheet, (s) => {
    const out = mapLayers(s, (rows) =>
      rows.map((row) => {
        if (row.length <= c) return row;
        row.splice(c, 0, undefined as never);
        return row;
      }),
    );
    out.values = out.values.map((row) => Array.from(row, (v) => (v === undefined ? null : v)));
    out.merges = s.merges?.map((m) => (m.left >= c ? { ...m, left: m.left + 1, right: m.right + 1 } : m.right >= c ? { ...m, right: m.right + 1 } : m));
    out.hiddenColumns = s.hiddenColumns?.map((h) => (h >= c ? h + 1 : h));
    return out;
  });
}

/** Deletes column `letter`. */
export function deleteColumn(grid: WorkbookGrid, sheet: string, letter: string): WorkbookGrid {
  const c = a1(`${letter}1`).column;
  return editSheet(grid, sheet, (s) => {
    const out = mapLayers(s, (rows) => rows.map((row) => (row.splice(c, 1), row)));
    out.merges = s.merges
      ?.filter((m) => !(m.left === c && m.right === c))
      .map((m) => (m.left > c ? { ...m, left: m.left - 1, right: m.right - 1 } : m.right >= c ? { ...m, right: m.right - 1 } : m));
    out.hiddenColumns = s.hiddenColumns?.filter((h) => h !== c).map((h) => (h > c ? h - 1 : h));
    return out;
  });
}

/** Types into cells (`{ N9: 'note' }`), as an analyst would: the value changes, formats stay. */
export function typeInto(grid: WorkbookGrid, sheet: string, cells: Record<string, CellValue>): WorkbookGrid {
  return editSheet(grid, sheet, (s) => {
    const values = Array.from(s.values, (r) => (r ? [...r] : []));
    for (const [address, value] of Object.entries(cells)) {
      const { row, column } = a1(address);
      (values[row] ??= [])[column] = value;
    }
    return { ...s, values };
  });
}
