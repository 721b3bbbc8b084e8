import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';

/** Microsoft's Excel client library as loaded in Node: its `Excel` and `OfficeExtension` namespaces. */
export interface OfficeJsLibrary {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  /** Excel API version the library's own requirement checks report (set per host). */
  setSupported(check: (name: string, version: string) => boolean): void;
}

let loaded: OfficeJsLibrary | undefined;

/**
 * Loads `@microsoft/office-js/dist/excel-web-16.00.debug.js` (the devDependency; never bundled) once
 * per process into a VM context with the small part of a browser it touches at load time: window,
 * document, navigator and location. Requests never leave the process: every Excel.run goes through a
 * session whose request executor answers from the fake (see office-js-excel.ts).
 */
export function loadOfficeJs(): OfficeJsLibrary {
  if (loaded) return loaded;
  const file = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
  const source = readFileSync(file, 'utf8');
  let supported: (name: string, version: string) => boolean = () => false;
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, setInterval, clearInterval, Promise, JSON, Math, Date };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.navigator = { userAgent: 'node' };
  sandbox.location = { href: 'https://localhost/taskpane.html', search: '', hash: '', protocol: 'https:', host: 'localhost', hostname: 'localhost' };
  sandbox.document = {
    readyState: 'complete',
    cookie: '',
    documentElement: {},
    addEventListener: () => undefined,
    getElementsByTagName: () => [],
    querySelector: () => null,
    createElement: () => ({ setAttribute: () => undefined, style: {} }),
  };
  sandbox.addEventListener = () => undefined;
  createContext(sandbox);
  runInContext(source, sandbox, { filename: 'excel-web-16.00.debug.js' });
  // Office.context is a getter over OSF._OfficeAppFactory (set when a real host starts); the library
  // asks Office.context.requirements whether DelayForCellEdit and each API set are there.
  const osf = sandbox.OSF as { _OfficeAppFactory?: { getContext?: () => unknown } };
  const context = { requirements: { isSetSupported: (name: string, version?: string) => supported(name, version ?? '1.1') } };
  osf._OfficeAppFactory = Object.assign(osf._OfficeAppFactory ?? {}, { getContext: () => context });
  loaded = {
    Excel: sandbox.Excel as typeof Excel,
    OfficeExtension: sandbox.OfficeExtension as typeof OfficeExtension,
    setSupported: (check) => {
      supported = check;
    },
  };
  return loaded;
}
