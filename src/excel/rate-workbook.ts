import { rateGrid } from '../engine';
import type { Problem } from '../engine/run/problem';
import type { RunReport } from '../engine/run/run-report';
import { excelProblem } from './excel-problem';
import { runBatch, type OfficeHost } from './office-host';
import { readInRun } from './read-in-run';
import { removeAddedSettingsSheet } from './read-workbook';
import { engineOptions, type WorkbookRunOptions } from './run-scope';
import { writePlan, type UndoScope } from './write-plan';

export type RateResult =
  | { ok: true; report: RunReport; summarySheet: string | null; cellsWritten: number; undo: UndoScope }
  | { ok: false; problem: Problem; report?: RunReport };

/**
 * Rate this quarter in the open workbook in three syncs: read (one run of 2 syncs; on a first rating
 * the very hidden settings sheet is added there, since hiding a sheet cannot join an undo group), rate
 * with the engine, write (one run of 1 sync, merged into one undo step where Excel allows: cells,
 * the summary and checks sheets, their markers). Only when the add-in must hide, reveal or delete a
 * sheet later on does a small run come before the write. Nothing is written unless the whole plan
 * can be applied to unprotected sheets, and a settings sheet added for a rating that is then
 * refused is taken away again.
 */
export async function rateWorkbook(host: OfficeHost, options: WorkbookRunOptions = {}): Promise<RateResult> {
  let added: string | undefined;
  try {
    const read = await readInRun(host, { addSettingsSheet: true });
    if (!read.ok) return read;
    added = read.addedSettingsSheet;
    const outcome = rateGrid(read.grid, engineOptions(options, read.activeSheet));
    if (!outcome.ok) return await takingBack(host, added, outcome);
    // A rating always fills the settings sheet (its ledger names the summary at least), so an added one is used.
    const written = await writePlan(host, read, outcome.plan, options.maxRequestBytes);
    if (!written.ok) {
      const result = { ok: false as const, problem: written.problem, report: outcome.report };
      return written.partial ? result : await takingBack(host, added, result);
    }
    const summary = outcome.plan.sheets.find((s) => s.activate) ?? null;
    const cellsWritten = outcome.plan.writes.reduce((n, w) => n + w.cells.length, 0);
    return { ok: true, report: outcome.report, summarySheet: summary?.name ?? null, cellsWritten, undo: written.undo };
  } catch (error) {
    return takingBack(host, added, { ok: false, problem: excelProblem(error) });
  }
}

/** The refused result, once the settings sheet this run added is gone again (best effort: the refusal is what the analyst needs to see). */
async function takingBack<T>(host: OfficeHost, added: string | undefined, result: T): Promise<T> {
  if (added) await runBatch(host, (context) => removeAddedSettingsSheet(context, added)).catch(() => undefined);
  return result;
}
