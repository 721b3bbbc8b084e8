export * from './grid';
export * from './values';
export * from './rules';
export * from './layout/sheet-layout';
export * from './flags/flag';
export * from './rating/measure-result';
export * from './plan';
export * from './run/run-report';
export * from './run/problem';
export { problem } from './messages';
export * from './run/run-workbook';
export { findScorecardSheets, recogniseWorkbook, SETTINGS_SHEET, SUMMARY_MARKER } from './workbook';
export * from './layout';
export { rateSheet } from './rating/rate-sheet';
export * from './summary';

// Safe writes (issue 9): the one result type, flags added to a report after the run, the core's plan check.
export type { Outcome, Refusal } from './run/outcome';
export type { ValidateOutcome, SaveRulesOutcome } from './run/run-report';
export { addFlags } from './run/add-flags';
export { checkPlan, isMergedAway, sheetNameProblem, MAX_CELL_TEXT, type PlanFinding, type PlanFindingKind } from './plan/check-plan';
