import type { WorkbookGrid } from '../grid';
import type { SheetWrites, WritePlan } from '../plan';
import { isSummarySheet } from './own-sheets';
import { restoreWrite } from './plan-rating';
import { isSettingsSheet, readSettings, settingsSheet, type StoredSettings } from './settings-sheet';

/**
 * Clear (spec §6): every cell a run wrote gets back the value, fill and font colour it had before
 * the first run; the add-in's summary sheet goes; stored rules stay. Sheets limits it to some sheets.
 */
export function planClear(grid: WorkbookGrid, sheets?: string[], settings: StoredSettings = readSettings(grid)): { plan: WritePlan; cellsRestored: number } {
  const ledger = settings.ledger;
  const existing = new Set(grid.sheets.map((s) => s.name));
  const writes: SheetWrites[] = [];
  const kept: typeof ledger.sheets = {};
  let cellsRestored = 0;
  for (const [sheet, entries] of Object.entries(ledger.sheets)) {
    if (!existing.has(sheet)) continue; // renamed or deleted since: nothing left to restore
    if (sheets && !sheets.includes(sheet)) {
      kept[sheet] = entries;
      continue;
    }
    writes.push({ sheet, cells: entries.map(restoreWrite) });
    cellsRestored += entries.length;
  }
  const clearingAll = !sheets || Object.keys(kept).length === 0;
  const deleteSheets = clearingAll ? grid.sheets.filter(isSummarySheet).map((s) => s.name) : [];
  const remaining = { summarySheet: clearingAll ? null : ledger.summarySheet, sheets: kept };
  const settingsPlan = settingsSheet(settings.rules, remaining);
  const current = grid.sheets.find(isSettingsSheet);
  if (!settingsPlan && current) deleteSheets.push(current.name);
  return { plan: { writes, sheets: settingsPlan ? [settingsPlan] : [], deleteSheets }, cellsRestored };
}
