import { clearGrid } from '../engine';
import type { Problem } from '../engine/run/problem';
import { excelProblem } from './excel-problem';
import type { OfficeHost } from './office-host';
import { readInRun } from './read-in-run';
import { engineOptions, type WorkbookRunOptions } from './run-scope';
import { writePlan, type UndoScope } from './write-plan';

export type ClearResult = { ok: true; cellsRestored: number; undo: UndoScope } | { ok: false; problem: Problem };

/**
 * Puts back every cell a run wrote and removes the add-in's summary: the read, then the sheet
 * deletion outside the undo group (Excel cannot undo it), then the restored cells in one undo step.
 */
export async function clearRatings(host: OfficeHost, options: WorkbookRunOptions = {}): Promise<ClearResult> {
  try {
    const read = await readInRun(host);
    if (!read.ok) return read;
    const outcome = clearGrid(read.grid, engineOptions(options, read.activeSheet));
    if (!outcome.ok) return outcome;
    const written = await writePlan(host, read, outcome.plan, options.maxRequestBytes);
    if (!written.ok) return written;
    return { ok: true, cellsRestored: outcome.cellsRestored, undo: written.undo };
  } catch (error) {
    return { ok: false, problem: excelProblem(error) };
  }
}
