import type { SheetGrid, WorkbookGrid } from '../engine/grid';

export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Excel sheet names are unique regardless of case; prefer an exact match, then a case-insensitive one. */
export function findByName<T extends { name: string }>(items: readonly T[], name: string): T | undefined {
  return items.find((s) => s.name === name) ?? items.find((s) => sameSheetName(s.name, name));
}

export function findSheet(grid: WorkbookGrid, name: string): SheetGrid | undefined {
  return findByName(grid.sheets, name);
}
