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

function supports(host: OfficeHost, version: string): boolean {
  try {
    return host.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

/**
 * Runs a batch so that one Ctrl+Z undoes all of it where Excel supports that (ExcelApi 1.20,
 * `mergeUndoGroup`), and so that a click while the analyst is still typing in a cell waits for the
 * edit to finish instead of failing (ExcelApi 1.11, `delayForCellEdit`). Older Excel gets a plain run.
 */
export function runBatch<T>(host: OfficeHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const options: Excel.RunOptions = {};
  if (supports(host, '1.20')) options.mergeUndoGroup = true;
  if (supports(host, '1.11')) options.delayForCellEdit = true;
  return Object.keys(options).length ? host.run(options, batch) : host.run(batch);
}
