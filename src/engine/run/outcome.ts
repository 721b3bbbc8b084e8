import type { Problem } from './problem';
import type { RunReport } from './run-report';

/**
 * One result type for the engine's and the adapters' results: on success the fields of `T` beside
 * `ok: true`; on failure the problem to show (what happened, what to do), and the report when the
 * workbook was analysed before the run was refused, so the flags can still be shown.
 */
export type Outcome<T extends object> = ({ ok: true } & T) | Refusal;

export interface Refusal {
  ok: false;
  problem: Problem;
  report?: RunReport;
}
