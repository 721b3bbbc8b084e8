import type { WorkbookGrid } from '../engine/grid';
import type { RunOptions } from '../engine/run/run-report';
import { findScorecardSheets } from '../engine';

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

/** The engine's options for this workbook, with the scope resolved to sheet names. */
export function engineOptions(options: WorkbookRunOptions, grid: WorkbookGrid, activeSheet: string | null): RunOptions {
  const { scope, maxRequestBytes: _bytes, ...engine } = options;
  if (engine.sheets || scope !== 'active-or-first') return engine;
  const scorecards = findScorecardSheets(grid, engine.rules);
  if (scorecards.length === 0) return engine;
  const chosen = activeSheet && scorecards.includes(activeSheet) ? activeSheet : scorecards[0];
  return { ...engine, sheets: [chosen] };
}
