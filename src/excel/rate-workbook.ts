import { rateGrid } from '../engine';
import type { Problem } from '../engine/run/problem';
import type { RunReport } from '../engine/run/run-report';
import { excelProblem } from './excel-problem';
import type { OfficeHost } from './office-host';
import { readInRun } from './read-in-run';
import { engineOptions, type WorkbookRunOptions } from './run-scope';
import { writePlan, type UndoScope } from './write-plan';

export type RateResult =
  | { ok: true; report: RunReport; summarySheet: string | null; cellsWritten: number; undo: UndoScope }
  | { ok: false; problem: Problem; report?: RunReport };

/**
 * Rate this quarter in the open workbook: read (one run, 2 syncs), rate with the engine, write (one
 * run of 1 sync, merged into one undo step where Excel allows; before it, a small run only when the
 * add-in's own sheets must be added or hidden), and land on the summary. Nothing is written unless
 * the whole plan can be applied to unprotected sheets.
 */
export async function rateWorkbook(host: OfficeHost, options: WorkbookRunOptions = {}): Promise<RateResult> {
  try {
    const read = await readInRun(host);
    if (!read.ok) return read;
    const outcome = rateGrid(read.grid, engineOptions(options, read.grid, read.activeSheet));
    if (!outcome.ok) return outcome;
    const written = await writePlan(host, read, outcome.plan, options.maxRequestBytes);
    if (!written.ok) return { ok: false, problem: written.problem, report: outcome.report };
    const summary = outcome.plan.sheets.find((s) => s.activate) ?? null;
    const cellsWritten = outcome.plan.writes.reduce((n, w) => n + w.cells.length, 0);
    return { ok: true, report: outcome.report, summarySheet: summary?.name ?? null, cellsWritten, undo: written.undo };
  } catch (error) {
    return { ok: false, problem: excelProblem(error) };
  }
}
