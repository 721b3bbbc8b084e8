import type ExcelJS from 'exceljs';
import { fromA1 } from '../engine/grid';
import type { CellStyle, CellWrite } from '../engine/plan';
import { hexToArgb } from './colour';

/**
 * The cell's style with the plan's changes. Always a new object: ExcelJS shares one style object
 * between every cell loaded with the same style, so changing it in place would recolour cells
 * the plan never named.
 */
export function restyle(current: Partial<ExcelJS.Style> | undefined, change: CellStyle): Partial<ExcelJS.Style> {
  const next: Partial<ExcelJS.Style> = structuredClone(current ?? {});
  if (change.fill === null) delete next.fill;
  else if (change.fill !== undefined) next.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(change.fill) } };
  if (change.font !== undefined || change.bold !== undefined) {
    // Keep the font's other properties (name, size, italic): only the colour or weight changes.
    const font: Partial<ExcelJS.Font> = { ...next.font };
    if (change.font === null) delete font.color;
    else if (change.font !== undefined) font.color = { argb: hexToArgb(change.font) };
    if (change.bold !== undefined) font.bold = change.bold;
    next.font = font;
  }
  if (change.numberFormat !== undefined) next.numFmt = change.numberFormat;
  if (change.wrap !== undefined) next.alignment = { ...next.alignment, wrapText: change.wrap };
  return next;
}

/** One planned write. Strings go in as plain text (ExcelJS never parses `=...` in a string into a formula). */
export function writeCell(ws: ExcelJS.Worksheet, write: CellWrite): void {
  const { row, column } = fromA1(write.address);
  const cell = ws.getCell(row + 1, column + 1);
  // '' clears the cell, as typing nothing does in Excel; any other string lands as plain text.
  if (write.value !== undefined) cell.value = write.value === '' ? null : write.value;
  if (write.style) cell.style = restyle(cell.style, write.style);
}
