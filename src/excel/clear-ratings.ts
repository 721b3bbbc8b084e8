import { clearGrid } from '../engine';
import type { Problem } from '../engine/run/problem';
import { applyOperations } from './apply-operations';
import { excelProblem } from './excel-problem';
import { protectedSheetProblem } from './plan-guard';
import { planToOperations } from './plan-to-operations';
import { readWorkbook } from './read-workbook';
import { engineOptions, type WorkbookRunOptions } from './run-scope';

export type ClearResult = { ok: true; cellsRestored: number } | { ok: false; problem: Problem };

/** Puts back every cell a run wrote and removes the add-in's summary (3 syncs). */
export async function clearRatings(context: Excel.RequestContext, options: WorkbookRunOptions = {}): Promise<ClearResult> {
  try {
    const read = await readWorkbook(context);
    if (!read.ok) return read;
    const outcome = clearGrid(read.grid, engineOptions(options, read.grid, read.activeSheet));
    if (!outcome.ok) return outcome;
    const locked = protectedSheetProblem(read.grid, outcome.plan);
    if (locked) return { ok: false, problem: locked };
    await applyOperations(context, planToOperations(outcome.plan, read.grid.sheets.map((s) => s.name)), { maxRequestBytes: options.maxRequestBytes });
    return { ok: true, cellsRestored: outcome.cellsRestored };
  } catch (error) {
    return { ok: false, problem: excelProblem(error) };
  }
}
