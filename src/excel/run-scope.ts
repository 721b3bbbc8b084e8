import type { RunOptions } from '../engine/run/run-report';

/** Options of a run in Excel: the engine's, plus which sheets when none are named. */
export interface WorkbookRunOptions extends RunOptions {
  /**
   * With no `sheets`: `all` (default) lets the engine take every scorecard sheet; `active-or-first`
   * takes the active sheet when it is a scorecard, else the first scorecard sheet (the ribbon).
   */
  scope?: 'all' | 'active-or-first';
  /** Request size at which writes are split into another sync (default 4 MB). */
  maxRequestBytes?: number;
}

/** The engine's options for this workbook: the scope becomes the engine's `oneSheet`, so the sheets are recognised once. */
export function engineOptions(options: WorkbookRunOptions, activeSheet: string | null): RunOptions {
  const { scope, maxRequestBytes: _bytes, ...engine } = options;
  if (engine.sheets || scope !== 'active-or-first') return engine;
  return { ...engine, oneSheet: { prefer: activeSheet } };
}
