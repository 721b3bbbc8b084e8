/**
 * The two globals the add-in needs from Office, behind an interface so the ribbon commands, the
 * task pane and the tests (which pass the strict fake) share one way of starting a batch.
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

/**
 * Runs a batch so that one Ctrl+Z undoes all of it where Excel supports that (ExcelApi 1.20,
 * `mergeUndoGroup`); older Excel gets a plain run (each sync is then its own undo step).
 */
export function runBatch<T>(host: OfficeHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  let merge = false;
  try {
    merge = host.isSetSupported('ExcelApi', '1.20');
  } catch {
    merge = false;
  }
  return merge ? host.run({ mergeUndoGroup: true }, batch) : host.run(batch);
}
