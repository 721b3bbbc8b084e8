import { planCirculation } from '../engine';
import { problem } from '../engine/messages';
import type { Problem } from '../engine/run/problem';
// The in-memory part of the file adapter: it runs in the task pane's browser.
import { applyPlan, openXlsxBuffer, xlsxToBuffer } from '../file/in-memory';
import { supportsExcelApi, type OfficeHost } from './office-host';
import { readDocumentFile, toBase64, type OfficeDocument } from './office-document';

export type CirculationResult = { ok: true; opened: string } | { ok: false; problem: Problem };

/**
 * "Prepare for circulation" in Excel: the document as Office gives it (the file as last saved: the
 * pane asks the analyst to save first), made into the committee copy by the file adapter in the
 * browser (the engine's circulation plan: no checks or settings sheet, no flag fills, small counts
 * as `c` when asked) and opened as a new workbook. The working workbook is never written.
 * `opened` lists the copy's sheets.
 */
export async function prepareCirculation(host: OfficeHost, office: OfficeDocument, options: { suppressSmall: boolean }): Promise<CirculationResult> {
  if (!supportsExcelApi(host, '1.8')) return { ok: false, problem: problem('NOT_SUPPORTED', 'open a new workbook from an add-in (ExcelApi 1.8)') };
  let bytes: Uint8Array;
  try {
    bytes = await readDocumentFile(office.document);
  } catch (error) {
    return { ok: false, problem: problem('COPY_FAILED', `Excel did not give the workbook's file (${error instanceof Error ? error.message : String(error)})`) };
  }
  const opened = await openXlsxBuffer(bytes, 'the saved workbook');
  if (!opened.ok) return opened;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const planned = planCirculation(opened.file.grid, { suppressSmall: options.suppressSmall, timeZone });
  if (!planned.ok) return { ok: false, problem: planned.problem };
  const applied = applyPlan(opened.file, planned.plan);
  if (!applied.ok) return applied;
  const copy = await xlsxToBuffer(opened.file);
  if (!copy.ok) return copy;
  try {
    await office.createWorkbook(toBase64(copy.data));
  } catch (error) {
    return { ok: false, problem: problem('COPY_FAILED', `Excel did not open the copy (${error instanceof Error ? error.message : String(error)})`) };
  }
  const removed = new Set(planned.plan.deleteSheets.map((n) => n.toLowerCase()));
  const sheets = opened.file.grid.sheets.filter((s) => !removed.has(s.name.toLowerCase()) && s.visibility === 'visible').map((s) => s.name);
  return { ok: true, opened: sheets.join(', ') };
}
