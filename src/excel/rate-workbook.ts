import { rateGrid } from '../engine';
import type { Problem } from '../engine/run/problem';
import type { RunReport } from '../engine/run/run-report';
import { excelProblem } from './excel-problem';
import { readWorkbook } from './read-workbook';
import { engineOptions, type WorkbookRunOptions } from './run-scope';
import { writePlan } from './write-plan';

export type RateResult =
  | { ok: true; report: RunReport; summarySheet: string | null; cellsWritten: number }
  | { ok: false; problem: Problem; report?: RunReport };

/**
 * Rate this quarter in the open workbook: read (2 syncs), rate with the engine, write (1 sync, or
 * more only past the 4 MB request limit), and activate the summary. Nothing is written unless the
 * whole plan can be applied to unprotected sheets.
 */
export async function rateWorkbook(context: Excel.RequestContext, options: WorkbookRunOptions = {}): Promise<RateResult> {
  try {
    const read = await readWorkbook(context);
    if (!read.ok) return read;
    const outcome = rateGrid(read.grid, engineOptions(options, read.grid, read.activeSheet));
    if (!outcome.ok) return outcome;
    const refused = await writePlan(context, read.grid, outcome.plan, options.maxRequestBytes);
    if (refused) return { ok: false, problem: refused, report: outcome.report };
    const summary = outcome.plan.sheets.find((s) => s.activate) ?? null;
    const cellsWritten = outcome.plan.writes.reduce((n, w) => n + w.cells.length, 0);
    return { ok: true, report: outcome.report, summarySheet: summary?.name ?? null, cellsWritten };
  } catch (error) {
    return { ok: false, problem: excelProblem(error) };
  }
}
