import type { Problem } from '../engine/run/problem';
import { excelProblem } from './excel-problem';
import { runBatch, type OfficeHost } from './office-host';

/**
 * Shows a finding: activates its sheet and selects the cell (or `12:12` row, `C:C` column span).
 * An empty address only activates the sheet. One sync.
 */
export async function selectCell(host: OfficeHost, sheet: string, address: string): Promise<{ ok: true } | { ok: false; problem: Problem }> {
  try {
    return await runBatch(host, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      // Excel selects only on the active sheet.
      ws.activate();
      if (address) ws.getRange(address).untrack().select();
      await context.sync();
      return { ok: true as const };
    });
  } catch (error) {
    return { ok: false, problem: excelProblem(error) };
  }
}
