/**
 * Cost of "Rate this quarter" in Excel, measured through the strict fake (Excel on the web's limits):
 * syncs and request bytes for scorecards of 50, 500 and 5,000 measures. For `npm run bench`.
 */
import { rateWorkbook } from '../src/excel';
import { createFakeExcel } from '../test/support/fake-excel';
import { syntheticWorkbook } from '../examples/synthetic-scorecard';

export interface ExcelRunCost {
  syncs: number;
  /** Request bytes of all syncs (Office.js-shaped JSON of the queued operations). */
  requestBytes: number;
  /** Largest single response, to compare with the 5 MB limit of Excel on the web. */
  maxResponseBytes: number;
}

export async function measureRate(measures: number): Promise<ExcelRunCost> {
  const fake = createFakeExcel(syntheticWorkbook(measures));
  const result = await fake.run((context) => rateWorkbook(context, { now: new Date('2018-11-05T09:30:00Z') }));
  if (!result.ok) throw new Error(result.problem.message);
  const stats = fake.stats();
  return { syncs: stats.syncs, requestBytes: stats.requestBytes, maxResponseBytes: Math.max(...fake.syncs.map((s) => s.responseBytes)) };
}

/** `{ "50": {...}, "500": {...}, "5000": {...} }` */
export async function excelBench(sizes: number[] = [50, 500, 5000]): Promise<Record<string, ExcelRunCost>> {
  const out: Record<string, ExcelRunCost> = {};
  for (const n of sizes) out[String(n)] = await measureRate(n);
  return out;
}
