/**
 * The plain model of a workbook that every adapter produces and the engine reads.
 * It mirrors what Office.js hands back for a used range (parallel 2-D arrays from A1),
 * so the Excel adapter and the file adapter fill it the same way.
 */

/** A raw cell value. Formula errors are their Excel text (`#DIV/0!`); dates are Excel serial numbers with a date number format. */
export type CellValue = string | number | boolean | null;

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/** Zero-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  /** Row-major from A1. Rows may be ragged or shorter than the sheet; absent cells are blank. */
  values: CellValue[][];
  /** Number format per cell, same shape as values where known; absent or '' means General. */
  numberFormats?: (string | undefined)[][];
  /** True where the cell holds a formula (its value is the formula's result). */
  formulas?: (boolean | undefined)[][];
  /** Fill colour per cell as `#RRGGBB`, absent when none. Only needed to restore cells on Clear. */
  fills?: (string | undefined)[][];
  /** Font colour per cell as `#RRGGBB`, absent when automatic. */
  fontColors?: (string | undefined)[][];
  merges?: CellRange[];
  /** Zero-based indexes. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

/**
 * The add-in's own sheets (spec §6): known by a stable marker, never by their name or text. Each
 * adapter stores the marker as a hidden workbook-level defined name `ScorecardRater_<role>` whose
 * reference names the sheet (`='RAG Summary'!$A$1`): Excel and other programs keep it pointing at the
 * sheet when it is renamed, and a copy of the sheet does not carry it.
 */
export type OwnSheetRole = 'summary' | 'checks' | 'settings';
export const OWN_SHEET_ROLES: readonly OwnSheetRole[] = ['summary', 'checks', 'settings'];
/** The defined name that marks the add-in's sheet of a role. */
export function ownSheetMarkerName(role: OwnSheetRole): string {
  return `ScorecardRater_${role}`;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** Role → the name of the sheet its marker points to, as the adapter read it (absent: no marker, or a broken one). */
  ownSheets?: Partial<Record<OwnSheetRole, string>>;
}
