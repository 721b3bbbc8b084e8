import type { CellValue, OwnSheetRole, SheetGrid, WorkbookGrid } from '../engine/grid';
import { toA1 } from '../engine/grid';
import type { CellStyle, CellWrite, NewSheet, WritePlan } from '../engine/plan';
import type { FakeCell, FakeSheet, FakeWorkbook } from '../../test/support/fake-excel';

/**
 * What the fake workbook holds that the opened file does not, as a WritePlan for the file adapter.
 * The harness saves by applying this plan to a fresh copy of the original file, so every formula,
 * style and comment the add-in did not touch is kept exactly as it was in the .xlsx.
 */
export function workbookChanges(original: WorkbookGrid, after: FakeWorkbook): WritePlan {
  const plan: WritePlan = { writes: [], sheets: [], deleteSheets: [] };
  const byName = new Map(original.sheets.map((s) => [s.name.toLowerCase(), s]));
  // The add-in's own sheets carry their marker into the file: a sheet the file does not know as that role is written whole, with it.
  const roles = new Map(Object.entries(after.ownSheets()).map(([role, name]) => [name.toLowerCase(), role as OwnSheetRole]));
  const markedBefore = new Set(Object.values(original.ownSheets ?? {}).map((n) => n.toLowerCase()));
  for (const sheet of after.sheets) {
    const key = sheet.name.toLowerCase();
    const before = byName.get(key);
    byName.delete(key);
    const role = roles.get(key);
    if (role && !markedBefore.has(key)) {
      plan.sheets.push({ ...newSheet(sheet), role });
    } else if (before) {
      const cells = changedCells(before, sheet);
      if (cells.length) plan.writes.push({ sheet: sheet.name, cells });
    } else {
      plan.sheets.push(newSheet(sheet));
    }
  }
  plan.deleteSheets.push(...[...byName.values()].map((s) => s.name));
  return plan;
}

const MAX_COLUMNS = 16384;

const norm = {
  colour: (c: string | undefined | null) => (c ? c.toUpperCase() : undefined),
  format: (f: string | undefined) => (!f || f === 'General' ? undefined : f),
};

function styleOf(c: FakeCell): CellStyle {
  const style: CellStyle = {};
  if (c.fill) style.fill = c.fill;
  if (c.fontColor) style.font = c.fontColor;
  if (c.bold) style.bold = true;
  if (c.wrap) style.wrap = true;
  if (c.numberFormat) style.numberFormat = c.numberFormat;
  return style;
}

function changedCells(before: SheetGrid, sheet: FakeSheet): CellWrite[] {
  const writes: CellWrite[] = [];
  const seen = new Set<number>();
  for (const [key, c] of sheet.cells) {
    const row = Math.floor(key / MAX_COLUMNS);
    const column = key % MAX_COLUMNS;
    seen.add(key);
    const was: CellValue = before.values[row]?.[column] ?? null;
    const style: CellStyle = {};
    if (norm.colour(before.fills?.[row]?.[column]) !== norm.colour(c.fill)) style.fill = c.fill ?? null;
    if (norm.colour(before.fontColors?.[row]?.[column]) !== norm.colour(c.fontColor)) style.font = c.fontColor ?? null;
    const format = norm.format(c.numberFormat);
    if (norm.format(before.numberFormats?.[row]?.[column]) !== format && format) style.numberFormat = format;
    const valueChanged = was !== c.value && !c.formula;
    if (!valueChanged && Object.keys(style).length === 0) continue;
    // Bold and wrap are not in the grid, so they are only carried on cells that changed anyway (appended headers).
    if (c.bold) style.bold = true;
    if (c.wrap) style.wrap = true;
    writes.push({ address: toA1(row, column), ...(valueChanged ? { value: c.value } : {}), ...(Object.keys(style).length ? { style } : {}) });
  }
  // Cells the add-in emptied (Clear removing appended RAG / direction headers, restored fills).
  before.values.forEach((cells, row) =>
    cells?.forEach((v, column) => {
      const fill = before.fills?.[row]?.[column];
      const font = before.fontColors?.[row]?.[column];
      if (seen.has(row * MAX_COLUMNS + column) || (v === null && !fill && !font)) return;
      const style: CellStyle = {};
      if (fill) style.fill = null;
      if (font) style.font = null;
      writes.push({ address: toA1(row, column), ...(v !== null ? { value: null } : {}), ...(Object.keys(style).length ? { style } : {}) });
    }),
  );
  return writes;
}

function newSheet(sheet: FakeSheet): NewSheet {
  const cells: CellWrite[] = [...sheet.cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, c]) => {
      const style = styleOf(c);
      return { address: toA1(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS), value: c.value, ...(Object.keys(style).length ? { style } : {}) };
    });
  const widths = [...sheet.columnWidths.entries()];
  const out: NewSheet = { name: sheet.name, visibility: sheet.visibility, cells };
  if (widths.length) {
    const columnWidths: number[] = [];
    // Office.js widths are points; the plan's are characters (about 5.25 points each at Calibri 11).
    for (const [col, points] of widths) columnWidths[col] = Math.round((points / 5.25) * 10) / 10;
    out.columnWidths = Array.from(columnWidths, (w) => w ?? 8.43);
  }
  return out;
}
