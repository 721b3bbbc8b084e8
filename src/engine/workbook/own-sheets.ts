import type { OwnSheetRole, SheetGrid, WorkbookGrid } from '../grid';
import { OWN_SHEET_ROLES } from '../grid';

/**
 * The add-in's own sheets are known only by their marker (`grid.ownSheets`, read by the adapters
 * from hidden defined names), never by name or cell text: a user's sheet that shares a name or a
 * title with one of them is the user's. Sheets of the previous version, recognised by the text in
 * A1, carry no marker and so are user sheets now.
 */

/**
 * The sheet the role's marker points at, if it exists. The add-in never leaves its settings sheet
 * visible, so a settings marker on a visible sheet is broken and that sheet is the user's. Hidden
 * counts as the add-in's: LibreOffice has no "very hidden" and saves it as hidden (the next rating
 * makes it very hidden again).
 */
export function ownSheet(grid: WorkbookGrid, role: OwnSheetRole): SheetGrid | undefined {
  const name = grid.ownSheets?.[role];
  const sheet = typeof name === 'string' ? grid.sheets.find((s) => s.name === name) : undefined;
  return role === 'settings' && sheet?.visibility === 'visible' ? undefined : sheet;
}

/** Sheet name → role, for every marked sheet that exists. */
export function ownSheetRoles(grid: WorkbookGrid): Map<string, OwnSheetRole> {
  const roles = new Map<string, OwnSheetRole>();
  for (const role of OWN_SHEET_ROLES) {
    const sheet = ownSheet(grid, role);
    if (sheet) roles.set(sheet.name, role);
  }
  return roles;
}

/**
 * The add-in's summary from the last run: the marked sheet, as long as it still has the name the
 * add-in gave it. A summary the analyst renamed is theirs now (a kept copy of last quarter's
 * summary, say): it is left alone and the run writes a fresh one.
 */
export function currentSummary(grid: WorkbookGrid, recordedName: string | null): SheetGrid | undefined {
  return currentOwnSheet(grid, 'summary', recordedName);
}

/** The same rule for any of the add-in's visible sheets (the summary, the checks sheet). */
export function currentOwnSheet(grid: WorkbookGrid, role: OwnSheetRole, recordedName: string | null | undefined): SheetGrid | undefined {
  const sheet = ownSheet(grid, role);
  return sheet && sheet.name === recordedName ? sheet : undefined;
}

/**
 * A name for one of the add-in's sheets: `base` when free, else `base (2)`, `base (3)`…, so a
 * user's sheet is never replaced (spec §6). `reuse` is the add-in's own sheet of that role, which
 * may keep its name; `taken` are names already given in the same plan.
 */
export function uniqueSheetName(grid: WorkbookGrid, base: string, reuse?: string, taken: string[] = []): string {
  return freeSheetName(grid.sheets.map((s) => s.name), base, reuse, taken);
}

/** The same choice from the sheet names alone, compared case-insensitively as Excel does (the Excel adapter knows the names before it reads any cell). */
export function freeSheetName(sheetNames: readonly string[], base: string, reuse?: string, taken: string[] = []): string {
  const existing = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const planned = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : ` (${i})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    const key = name.toLowerCase();
    if (planned.has(key)) continue;
    const found = existing.get(key);
    if (found === undefined) return name;
    if (found === reuse) return found;
  }
}
