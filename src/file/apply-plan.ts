import { problem } from '../engine/messages';
import type { WritePlan } from '../engine/plan';
import { activeSheetName, deleteSheet, putSheet, setActiveSheet } from './sheet-placement';
import { findWorksheet } from './sheet-lookup';
import { validatePlan } from './validate-plan';
import { writeCell } from './write-cell';
import { workbookOf, type FileResult, type XlsxFile } from './xlsx-file';

/** Workbooks left half-changed by an unexpected failure; saving them is refused. */
const damaged = new WeakSet<object>();

export function isDamaged(file: XlsxFile): boolean {
  return damaged.has(file.handle);
}

/**
 * Applies a WritePlan to the opened workbook in memory (saveXlsx writes it out). The plan is
 * checked first, so an invalid plan changes nothing. Only the named cells and sheets change.
 */
export function applyPlan(file: XlsxFile, plan: WritePlan): FileResult {
  const workbook = workbookOf(file);
  if (damaged.has(file.handle)) return { ok: false, problem: problem('WRITE_FAILED', 'an earlier change to this workbook failed part-way') };
  const refused = validatePlan(workbook, plan);
  if (refused) return { ok: false, problem: refused };
  try {
    const wasActive = activeSheetName(workbook);
    for (const w of plan.writes) {
      const ws = findWorksheet(workbook, w.sheet)!; // validated above
      for (const cell of w.cells) writeCell(ws, cell);
    }
    for (const s of plan.sheets) putSheet(workbook, s);
    for (const name of plan.deleteSheets) deleteSheet(workbook, name);
    const activate = plan.sheets.find((s) => s.activate)?.name;
    if (activate !== undefined || plan.sheets.length > 0 || plan.deleteSheets.length > 0) setActiveSheet(workbook, activate ?? wasActive);
  } catch (e) {
    damaged.add(file.handle);
    return { ok: false, problem: problem('WRITE_FAILED', e instanceof Error ? e.message : String(e)) };
  }
  return { ok: true };
}
