import type { WorkbookGrid } from '../grid';
import { toA1 } from '../grid/a1';
import type { Flag } from '../flags/flag';
import { makeFlag } from '../flags/make-flag';
import type { SheetWrites, WritePlan } from '../plan';
import { DEFAULT_RULES } from '../rules';
import { recogniseWorkbook, rulesFor } from './analyse-workbook';
import { holds, locator, restoreWrite } from './cell-anchors';
import type { Ledger } from './ledger';
import { currentOwnSheet, currentSummary } from './own-sheets';
import { readSettings, settingsSheet, type StoredSettings } from './settings-sheet';

export interface ClearPlan {
  plan: WritePlan;
  cellsRestored: number;
  /** Cells left as they are because the analyst changed them since the run; a damaged ledger. */
  flags: Flag[];
}

/**
 * Clear (spec §6): every cell a run wrote that still holds what the run wrote gets back what it
 * held before; cells changed since are left alone and reported. Each cell is found by its measure
 * and role in the sheet as it is now, so inserted and deleted rows and columns do not mislead it.
 * The add-in's summary and checks sheets go; stored rules and acceptances stay. `sheets` limits it to some sheets.
 */
export function planClear(grid: WorkbookGrid, sheets?: string[], settings: StoredSettings = readSettings(grid)): ClearPlan {
  const { ledger } = settings;
  const chosen = rulesFor(settings);
  const layouts = new Map(recogniseWorkbook(grid, chosen.ok ? chosen.rules : DEFAULT_RULES).map((l) => [l.sheet, l]));
  const only = sheets ? new Set(sheets) : undefined;
  const writes: SheetWrites[] = [];
  const flags: Flag[] = [];
  const kept: Ledger['sheets'] = new Map();
  let cellsRestored = 0;
  if (settings.ledgerDamaged && settings.sheet) flags.push(makeFlag('LEDGER_DAMAGED', { sheet: settings.sheet, cell: '' }, {}));
  for (const sheet of grid.sheets) {
    const entries = ledger.sheets.get(sheet.name);
    if (!entries?.length) continue;
    if (only && !only.has(sheet.name)) {
      kept.set(sheet.name, entries);
      continue;
    }
    const loc = locator(layouts.get(sheet.name)!);
    const refs = new Map(layouts.get(sheet.name)!.measures.map((m) => [m.row, m.ref]));
    const cells = [];
    const done = new Set<string>();
    for (const entry of entries) {
      const at = loc.find(entry);
      if (!at) continue; // its row or column was deleted: nothing of the add-in's is left there
      const address = toA1(at.row, at.column);
      if (done.has(address)) continue;
      done.add(address);
      if (holds(sheet, at, entry.wrote)) cells.push(restoreWrite(entry, at));
      else if (!holds(sheet, at, entry.before)) {
        flags.push(makeFlag('CELL_CHANGED', { sheet: sheet.name, cell: address, ref: refs.get(at.row) }, { fill: entry.role === 'fill', clearing: true }));
      }
    }
    if (cells.length) writes.push({ sheet: sheet.name, cells });
    cellsRestored += cells.length;
  }
  const clearingAll = kept.size === 0;
  const summary = currentSummary(grid, ledger.summarySheet);
  const checks = currentOwnSheet(grid, 'checks', ledger.checksSheet);
  const deleteSheets = clearingAll ? [summary?.name, checks?.name].filter((n): n is string => n !== undefined) : [];
  const remaining: Ledger = { summarySheet: clearingAll ? null : ledger.summarySheet, checksSheet: clearingAll ? null : (ledger.checksSheet ?? null), sheets: kept };
  // Acceptances are about the figures, not the run: Clear keeps them, as it keeps the rules.
  const settingsPlan = settings.sheet ? settingsSheet(settings.sheet, settings.rules, remaining, settings.acceptances) : null;
  if (!settingsPlan && settings.sheet) deleteSheets.push(settings.sheet);
  return { plan: { writes, sheets: settingsPlan ? [settingsPlan] : [], deleteSheets }, cellsRestored, flags };
}
