import { clearGrid } from '../engine';
import type { Problem } from '../engine/run/problem';
import { excelProblem } from './excel-problem';
import { readWorkbook } from './read-workbook';
import { engineOptions, type WorkbookRunOptions } from './run-scope';
import { writePlan } from './write-plan';

export type ClearResult = { ok: true; cellsRestored: number } | { ok: false; problem: Problem };

/** Puts back every cell a run wrote and removes the add-in's summary (3 syncs). */
export async function clearRatings(context: Excel.RequestContext, options: WorkbookRunOptions = {}): Promise<ClearResult> {
  try {
    const read = await readWorkbook(context);
    if (!read.ok) return read;
    const outcome = clearGrid(read.grid, engineOptions(options, read.grid, read.activeSheet));
    if (!outcome.ok) return outcome;
    const refused = await writePlan(context, read.grid, outcome.plan, options.maxRequestBytes);
    if (refused) return { ok: false, problem: refused };
    return { ok: true, cellsRestored: outcome.cellsRestored };
  } catch (error) {
    return { ok: false, problem: excelProblem(error) };
  }
}
