import type ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../engine/grid';
import type { Problem } from '../engine/run/problem';

/**
 * An opened .xlsx: the grid the engine reads, plus the loaded workbook the plan is applied to.
 * Callers never see ExcelJS; the workbook travels as an opaque handle.
 */
export interface XlsxFile {
  /** What messages call the file (the path as the user typed it, or a browser file name). */
  readonly displayName: string;
  /** The workbook as opened. Not updated by applyPlan; use rereadGrid for the current state. */
  readonly grid: WorkbookGrid;
  readonly handle: XlsxHandle;
}

declare const handleBrand: unique symbol;
/** Opaque: only src/file knows it is an ExcelJS workbook. */
export interface XlsxHandle {
  readonly [handleBrand]: true;
}

export type OpenResult = { ok: true; file: XlsxFile } | { ok: false; problem: Problem };
export type FileResult = { ok: true } | { ok: false; problem: Problem };

export function toHandle(workbook: ExcelJS.Workbook): XlsxHandle {
  return workbook as unknown as XlsxHandle;
}

export function workbookOf(file: XlsxFile): ExcelJS.Workbook {
  return file.handle as unknown as ExcelJS.Workbook;
}
