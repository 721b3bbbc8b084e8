import type { WorkbookGrid } from '../grid';
import { problem } from '../messages';
import type { WritePlan } from '../plan';
import type { RuleSet } from '../rules';
import { analyseWorkbook, rulesFor } from '../workbook/analyse-workbook';
import { planClear } from '../workbook/plan-clear';
import { planRating } from '../workbook/plan-rating';
import { readSettings, settingsSheet } from '../workbook/settings-sheet';
import type { Problem } from './problem';
import type { ClearOutcome, RateOutcome, RunOptions, RunReport } from './run-report';

/**
 * The engine's entry points. The ribbon, the task pane, the command line and the tests all call
 * these on a WorkbookGrid; adapters only read grids and apply plans.
 */

/** Recognition and every check, writing nothing (spec §5 "Validate"). */
export function validateGrid(grid: WorkbookGrid, options: RunOptions = {}): { ok: true; report: RunReport } | { ok: false; problem: Problem } {
  const result = analyseWorkbook(grid, options);
  return result.ok ? { ok: true, report: result.analysis.report } : result;
}

/** Rates and returns what to write; refuses a protected sheet before planning any write. */
export function rateGrid(grid: WorkbookGrid, options: RunOptions = {}): RateOutcome {
  const result = analyseWorkbook(grid, options);
  if (!result.ok) return result;
  const { analysis } = result;
  const locked = grid.sheets.find((s) => s.protected && analysis.rated.includes(s.name));
  if (locked) return { ok: false, problem: problem('SHEET_PROTECTED', locked.name), report: analysis.report };
  return { ok: true, report: analysis.report, plan: planRating(grid, analysis) };
}

/** Puts back everything a run wrote (spec §6 "Clear"). */
export function clearGrid(grid: WorkbookGrid, options: RunOptions = {}): ClearOutcome {
  const settings = readSettings(grid);
  const locked = grid.sheets.find((s) => s.protected && (!options.sheets || options.sheets.includes(s.name)) && settings.ledger.sheets[s.name]);
  if (locked) return { ok: false, problem: problem('SHEET_PROTECTED', locked.name) };
  const { plan, cellsRestored } = planClear(grid, options.sheets, settings);
  return { ok: true, plan, cellsRestored };
}

/** Stores the rules in the workbook (the settings sheet), keeping the ledger. */
export function planSaveRules(grid: WorkbookGrid, rules: RuleSet): WritePlan {
  const settings = readSettings(grid);
  return { writes: [], sheets: [settingsSheet(rules, settings.ledger)!], deleteSheets: [] };
}

export function readStoredRules(grid: WorkbookGrid): { rules: RuleSet; source: 'default' | 'workbook' } | { problem: Problem } {
  const chosen = rulesFor(readSettings(grid));
  if (!chosen.ok) return { problem: chosen.problem };
  return { rules: chosen.rules, source: chosen.source === 'workbook' ? 'workbook' : 'default' };
}
