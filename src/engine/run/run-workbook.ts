import type { WorkbookGrid } from '../grid';
import type { Flag } from '../flags/flag';
import { makeFlag } from '../flags/make-flag';
import { problem } from '../messages';
import { checkPlan, type PlanFinding, type PlanFindingKind } from '../plan/check-plan';
import type { WritePlan } from '../plan';
import type { RuleSet } from '../rules';
import { applyAcceptances } from '../workbook/acceptances';
import { analyseWorkbook, chooseSheets, findScorecardSheets, rulesFor } from '../workbook/analyse-workbook';
import { uniqueSheetName } from '../workbook/own-sheets';
import { planClear } from '../workbook/plan-clear';
import { planRating } from '../workbook/plan-rating';
import { readSettings, SETTINGS_SHEET, settingsSheet } from '../workbook/settings-sheet';
import { addFlags } from './add-flags';
import type { Problem } from './problem';
import type { ClearOutcome, RateOutcome, RunOptions, RunReport, SaveRulesOutcome, ValidateOutcome } from './run-report';

/**
 * The engine's entry points. The ribbon, the task pane, the command line and the tests all call
 * these on a WorkbookGrid; adapters only read grids and apply plans.
 */

/** Why the whole plan is refused (nothing is written), or null: the first finding of the core's plan check. */
export function refusal(grid: WorkbookGrid, plan: WritePlan): Problem | null {
  const first = checkPlan(grid, plan)[0];
  if (!first) return null;
  return first.kind === 'protected' ? problem('SHEET_PROTECTED', first.sheet) : problem('PLAN_REFUSED', `${first.detail} (sheet "${first.sheet}"). ${FIX[first.kind]}`);
}

const FIX: Record<PlanFindingKind, string> = {
  protected: 'Unprotect the sheet (Review > Unprotect Sheet), then run again.',
  merged: 'Unmerge the cells (Home > Merge & Center > Unmerge Cells) so the add-in can write there, then run again.',
  'text-too-long': 'Shorten the text it comes from, then run again.',
  'sheet-name': 'Rename the sheet, or give the summary another name in the rules, then run again.',
  'missing-sheet': 'Save and reopen the workbook, then run again.',
  'outside-grid': 'Move the scorecard table away from the last rows and columns of the sheet, then run again.',
};

/** Validate predicts Rate: what Rate would refuse becomes a flag with its fix, on the sheet concerned. */
function findingFlags(report: RunReport, findings: PlanFinding[]): Flag[] {
  const protectedFlagged = new Set(report.flags.filter((f) => f.code === 'SHEET_PROTECTED').map((f) => f.sheet));
  return findings
    .filter((f) => !(f.kind === 'protected' && protectedFlagged.has(f.sheet)))
    .map((f) => makeFlag('CANNOT_WRITE', { sheet: f.sheet, cell: f.cell }, { detail: f.detail, fix: FIX[f.kind] }));
}

/**
 * Recognition and every check, writing nothing (spec §5 "Validate"). It plans the rating as Rate
 * would, so cells changed since the last run and everything Rate would refuse are flagged too.
 */
export function validateGrid(grid: WorkbookGrid, options: RunOptions = {}): ValidateOutcome {
  const result = analyseWorkbook(grid, options);
  if (!result.ok) return result;
  const planned = planRating(grid, result.analysis);
  const report = addFlags(planned.report, findingFlags(planned.report, checkPlan(grid, planned.plan)));
  return { ok: true, report: applyAcceptances(grid, report, result.analysis.settings.acceptances) };
}

/** Rates and returns what to write; refuses the whole plan when any part of it cannot be written. */
export function rateGrid(grid: WorkbookGrid, options: RunOptions = {}): RateOutcome {
  const result = analyseWorkbook(grid, options);
  if (!result.ok) return result;
  const { plan, report } = planRating(grid, result.analysis);
  const refused = refusal(grid, plan);
  if (refused) return { ok: false, problem: refused, report };
  return { ok: true, report, plan };
}

/** Puts back everything a run wrote that is still as the run left it (spec §6 "Clear"). */
export function clearGrid(grid: WorkbookGrid, options: RunOptions = {}): ClearOutcome {
  const settings = readSettings(grid);
  const scoped = options.sheets ?? (options.oneSheet ? chooseSheets(findScorecardSheets(grid, options.rules, settings), options) : undefined);
  const { plan, cellsRestored, flags } = planClear(grid, scoped?.length ? scoped : undefined, settings);
  const refused = refusal(grid, plan);
  if (refused) return { ok: false, problem: refused };
  return { ok: true, plan, cellsRestored, flags };
}

/** Stores the rules in the workbook (the settings sheet), keeping the ledger. */
export function planSaveRules(grid: WorkbookGrid, rules: RuleSet): SaveRulesOutcome {
  const settings = readSettings(grid);
  const name = settings.sheet ?? uniqueSheetName(grid, SETTINGS_SHEET);
  const plan: WritePlan = { writes: [], sheets: [settingsSheet(name, rules, settings.ledger, settings.acceptances)!], deleteSheets: [] };
  const refused = refusal(grid, plan);
  return refused ? { ok: false, problem: refused } : { ok: true, plan };
}

export function readStoredRules(grid: WorkbookGrid): { rules: RuleSet; source: 'default' | 'workbook' } | { problem: Problem } {
  const chosen = rulesFor(readSettings(grid));
  if (!chosen.ok) return { problem: chosen.problem };
  return { rules: chosen.rules, source: chosen.source === 'workbook' ? 'workbook' : 'default' };
}
