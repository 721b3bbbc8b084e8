/**
 * The Office.js adapter: the only code (with src/commands) that touches `Excel` / `Office`.
 * Each action takes an OfficeHost (Excel.run and the requirement-set check) and makes the runs it
 * needs, so the ribbon, the task pane and the tests share it.
 */
export { rateWorkbook, type RateResult } from './rate-workbook';
export { validateWorkbook, type ValidateResult } from './validate-workbook';
export { clearRatings, type ClearResult } from './clear-ratings';
export { loadRules, saveRules, type LoadRulesResult, type SaveRulesResult } from './workbook-rules';
export { selectCell } from './select-cell';
export { type WorkbookRunOptions } from './run-scope';
export { officeHost, runBatch, supportsExcelApi, type OfficeHost } from './office-host';
export { type UndoScope } from './write-plan';
export { createExcelPaneHost } from './excel-pane-host';
export { readWorkbook, MAX_READ_CELLS } from './read-workbook';
export { MAX_REQUEST_BYTES } from './apply-operations';
export { needsTextFormat } from './text-guard';
export { acceptFlag, revokeAcceptance, type AcceptResult } from './accept-flag';
export { prepareCirculation, type CirculationResult } from './prepare-circulation';
export { officeDocument, readDocumentFile, type OfficeDocument } from './office-document';
