import type { ClearOutcome, FlagIdentity, Problem, QuarterIndex, RuleSet, RunReport } from '../engine';

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
  /** Accept a warning or a small count with a short note, stored in the workbook (spec §5); the report as it reads afterwards. */
  accept(flag: FlagIdentity, note: string): Promise<HostResult<{ report: RunReport }>>;
  /** Take an acceptance back; the report as it reads afterwards. */
  revokeAcceptance(flag: FlagIdentity): Promise<HostResult<{ report: RunReport }>>;
  /**
   * "Prepare for circulation" (spec §6): builds the committee copy from the document as saved in the
   * host (in Excel: Office's compressed file, patched by the file adapter in the browser) and opens it
   * as a new workbook; the working workbook is not changed. Refused while errors remain.
   */
  prepareCirculation(options: { suppressSmall: boolean }): Promise<HostResult<{ opened: string }>>;
}
