import type { CellValue, OwnSheetRole, SheetVisibility } from '../grid';

/**
 * Everything a run writes, as data. The file adapter (ExcelJS) and the Excel adapter (Office.js)
 * both apply the same plan, so a workbook rated in Excel and one rated on the command line
 * get the same cells.
 */

export interface CellStyle {
  /** `#RRGGBB`; null removes the fill. Undefined leaves it as it is. */
  fill?: string | null;
  /** `#RRGGBB`; null sets the automatic colour. Undefined leaves it as it is. */
  font?: string | null;
  bold?: boolean;
  /** Excel number format, e.g. `0%`. */
  numberFormat?: string;
  wrap?: boolean;
}

export interface CellWrite {
  /** A1 address on the plan's sheet. */
  address: string;
  /** Undefined leaves the value alone (a fill-only write). Strings are always written as text, never as formulas. */
  value?: CellValue;
  style?: CellStyle;
}

export interface SheetWrites {
  sheet: string;
  cells: CellWrite[];
}

/** A sheet the plan creates, or replaces wholesale when it already exists. */
export interface NewSheet {
  name: string;
  /** The add-in's own sheet of this role: the adapter (re)points the role's marker (a hidden defined name) at it. */
  role?: OwnSheetRole;
  visibility: SheetVisibility;
  cells: CellWrite[];
  /** Widths in characters, from column A. */
  columnWidths?: number[];
  /** Make it the active sheet after the run (the summary). */
  activate?: boolean;
}

export interface WritePlan {
  /** Writes into existing sheets (RAG, direction, flag fills, appended headers, restores on clear). */
  writes: SheetWrites[];
  /** Sheets to create or replace (the summary and the add-in's settings sheet). */
  sheets: NewSheet[];
  /** Sheets to delete (the add-in's own summary on clear); the adapter also removes any marker name pointing at them. */
  deleteSheets: string[];
}

export function emptyPlan(): WritePlan {
  return { writes: [], sheets: [], deleteSheets: [] };
}

export function countPlannedCells(plan: WritePlan): number {
  return plan.writes.reduce((n, w) => n + w.cells.length, 0) + plan.sheets.reduce((n, s) => n + s.cells.length, 0);
}
