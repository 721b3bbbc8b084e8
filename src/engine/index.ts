/**
 * The engine's one front door: everything the ribbon, the task pane, the CLI, the adapters and the
 * tests use, named one by one. Folders read as the pipeline (each imports only from earlier stages,
 * test/engine/stage-order.test.ts):
 *
 *   grid → values → rules → layout → flags → rating → summary → plan → workbook → run
 *
 * rules comes before layout because recognition reads its vocabulary from the rules; flags before
 * rating because rating raises flags (checks that need a rating live in rating/).
 */

// grid: the workbook as plain data, as adapters read it and plans change it
export type { CellRange, CellRef, CellValue, OwnSheetRole, SheetGrid, SheetVisibility, WorkbookGrid } from './grid';
export { columnIndex, columnLetters, fromA1, isBlank, lastUsedRow, numberFormatAt, OWN_SHEET_ROLES, ownSheetMarkerName, sheetAddress, sheetWidth, toA1, valueAt } from './grid';

// values: every cell read once into a kind
export type { ParsedValue, ValueKind, ValueMarkers } from './values';
export { asPercent, DEFAULT_MARKERS, figureOf, formatValue, hasValue, isDateFormat, isPercentFormat, isPercentValue, parseValue } from './values';

// rules: the zod rule set, its defaults and the vocabulary recognition reads
export type { HeaderWord, ParseRulesResult, RuleIssue, RuleSetInput, Vocabulary, WordSource } from './rules';
export {
  BUILT_IN_HEADER_WORDS,
  BUILT_IN_POLARITY_WORDS,
  ColumnKey,
  Comparator,
  DEFAULT_RULES,
  describeRuleIssues,
  Frequency,
  lookUpHeader,
  lookUpPolarity,
  MeasureOverride,
  normaliseWords,
  parseRules,
  parseRulesJson,
  Polarity,
  RuleSet,
  vocabularyOf,
} from './rules';

// layout: what recognition found on a sheet
export type {
  Band,
  Bands,
  ColumnMatch,
  ColumnRole,
  MeasureRow,
  NotScorecardLayout,
  QuarterColumn,
  QuarterIndex,
  ScorecardLayout,
  SectionRow,
  SheetLayout,
  UnmatchedHeader,
} from './layout';
export type { HeaderCell } from './layout';
export { headerCells, keyOfRole, readBands, recogniseSheet, roleOfKey } from './layout';

// flags: findings as data, every message in one place
export type { AcceptedFor, Flag, FlagCode, Severity } from './flags/flag';
export { Acceptance, isAcceptable, isFit, MAX_NOTE } from './flags/acceptance';
export { FLAG_CODES } from './flags/flag';
export { severityOf } from './flags/make-flag';
export { missingRatingRoles } from './flags/check-sheet';

// rating: one sheet's measures rated, and how each was rated
export type { Arrow, Judgement, MeasureResult, Rating } from './rating/measure-result';
export type { ContextualWhy, RatingKind, RatingWay } from './rating/rating-way';
export { overrideFor } from './rating/resolve-measure-rules';
export type { RatedSheet } from './rating/rate-sheet';

// summary and plan: what a run writes
export { countBySection, countRatings, emptyReport, rateSheet } from './summary';
export type { CellStyle, CellWrite, ChartSeries, ChartSpec, NewSheet, PrintSetup, SheetWrites, WritePlan } from './plan';
export { applyPlanToGrid, countPlannedCells, emptyPlan } from './plan';

// the run: entry points, report types (in one place: run/run-report.ts) and problems
export type { AcceptanceReport, ClearOutcome, Counts, RatedQuarter, RateOutcome, RunOptions, RunReport, SectionCounts, SheetReport } from './run/run-report';
export type { Problem, ProblemCode } from './run/problem';
export { problem } from './messages';
export { clearGrid, planSaveRules, rateGrid, readStoredRules, validateGrid } from './run/run-workbook';
export { findScorecardSheets, freeSheetName, recogniseWorkbook, SETTINGS_SHEET } from './workbook';
export { SUMMARY_TITLE } from './summary/summary-sheet';

// Safe writes: the one result type, flags added to a report after the run, the core's plan check.
export type { Outcome, Refusal } from './run/outcome';
export type { ValidateOutcome, SaveRulesOutcome } from './run/run-report';
export { addFlags } from './run/add-flags';
export { checkPlan, isMergedAway, sheetNameProblem, MAX_CELL_TEXT, type PlanFinding, type PlanFindingKind } from './plan/check-plan';

// Issue 12, fit to circulate: acceptances, the checks sheet, the committee copy and tables.
export type { AcceptOutcome, AcceptRequest, FlagIdentity } from './run/accept-flag';
export { planAccept, planRevokeAcceptance } from './run/accept-flag';
export type { CirculationOptions, CirculationOutcome } from './run/plan-circulation';
export { planCirculation } from './run/plan-circulation';
export type { CommitteeTables, RedAmberRow } from './summary';
export { CHECKS_SHEET, committeeTables, localDate, localTime, suppressionFootnote } from './summary';
