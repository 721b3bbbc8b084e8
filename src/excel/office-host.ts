/**
 * The two globals the add-in needs from Office, behind an interface so the ribbon commands, the
 * task pane and the tests (Microsoft's own client library in front of the strict fake) share one
 * way of starting a batch.
 */
export interface OfficeHost {
  run: typeof Excel.run;
  isSetSupported(name: string, version: string): boolean;
}

/** Office.js as loaded from Microsoft's CDN; read lazily so importing this module needs no globals. */
export function officeHost(): OfficeHost {
  return {
    run: ((...args: Parameters<typeof Excel.run>) => (Excel.run as (...a: unknown[]) => Promise<unknown>)(...args)) as typeof Excel.run,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** Whether the host has this ExcelApi requirement set (false when it cannot tell). */
export function supportsExcelApi(host: OfficeHost, version: string): boolean {
  try {
    return host.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

export interface BatchOptions {
  /**
   * Merge the run into one undo step (ExcelApi 1.20, `mergeUndoGroup`). Only for runs of calls Excel
   * can undo: hiding or deleting a sheet must run outside, since Excel answers them with
   * UndoNotSupported inside a group ("Excel add-ins undo capabilities"); adding sheets and names may join.
   */
  undoGroup?: boolean;
}

/**
 * Runs a batch so that a click while the analyst is still typing in a cell waits for the edit to
 * finish instead of failing (ExcelApi 1.11, `delayForCellEdit`), and, when asked, so that one Ctrl+Z
 * undoes all of it (ExcelApi 1.20). Older Excel gets a plain run.
 */
export function runBatch<T>(host: OfficeHost, batch: (context: Excel.RequestContext) => Promise<T>, batchOptions: BatchOptions = {}): Promise<T> {
  const options: Excel.RunOptions = {};
  if (batchOptions.undoGroup && supportsExcelApi(host, '1.20')) options.mergeUndoGroup = true;
  if (supportsExcelApi(host, '1.11')) options.delayForCellEdit = true;
  return Object.keys(options).length ? host.run(options, batch) : host.run(batch);
}
