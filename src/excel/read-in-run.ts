import type { Problem } from '../engine/run/problem';
import { runBatch, supportsExcelApi, type OfficeHost } from './office-host';
import { readWorkbook, type ReadOptions, type ReadWorkbook } from './read-workbook';

/** The read of every action: one Excel.run of two syncs, outside any undo group (Rate may add its settings sheet there). */
export function readInRun(host: OfficeHost, options: Pick<ReadOptions, 'addSettingsSheet'> = {}): Promise<ReadWorkbook | { ok: false; problem: Problem }> {
  return runBatch(host, (context) => readWorkbook(context, { merges: supportsExcelApi(host, '1.13'), ...options }));
}
