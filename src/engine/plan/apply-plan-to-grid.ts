import type { CellValue, SheetGrid, WorkbookGrid } from '../grid';
import { OWN_SHEET_ROLES } from '../grid';
import { fromA1 } from '../grid/a1';
import type { CellWrite, NewSheet, WritePlan } from './write-plan';

function setAt<T>(grid: (T | undefined)[][], row: number, column: number, value: T | undefined): void {
  (grid[row] ??= [])[column] = value;
}

function writeCell(sheet: SheetGrid, w: CellWrite): void {
  const { row, column } = fromA1(w.address);
  if (w.value !== undefined) setAt<CellValue>(sheet.values, row, column, w.value === '' ? null : w.value);
  if (w.style?.fill !== undefined) setAt((sheet.fills ??= []), row, column, w.style.fill ?? undefined);
  if (w.style?.font !== undefined) setAt((sheet.fontColors ??= []), row, column, w.style.font ?? undefined);
  if (w.style?.numberFormat !== undefined) setAt((sheet.numberFormats ??= []), row, column, w.style.numberFormat);
}

function newSheet(s: NewSheet): SheetGrid {
  const sheet: SheetGrid = { name: s.name, visibility: s.visibility, protected: false, values: [], numberFormats: [], fills: [], fontColors: [] };
  for (const w of s.cells) writeCell(sheet, w);
  return sheet;
}

function clone(sheet: SheetGrid): SheetGrid {
  const copy2 = <T>(g?: T[][]) => g?.map((r) => (r ? [...r] : r));
  return { ...sheet, values: copy2(sheet.values)!, numberFormats: copy2(sheet.numberFormats), fills: copy2(sheet.fills), fontColors: copy2(sheet.fontColors) };
}

/**
 * Applies a plan to a grid, returning a new grid: the reference semantics both adapters follow
 * (and what engine tests use to check idempotence and Clear without any file or Excel).
 */
export function applyPlanToGrid(grid: WorkbookGrid, plan: WritePlan): WorkbookGrid {
  let sheets = grid.sheets.filter((s) => !plan.deleteSheets.includes(s.name)).map(clone);
  for (const w of plan.writes) {
    const sheet = sheets.find((s) => s.name === w.sheet);
    if (!sheet) throw new Error(`The plan writes to a sheet that does not exist: ${w.sheet}`);
    for (const c of w.cells) writeCell(sheet, c);
  }
  for (const s of plan.sheets) {
    const i = sheets.findIndex((x) => x.name.toLowerCase() === s.name.toLowerCase());
    if (i >= 0) sheets = [...sheets.slice(0, i), newSheet(s), ...sheets.slice(i + 1)];
    else sheets = [...sheets, newSheet(s)];
  }
  // The adapters' marker names: re-pointed at each sheet the plan creates for a role, removed with a deleted sheet.
  const ownSheets = { ...grid.ownSheets };
  for (const role of OWN_SHEET_ROLES) if (ownSheets[role] !== undefined && plan.deleteSheets.includes(ownSheets[role]!)) delete ownSheets[role];
  for (const s of plan.sheets) if (s.role) ownSheets[s.role] = s.name;
  return { sheets, ownSheets };
}
