/**
 * Cost of "Rate this quarter" in Excel, measured on the real wire: Microsoft's Excel client library
 * (@microsoft/office-js) builds every request, and the strict fake (Excel on the web's limits)
 * answers it. Per size: the first rating of a workbook (whose read also adds the very hidden settings
 * sheet, outside the undo group) and a second rating. For `npm run bench`.
 */
import { rateWorkbook } from '../src/excel';
import { createOfficeJsExcel, type OfficeJsExcel } from '../test/support/office-js';
import { syntheticWorkbook } from '../examples/synthetic-scorecard';

export interface ExcelRunCost {
  /** context.sync() calls of the run's batches (Excel.run's own cleanup requests not included). */
  syncs: number;
  /** Cleanup requests Excel.run sent after a batch to release tracked objects, and their bytes. */
  cleanupSyncs: number;
  cleanupBytes: number;
  /** Bytes of all batch requests, as Microsoft's client serialised them (UTF-8 JSON). */
  requestBytes: number;
  /** Largest single request, against the adapter's 4 MB split and Excel on the web's 5 MB limit. */
  maxRequestBytes: number;
  /** Largest single response, against the 5 MB limit of Excel on the web. */
  maxResponseBytes: number;
  /** `_KeepReference` / `_RemoveReference` actions sent. */
  referenceActions: number;
  /** Excel.run calls, and the Ctrl+Z presses that undo the cells and sheets written (hiding the settings sheet is outside the group: Excel cannot undo it). */
  runs: number;
  cellUndoSteps: number;
  /** Calls Excel cannot undo, made outside a group: on Windows and Mac each clears the analyst's undo history. */
  undoHistoryClears: number;
}

const NOW = new Date('2018-11-05T09:30:00Z');

async function rateOnce(excel: OfficeJsExcel): Promise<ExcelRunCost> {
  excel.resetStats();
  const clearsBefore = excel.fake.workbook.undoHistoryClearedBy.length;
  const result = await rateWorkbook(excel.host, { now: NOW });
  if (!result.ok) throw new Error(result.problem.message);
  const stats = excel.stats();
  const { syncs, cleanupSyncs, cleanupBytes, requestBytes, maxRequestBytes, maxResponseBytes, referenceActions } = stats;
  const cellUndoSteps = excel.runs.filter((r) => r.options?.mergeUndoGroup).reduce((n, r) => n + r.undoSteps, 0);
  const undoHistoryClears = excel.fake.workbook.undoHistoryClearedBy.length - clearsBefore;
  return { syncs, cleanupSyncs, cleanupBytes, requestBytes, maxRequestBytes, maxResponseBytes, referenceActions, runs: excel.runs.length, cellUndoSteps, undoHistoryClears };
}

export async function measureRate(measures: number): Promise<{ first: ExcelRunCost; again: ExcelRunCost }> {
  const excel = createOfficeJsExcel(syntheticWorkbook(measures));
  const first = await rateOnce(excel);
  const again = await rateOnce(excel);
  return { first, again };
}

/** `{ "50": { first, again }, "500": …, "5000": …, "8000": … }` */
export async function excelBench(sizes: number[] = [50, 500, 5000, 8000]): Promise<Record<string, { first: ExcelRunCost; again: ExcelRunCost }>> {
  const out: Record<string, { first: ExcelRunCost; again: ExcelRunCost }> = {};
  for (const n of sizes) out[String(n)] = await measureRate(n);
  return out;
}
