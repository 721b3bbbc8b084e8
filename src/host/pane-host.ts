import type { ClearOutcome, Problem, QuarterIndex, RuleSet, RunReport } from '../engine';

/**
 * Everything the task pane needs from its host, as a small interface: components get it
 * through props and never call Excel.run themselves. In Excel it is backed by the Office.js
 * adapter (src/excel); in the harness by the same adapter running on the strict fake.
 */
export type HostResult<T> = ({ ok: true } & T) | { ok: false; problem: Problem };

export interface RunRequest {
  /** Sheet to rate; default the active sheet when it is a scorecard, else the first scorecard sheet. */
  sheet?: string;
  quarter?: QuarterIndex;
}

export interface PaneHost {
  /** Recognise and check without writing (also what the pane shows on open). */
  validate(request?: RunRequest): Promise<HostResult<{ report: RunReport }>>;
  rate(request?: RunRequest): Promise<HostResult<{ report: RunReport; summarySheet: string }>>;
  clear(request?: RunRequest): Promise<HostResult<Omit<Extract<ClearOutcome, { ok: true }>, 'ok' | 'plan' | 'flags'>>>;
  /** Select a cell in the workbook (a finding was clicked); fails, for example, when the sheet was renamed since. */
  selectCell(sheet: string, address: string): Promise<HostResult<object>>;
  /** Rules stored in the workbook, or the defaults. */
  loadRules(): Promise<HostResult<{ rules: RuleSet; source: 'default' | 'workbook' }>>;
  saveRules(rules: RuleSet): Promise<HostResult<object>>;
}
