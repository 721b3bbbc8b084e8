import type { WritePlan } from '../engine/plan';
import { problem } from '../engine/messages';
import type { Problem } from '../engine/run/problem';
import { applyOperations, withWorkbookAsItIs } from './apply-operations';
import { splitByUndo } from './excel-operation';
import { excelProblem } from './excel-problem';
import { runBatch, supportsExcelApi, type OfficeHost } from './office-host';
import { protectedSheetProblem } from './plan-guard';
import { planToOperations } from './plan-to-operations';
import type { ReadWorkbook } from './read-workbook';

/**
 * How the cells of a run can be undone: `one-step` (one Ctrl+Z, ExcelApi 1.20's undo group),
 * `step-by-step` (no group: older Excel, or Excel refused to group the run), `none` (nothing written).
 */
export type UndoScope = 'one-step' | 'step-by-step' | 'none';

/** `partial`: Excel stopped part-way through the cells, so some may be written. */
export type WriteOutcome = { ok: true; undo: UndoScope } | { ok: false; problem: Problem; partial?: true };

/**
 * The one way a plan reaches Excel. Refused whole if it touches a protected sheet. Otherwise in up
 * to two runs: first, only when needed, the calls Excel cannot undo (hide, reveal or delete a sheet,
 * with the markers of deleted sheets), outside any undo group; then everything else (cells, new
 * sheets and their marker names, page setup, charts) in one run that Excel merges into one undo
 * step where it can (one sync, more only past the request-size limit). If Excel still refuses to
 * group it (UndoNotSupported), it is written again without the group, from the workbook as the
 * refused try left it. Excel does not roll back a failed batch, so a failure says what may already
 * be written.
 */
export async function writePlan(host: OfficeHost, read: ReadWorkbook, plan: WritePlan, maxRequestBytes?: number): Promise<WriteOutcome> {
  const locked = protectedSheetProblem(read.grid, plan);
  if (locked) return { ok: false, problem: locked };
  const features = { pageLayout: supportsExcelApi(host, '1.9'), reversePlotOrder: supportsExcelApi(host, '1.7') };
  const ops = planToOperations(plan, { sheets: read.grid.sheets, ownSheets: read.grid.ownSheets, markerNames: read.markerNames, charts: read.charts }, features);
  const { outside: structural, grouped: cells } = splitByUndo(ops);
  try {
    if (structural.length) await runBatch(host, (context) => applyOperations(context, structural, { maxRequestBytes }));
  } catch (error) {
    return { ok: false, problem: problem('EXCEL_PARTIAL', `${detail(error)} while adding, hiding or removing the add-in's own sheets. No cell of your sheets was changed; run it again, and if it persists, save and reopen the workbook.`) };
  }
  if (cells.length === 0) return { ok: true, undo: structural.length ? 'step-by-step' : 'none' };
  const grouped = supportsExcelApi(host, '1.20');
  try {
    await runBatch(host, (context) => applyOperations(context, cells, { maxRequestBytes }), { undoGroup: true });
    return { ok: true, undo: grouped ? 'one-step' : 'step-by-step' };
  } catch (error) {
    if (grouped && codeOf(error) === 'UndoNotSupported') {
      try {
        await runBatch(host, async (context) => applyOperations(context, await withWorkbookAsItIs(context, cells), { maxRequestBytes }));
        return { ok: true, undo: 'step-by-step' };
      } catch (again) {
        return { ok: false, problem: cellsProblem(again, false), partial: true };
      }
    }
    return { ok: false, problem: cellsProblem(error, grouped), partial: true };
  }
}

function cellsProblem(error: unknown, grouped: boolean): Problem {
  const undo = grouped ? 'press Ctrl+Z once' : 'use Undo';
  return problem('EXCEL_PARTIAL', `${detail(error)}. Some of this run's cells may already be written: ${undo} or click Clear ratings to put them back, then try again.`);
}

function detail(error: unknown): string {
  return excelProblem(error).message.replace(/^Excel reported a problem: /, '').replace(/\. Nothing was written.*$/, '');
}

function codeOf(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}
