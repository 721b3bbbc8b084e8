import type { WorkbookGrid } from '../engine/grid';
import type { WritePlan } from '../engine/plan';
import type { Problem } from '../engine/run/problem';
import { applyOperations } from './apply-operations';
import { protectedSheetProblem } from './plan-guard';
import { planToOperations } from './plan-to-operations';

/**
 * The one way a plan reaches Excel: refuse it whole if it touches a protected sheet, otherwise
 * queue it as range operations and sync (one sync unless the request passes the size limit).
 */
export async function writePlan(context: Excel.RequestContext, grid: WorkbookGrid, plan: WritePlan, maxRequestBytes?: number): Promise<Problem | null> {
  const locked = protectedSheetProblem(grid, plan);
  if (locked) return locked;
  const ops = planToOperations(plan, grid.sheets.map((s) => s.name));
  await applyOperations(context, ops, { maxRequestBytes });
  return null;
}
