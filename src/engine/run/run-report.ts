import type { Flag, FlagCode } from '../flags/flag';
import type { ColumnMatch, QuarterIndex, SheetLayout } from '../layout/sheet-layout';
import type { MeasureResult } from '../rating/measure-result';
import type { RuleSet } from '../rules';
import type { WritePlan } from '../plan';
import type { Outcome } from './outcome';

export interface Counts {
  red: number;
  amber: number;
  green: number;
  na: number;
  total: number;
}

export interface SectionCounts {
  section: string;
  rag: Counts;
  direction: Counts;
}

export interface RatedQuarter {
  index: QuarterIndex;
  /** The column header as the sheet has it, e.g. `Qu 2 18-19`. */
  label: string;
  column: ColumnMatch;
  /** True when the user picked it rather than the rightmost quarter with values. */
  chosen: boolean;
}

export interface SheetReport {
  name: string;
  recognised: boolean;
  reason: string;
  layout: SheetLayout;
  quarter: RatedQuarter | null;
  counts: { rag: Counts; direction: Counts };
  bySection: SectionCounts[];
  measures: MeasureResult[];
  flags: Flag[];
}

export interface RunReport {
  sheets: SheetReport[];
  /** Every flag of every sheet, workbook-level ones (hidden sheets) included, in sheet order. */
  flags: Flag[];
  /** No error-severity flag that is not accepted: the workbook may be circulated (warnings are for the analyst to accept). */
  fit: boolean;
  /** Every acceptance stored in the workbook and what became of it in this run (the pane, the checks sheet, the CLI). */
  acceptances?: AcceptanceReport[];
  rules: RuleSet;
  rulesSource: 'default' | 'workbook' | 'option';
  /** ISO timestamp of the run. */
  ratedAt: string;
}

export interface RunOptions {
  /** Rules to use instead of those stored in the workbook (the CLI's --rules). */
  rules?: RuleSet;
  /** Rate this quarter instead of the rightmost one with values. */
  quarter?: QuarterIndex;
  /** Only these sheets (by name); default every scorecard sheet. */
  sheets?: string[];
  /**
   * With no `sheets`: only one scorecard sheet, `prefer` when it is one, else the first (the ribbon
   * and the pane rate the sheet the analyst is on). Chosen from the same recognition the run rates with.
   */
  oneSheet?: { prefer: string | null };
  /** The clock, injectable so tests and idempotence checks are exact. */
  now?: Date;
  /** IANA time zone for the times the sheets show (`Europe/London`); default the machine's. Tests fix it. */
  timeZone?: string;
  /** Called before each sheet is rated (1-based index of total), so long runs can show progress. */
  onSheet?: (sheet: string, index: number, total: number) => void;
}

export type ValidateOutcome = Outcome<{ report: RunReport }>;
export type RateOutcome = Outcome<{ report: RunReport; plan: WritePlan }>;
/** `flags`: cells Clear left alone because they were changed since the run, a damaged ledger. */
export type ClearOutcome = Outcome<{ plan: WritePlan; cellsRestored: number; flags: Flag[] }>;
export type SaveRulesOutcome = Outcome<{ plan: WritePlan }>;

/**
 * A stored acceptance in a run: `accepted` (the flag is raised and the value is the one accepted),
 * `lapsed` (the value changed: the flag counts again), or `notRaised` (the flag is gone, say the
 * figure was suppressed; kept in case it comes back for the same value).
 */
export interface AcceptanceReport {
  sheet: string;
  /** Where the flag is now, or was last seen. */
  cell: string;
  ref: string;
  code: FlagCode | string;
  note: string;
  date: string;
  value: string | number | boolean | null;
  status: 'accepted' | 'lapsed' | 'notRaised';
}
