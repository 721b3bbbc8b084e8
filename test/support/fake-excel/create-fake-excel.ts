import type { WorkbookGrid } from '../../../src/engine/grid';
import { FakeExcelError } from './fake-errors';
import { FakeRequestContext, WEB_LIMITS, type FakeLedger, type FakeLimits, type SyncRecord } from './fake-request-context';
import { FakeWorkbook } from './fake-workbook';

/** What one Excel.run did. */
export interface RunRecord {
  options: Excel.RunOptions | undefined;
  syncs: number;
  /** Syncs that changed the workbook. */
  writeSyncs: number;
  /** Ctrl+Z presses that would undo the run: 1 with mergeUndoGroup, else one per writing sync. */
  undoSteps: number;
}

export interface FakeExcelOptions {
  /** Defaults to Excel on the web's limits, the strictest host. */
  limits?: Partial<FakeLimits>;
  /** Sheet to make active; default the first visible one. */
  activeSheet?: string;
  /** APIs beyond Microsoft's list that refuse an undo group (`Range.values`), to test how the add-in copes. */
  notUndoable?: string[];
}

export interface FakeExcel {
  /** Same overloads as Excel.run: (batch), (options, batch), (object, batch), (objects[], batch). */
  run: typeof Excel.run;
  /** The workbook state behind the fake. */
  readonly workbook: FakeWorkbook;
  /** The workbook as it is now, for comparisons. */
  toGrid(): WorkbookGrid;
  readonly syncs: SyncRecord[];
  readonly runs: RunRecord[];
  /** Totals since creation (or the last resetStats). */
  stats(): { syncs: number; requestBytes: number; responseBytes: number; maxRequestBytes: number };
  resetStats(): void;
  activeSheet(): string | null;
  /** A fresh request context on this workbook, for a RichApi executor answering one request. */
  newContext(options?: { undoGroup?: boolean }): FakeRequestContext;
  readonly limits: FakeLimits;
  /** Address of the selection on a sheet, e.g. `C7`. */
  selection(sheet: string): string | undefined;
}

/**
 * A strict in-memory Excel behind `Excel.run`: properties must be loaded and synced before they are
 * read, writes land only at sync, syncs and request bytes are counted. Test and harness support:
 * production bundles must not import it.
 */
export function createFakeExcel(grid: WorkbookGrid, options: FakeExcelOptions = {}): FakeExcel {
  const workbook = FakeWorkbook.fromGrid(grid);
  if (options.activeSheet) {
    const s = workbook.find(options.activeSheet);
    if (!s) throw new Error(`fake-excel: no sheet named ${options.activeSheet}`);
    workbook.activeSheetId = s.id;
  }
  const ledger: FakeLedger = { syncs: [], limits: { ...WEB_LIMITS, ...options.limits } };
  const runs: RunRecord[] = [];

  const run = async (...args: unknown[]): Promise<unknown> => {
    const batch = args[args.length - 1];
    if (typeof batch !== 'function') throw new FakeExcelError('InvalidArgument', 'Excel.run needs a batch function.');
    const first = args.length > 1 ? args[0] : undefined;
    const runOptions = first && !Array.isArray(first) && !(first instanceof FakeRequestContext) && isRunOptions(first) ? (first as Excel.RunOptions) : undefined;
    const context = new FakeRequestContext(workbook, ledger);
    context.undoGroup = runOptions?.mergeUndoGroup === true;
    context.notUndoable = new Set(options.notUndoable);
    const before = ledger.syncs.length;
    const record = (): void => {
      const mine = ledger.syncs.slice(before);
      const writeSyncs = mine.filter((s) => s.wrote).length;
      runs.push({ options: runOptions, syncs: mine.length, writeSyncs, undoSteps: runOptions?.mergeUndoGroup ? Math.min(1, writeSyncs) : writeSyncs });
    };
    try {
      const result = await (batch as (c: FakeRequestContext) => Promise<unknown>)(context);
      // Excel.run flushes whatever the batch queued after its last sync.
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      record();
    }
  };

  return {
    run: run as unknown as typeof Excel.run,
    workbook,
    toGrid: () => workbook.toGrid(),
    syncs: ledger.syncs,
    runs,
    stats: () => ({
      syncs: ledger.syncs.length,
      requestBytes: ledger.syncs.reduce((n, s) => n + s.requestBytes, 0),
      responseBytes: ledger.syncs.reduce((n, s) => n + s.responseBytes, 0),
      maxRequestBytes: ledger.syncs.reduce((n, s) => Math.max(n, s.requestBytes), 0),
    }),
    resetStats: () => {
      ledger.syncs.length = 0;
      runs.length = 0;
    },
    newContext: (contextOptions = {}) => {
      const context = new FakeRequestContext(workbook, ledger);
      context.undoGroup = contextOptions.undoGroup === true;
      context.notUndoable = new Set(options.notUndoable);
      return context;
    },
    limits: ledger.limits,
    activeSheet: () => (workbook.activeSheetId ? (workbook.byId(workbook.activeSheetId)?.name ?? null) : null),
    selection: (sheet) => workbook.find(sheet)?.selection,
  };
}

function isRunOptions(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.every((k) => ['mergeUndoGroup', 'delayForCellEdit', 'previousObjects', 'session'].includes(k));
}
