import type { CellRange, SheetGrid, WorkbookGrid } from '../grid';
import { fromA1 } from '../grid/a1';
import type { CellWrite, WritePlan } from './write-plan';

/**
 * The checks every adapter needs before writing, once, in the core: Rate, Clear and saving rules
 * refuse a plan with findings (nothing written), and Validate reports the same findings as flags,
 * so Validate predicts what Rate would refuse. Adapters keep only what is specific to them.
 */

/** Excel's limits. */
export const MAX_CELL_TEXT = 32_767;
const MAX_SHEET_NAME = 31;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const BAD_NAME_CHARS = /[*?:/\\[\]]/;

export type PlanFindingKind = 'protected' | 'missing-sheet' | 'text-too-long' | 'sheet-name' | 'merged' | 'outside-grid';

export interface PlanFinding {
  kind: PlanFindingKind;
  sheet: string;
  /** A1 address, or '' for the whole sheet. */
  cell: string;
  /** What is wrong, in plain words (the message adds what to do). */
  detail: string;
}

const BAND = 64;
// Merges by band of rows, built once per sheet (grids are not changed in place): a check per written cell stays cheap on sheets with thousands of merges.
const mergeBands = new WeakMap<SheetGrid, Map<number, CellRange[]>>();

function bandsOf(sheet: SheetGrid): Map<number, CellRange[]> {
  let bands = mergeBands.get(sheet);
  if (!bands) {
    bands = new Map();
    for (const m of sheet.merges ?? []) {
      for (let b = Math.floor(m.top / BAND); b <= Math.floor(m.bottom / BAND); b++) {
        const band = bands.get(b);
        if (band) band.push(m);
        else bands.set(b, [m]);
      }
    }
    mergeBands.set(sheet, bands);
  }
  return bands;
}

/** A cell inside a merged area other than its top-left: a value written there lands nowhere Excel shows. */
export function isMergedAway(sheet: SheetGrid, row: number, column: number): boolean {
  if (!sheet.merges?.length) return false;
  const near = bandsOf(sheet).get(Math.floor(row / BAND)) ?? [];
  return near.some((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right && (row !== m.top || column !== m.left));
}

/** Why Excel would refuse this sheet name, or null. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim().length === 0) return 'a sheet name is empty';
  if (name.length > MAX_SHEET_NAME) return `the sheet name "${name}" is longer than ${MAX_SHEET_NAME} characters`;
  if (BAD_NAME_CHARS.test(name)) return `the sheet name "${name}" contains one of * ? : \\ / [ ]`;
  if (/^'|'$/.test(name)) return `the sheet name "${name}" starts or ends with an apostrophe`;
  if (name.toLowerCase() === 'history') return 'the sheet name "History" is reserved by Excel';
  return null;
}

function cellProblem(write: CellWrite): { kind: PlanFindingKind; detail: string } | null {
  const { row, column } = fromA1(write.address);
  if (row >= MAX_ROWS || column >= MAX_COLUMNS) return { kind: 'outside-grid', detail: `${write.address} is outside Excel's grid` };
  if (typeof write.value === 'string' && write.value.length > MAX_CELL_TEXT) {
    return { kind: 'text-too-long', detail: `${write.address} would hold ${write.value.length} characters; an Excel cell holds at most ${MAX_CELL_TEXT}` };
  }
  return null;
}

/** Every reason the plan cannot be applied to this workbook as it is; empty when it can. */
export function checkPlan(grid: WorkbookGrid, plan: WritePlan): PlanFinding[] {
  const findings: PlanFinding[] = [];
  const byName = new Map(grid.sheets.map((s) => [s.name.toLowerCase(), s]));
  const replaced = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const deleted = new Set(plan.deleteSheets.map((n) => n.toLowerCase()));

  const touched = new Set<string>();
  for (const w of plan.writes) if (w.cells.length) touched.add(w.sheet.toLowerCase());
  for (const n of [...replaced, ...deleted]) touched.add(n);
  for (const key of touched) {
    const sheet = byName.get(key);
    if (sheet?.protected) findings.push({ kind: 'protected', sheet: sheet.name, cell: '', detail: `sheet "${sheet.name}" is protected` });
  }

  for (const w of plan.writes) {
    const sheet = byName.get(w.sheet.toLowerCase());
    if (!sheet) {
      findings.push({ kind: 'missing-sheet', sheet: w.sheet, cell: '', detail: `there is no sheet "${w.sheet}"` });
      continue;
    }
    for (const cell of w.cells) {
      const why = cellProblem(cell);
      if (why) findings.push({ ...why, sheet: sheet.name, cell: cell.address });
      const { row, column } = fromA1(cell.address);
      if (cell.value !== undefined && isMergedAway(sheet, row, column)) {
        findings.push({ kind: 'merged', sheet: sheet.name, cell: cell.address, detail: `${cell.address} is inside a merged area` });
      }
    }
  }

  const created = new Set<string>();
  for (const s of plan.sheets) {
    const why = sheetNameProblem(s.name);
    if (why) findings.push({ kind: 'sheet-name', sheet: s.name, cell: '', detail: why });
    const key = s.name.toLowerCase();
    if (created.has(key) || deleted.has(key)) findings.push({ kind: 'sheet-name', sheet: s.name, cell: '', detail: `the sheet name "${s.name}" is used twice` });
    created.add(key);
    const existing = byName.get(key);
    if (existing && !(s.role && grid.ownSheets?.[s.role] === existing.name)) {
      findings.push({ kind: 'sheet-name', sheet: s.name, cell: '', detail: `the sheet "${existing.name}" is not the add-in's own and would be replaced` });
    }
    for (const cell of s.cells) {
      const bad = cellProblem(cell);
      if (bad) findings.push({ ...bad, sheet: s.name, cell: cell.address });
    }
  }
  return findings;
}
