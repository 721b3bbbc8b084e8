import type { SheetGrid, WorkbookGrid } from '../engine/grid';
import { problem } from '../engine/messages';
import type { CellWrite, NewSheet, WritePlan } from '../engine/plan';
import type { Problem } from '../engine/run/problem';
import { parseAddress } from './cell-address';
import { findSheet, sameSheetName } from './sheet-lookup';

const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;

/** Excel's own limits. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_TEXT = 32_767;

const BAD_NAME_CHARS = /[*?:/\\[\]]/;

/** Why Excel would refuse this sheet name, or null. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return 'a sheet name is empty';
  if (name.length > 31) return `sheet name "${name}" is longer than 31 characters`;
  if (BAD_NAME_CHARS.test(name)) return `sheet name "${name}" contains one of * ? : \\ / [ ]`;
  if (/^'|'$/.test(name)) return `sheet name "${name}" starts or ends with an apostrophe`;
  if (name.toLowerCase() === 'history') return 'the sheet name "History" is reserved by Excel';
  return null;
}

/** Why one cell write cannot be made, or null. */
export function cellWriteProblem(write: CellWrite): string | null {
  let row: number;
  let column: number;
  try {
    ({ row, column } = parseAddress(write.address));
  } catch {
    return `"${write.address}" is not a cell address`;
  }
  if (row < 0 || row >= MAX_ROWS || column < 0 || column >= MAX_COLUMNS) return `${write.address} is outside Excel's grid`;
  const v = write.value;
  if (typeof v === 'number' && !Number.isFinite(v)) return `${write.address} would hold ${v}, which is not a number Excel can store`;
  if (typeof v === 'string' && v.length > MAX_TEXT) return `${write.address} would hold ${v.length} characters; Excel cells hold at most ${MAX_TEXT}`;
  const s = write.style;
  if (s?.fill && !HEX_COLOUR.test(s.fill)) return `fill "${s.fill}" for ${write.address} is not a #RRGGBB colour`;
  if (s?.font && !HEX_COLOUR.test(s.font)) return `font colour "${s.font}" for ${write.address} is not a #RRGGBB colour`;
  if (s?.numberFormat !== undefined && s.numberFormat.trim() === '') return `the number format for ${write.address} is empty`;
  return null;
}

/** Value writes into a merged range other than its top-left cell would land in the anchor instead. */
function mergedAwayProblem(sheet: SheetGrid, write: CellWrite): string | null {
  if (write.value === undefined) return null;
  if (!sheet.merges?.length) return null;
  const { row, column } = parseAddress(write.address);
  const inside = (sheet.merges ?? []).some((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right && (row !== m.top || column !== m.left));
  return inside ? `${write.address} on "${sheet.name}" is inside a merged range` : null;
}

function failed(detail: string): Problem {
  return problem('PLAN_REFUSED', detail);
}

/**
 * Checks the whole plan against the workbook before anything changes, so a plan is applied
 * completely or not at all. Returns the first problem found, or null.
 */
export function validatePlan(grid: WorkbookGrid, plan: WritePlan, otherSheetNames: string[] = []): Problem | null {
  const deleted = plan.deleteSheets;
  const replaced = plan.sheets.map((s) => s.name);
  for (const w of plan.writes) {
    const ws = findSheet(grid, w.sheet);
    if (!ws) return problem('SHEET_NOT_FOUND', w.sheet);
    if (ws.protected) return problem('SHEET_PROTECTED', ws.name);
    if ([...deleted, ...replaced].some((n) => sameSheetName(n, w.sheet))) {
      return failed(`the run writes into sheet "${w.sheet}" and also removes it`);
    }
    for (const cell of w.cells) {
      const why = cellWriteProblem(cell) ?? mergedAwayProblem(ws, cell);
      if (why) return failed(why);
    }
  }
  const seen: string[] = [];
  for (const s of plan.sheets) {
    const why = sheetNameProblem(s.name);
    if (why) return failed(why);
    if (seen.some((n) => sameSheetName(n, s.name))) return failed(`sheet "${s.name}" is created twice`);
    if (otherSheetNames.some((n) => sameSheetName(n, s.name))) return failed(`a chart sheet is already named "${s.name}"`);
    if (deleted.some((n) => sameSheetName(n, s.name))) return failed(`sheet "${s.name}" is both created and deleted`);
    seen.push(s.name);
    for (const cell of s.cells) {
      const why2 = cellWriteProblem(cell);
      if (why2) return failed(`${why2} (sheet "${s.name}")`);
    }
    if ((s.columnWidths ?? []).some((w) => !Number.isFinite(w) || w < 0 || w > 255)) {
      return failed(`a column width on sheet "${s.name}" is outside 0-255`);
    }
    const why3 = printAndChartsProblem(s);
    if (why3) return failed(`${why3} (sheet "${s.name}")`);
  }
  return finalSheetsProblem(grid, plan);
}

const RANGE = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/;
const ROW_RANGE = /^\$?\d+:\$?\d+$/;

/** Why a sheet's print setup or charts cannot be written, or null. */
function printAndChartsProblem(s: NewSheet): string | null {
  const p = s.print;
  if (p && (!Number.isInteger(p.fitToPagesWide) || p.fitToPagesWide < 0 || p.fitToPagesWide > 32_767)) return `fit to ${p.fitToPagesWide} pages wide is not a page count`;
  if (p?.titleRows !== undefined && !ROW_RANGE.test(p.titleRows)) return `title rows "${p.titleRows}" are not a row range such as $1:$2`;
  for (const chart of s.charts ?? []) {
    const refs = [chart.categories, chart.anchor.from, chart.anchor.to, ...chart.series.flatMap((x) => [x.nameCell, x.values])];
    const bad = refs.find((r) => !RANGE.test(r.trim()));
    if (bad !== undefined) return `chart "${chart.title}" refers to "${bad}", which is not a cell range`;
    const colour = chart.series.find((x) => !HEX_COLOUR.test(x.colour));
    if (colour) return `chart "${chart.title}" colours a series "${colour.colour}", which is not a #RRGGBB colour`;
  }
  return null;
}

/** Excel cannot open a workbook without a visible sheet. */
function finalSheetsProblem(grid: WorkbookGrid, plan: WritePlan): Problem | null {
  const kept = grid.sheets
    .filter((ws) => !plan.deleteSheets.some((n) => sameSheetName(n, ws.name)))
    .filter((ws) => !plan.sheets.some((s) => sameSheetName(s.name, ws.name)))
    .map((ws) => ws.visibility);
  const visibilities = [...kept, ...plan.sheets.map((s) => s.visibility)];
  if (!visibilities.includes('visible')) return failed('the workbook would be left without a visible sheet');
  return null;
}
