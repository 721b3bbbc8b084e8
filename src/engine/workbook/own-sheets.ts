import type { SheetGrid, WorkbookGrid } from '../grid';
import { valueAt } from '../grid/sheet-cells';
import { isSettingsSheet } from './settings-sheet';

/** A1 of every summary sheet the add-in writes: how it knows a sheet is its own and may be replaced. */
export const SUMMARY_MARKER = 'Scorecard Rater: RAG summary';

export function isSummarySheet(sheet: SheetGrid): boolean {
  return valueAt(sheet, 0, 0) === SUMMARY_MARKER;
}

export function isOwnSheet(sheet: SheetGrid): boolean {
  return isSummarySheet(sheet) || isSettingsSheet(sheet);
}

/**
 * The summary's name: the rules' name when free or already the add-in's own summary; otherwise
 * `Name (2)`, `Name (3)`… so a user's sheet of that name is never overwritten (spec §6).
 */
export function chooseSummaryName(grid: WorkbookGrid, base: string): string {
  const byName = new Map(grid.sheets.map((s) => [s.name.toLowerCase(), s]));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : ` (${i})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    const existing = byName.get(name.toLowerCase());
    if (!existing || isSummarySheet(existing)) return existing ? existing.name : name;
  }
}
