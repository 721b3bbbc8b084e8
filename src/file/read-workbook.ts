import type ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../engine/grid';
import { readSheet } from './read-sheet';
import { workbookOf, type XlsxFile } from './xlsx-file';

/** Every worksheet, in tab order. */
export function readWorkbookGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  const date1904 = workbook.properties?.date1904 === true;
  return { sheets: workbook.worksheets.map((ws) => readSheet(ws, date1904)) };
}

/** The grid as the workbook stands now (after applyPlan), rather than as it was opened. */
export function rereadGrid(file: XlsxFile): WorkbookGrid {
  return readWorkbookGrid(workbookOf(file));
}

export function isEmptyGrid(grid: WorkbookGrid): boolean {
  return grid.sheets.every((s) => s.values.length === 0);
}
