import type { WorkbookGrid } from '../engine/grid';
import { problem } from '../engine/messages';
import type { WritePlan } from '../engine/plan';
import type { Problem } from '../engine/run/problem';

/**
 * Excel would reject writes to a protected sheet halfway through a run; check every sheet the plan
 * touches first, so a protected sheet means nothing written at all.
 */
export function protectedSheetProblem(grid: WorkbookGrid, plan: WritePlan): Problem | null {
  const touched = new Set([...plan.writes.filter((w) => w.cells.length > 0).map((w) => w.sheet), ...plan.sheets.map((s) => s.name), ...plan.deleteSheets].map((n) => n.toLowerCase()));
  const locked = grid.sheets.find((s) => s.protected && touched.has(s.name.toLowerCase()));
  return locked ? problem('SHEET_PROTECTED', locked.name) : null;
}
