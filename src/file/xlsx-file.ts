import type { WorkbookGrid } from '../engine/grid';
import type { Problem } from '../engine/run/problem';
import type { XlsxPackage } from './xlsx-package';

/**
 * An opened .xlsx / .xlsm: the grid the engine reads, plus the package the plan is patched into.
 * Callers never see the package; it travels as an opaque handle.
 */
export interface XlsxFile {
  /** What messages call the file (the path as the user typed it, or a browser file name). */
  readonly displayName: string;
  /** The workbook as opened. Not updated by applyPlan; use rereadGrid for the current state. */
  readonly grid: WorkbookGrid;
  readonly handle: XlsxHandle;
}

declare const handleBrand: unique symbol;
/** Opaque: only src/file knows what is inside. */
export interface XlsxHandle {
  readonly [handleBrand]: true;
}

export type OpenResult = { ok: true; file: XlsxFile } | { ok: false; problem: Problem };
export type FileResult = { ok: true } | { ok: false; problem: Problem };

/** The package and where its workbook part is. */
export interface OpenedPackage {
  pkg: XlsxPackage;
  workbookPart: string;
}

export function toHandle(opened: OpenedPackage): XlsxHandle {
  return opened as unknown as XlsxHandle;
}

export function packageOf(file: XlsxFile): OpenedPackage {
  return file.handle as unknown as OpenedPackage;
}
