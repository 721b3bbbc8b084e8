import type { WorkbookGrid } from '../../../src/engine/grid';
import type { OfficeHost } from '../../../src/excel/office-host';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from '../fake-excel';
import { loadOfficeJs } from './load-office-js';
import { answerRichApiRequest, newRichApiSession, type RichApiRequestBody } from './rich-api-executor';

/** One request Microsoft's client sent (one `context.sync()`, or the library's cleanup after a run). */
export interface WireSync {
  /** Bytes of the serialised request body, as Microsoft's client built it. */
  requestBytes: number;
  /** Bytes of the `{ Results }` / `{ Error }` body answered. */
  responseBytes: number;
  actions: number;
  /** `_KeepReference` / `_RemoveReference` actions of tracked objects. */
  referenceActions: number;
  wrote: boolean;
  /** Sent by Excel.run itself after the batch finished, to release tracked objects. */
  cleanup: boolean;
  /** Inside a `mergeUndoGroup` run. */
  undoGroup: boolean;
  /** The error code answered, if any. */
  error?: string;
  /** Distinct calls and property sets in the request, as Excel receives them (`Worksheet.Visibility`, `Range.Values`, `WorksheetCollection.Add`…). */
  apis: string[];
}

export interface WireRun {
  options: Excel.RunOptions | undefined;
  /** Syncs made by the batch (the library's cleanup not included). */
  syncs: number;
  cleanupSyncs: number;
  writeSyncs: number;
  /** Ctrl+Z presses that undo the run: 1 with mergeUndoGroup, else one per writing sync. */
  undoSteps: number;
}

export interface OfficeJsExcel {
  /** What the adapter, the ribbon and the pane take: Microsoft's `Excel.run` in front of the fake. */
  host: OfficeHost;
  /** The fake behind the wire (its workbook state, toGrid, selection). */
  fake: FakeExcel;
  toGrid(): WorkbookGrid;
  readonly syncs: WireSync[];
  readonly runs: WireRun[];
  /** Totals of the batch syncs since creation or the last resetStats (cleanup requests counted apart). */
  stats(): { syncs: number; cleanupSyncs: number; requestBytes: number; maxRequestBytes: number; maxResponseBytes: number; cleanupBytes: number; referenceActions: number };
  resetStats(): void;
}

export interface OfficeJsExcelOptions extends FakeExcelOptions {
  /** Highest ExcelApi requirement set the host reports (default 1.20, current Microsoft 365). */
  excelApi?: string;
}

/**
 * Microsoft's Excel client library (the @microsoft/office-js devDependency) in front of the strict
 * fake: `host.run` is the library's own `Excel.run`, given a session whose request executor answers
 * each serialised RichApi request from the fake's workbook. So the adapter's proxies, loads, request
 * JSON and error handling are Microsoft's, and sizes are measured on the real JSON.
 *
 * This version of the library does not put `mergeUndoGroup` on the wire (Excel reads it from the run
 * options), so the session carries the run's options to the fake, which then applies Excel's undo rules.
 */
export function createOfficeJsExcel(grid: WorkbookGrid, options: OfficeJsExcelOptions = {}): OfficeJsExcel {
  const lib = loadOfficeJs();
  const fake = createFakeExcel(grid, options);
  const excelApi = options.excelApi ?? '1.20';
  const isSetSupported = (name: string, version: string): boolean => name === 'ExcelApi' && compareVersions(version, excelApi) <= 0;
  const syncs: WireSync[] = [];
  const runs: WireRun[] = [];

  const run = async (...args: unknown[]): Promise<unknown> => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    const runOptions = args.length > 1 ? (args[0] as Excel.RunOptions) : undefined;
    const undoGroup = runOptions?.mergeUndoGroup === true;
    const mine: WireSync[] = [];
    let batchDone = false;
    const hostSide = newRichApiSession(fake, undoGroup);
    const executor = {
      executeAsync: (_customData: unknown, _flags: number, message: { Body: RichApiRequestBody }) => {
        const requestText = JSON.stringify(message.Body);
        const requestBytes = Buffer.byteLength(requestText);
        const record: WireSync = { requestBytes, responseBytes: 0, actions: message.Body.Actions.length, referenceActions: 0, wrote: false, cleanup: false, undoGroup, apis: apisOf(message.Body) };
        let body;
        if (requestBytes > fake.limits.requestBytes) {
          body = { Error: { Code: 'RequestPayloadSizeLimitExceeded', Message: `The request payload size (${requestBytes} bytes) has exceeded the limit.`, HttpStatusCode: 413 } };
        } else {
          const request = JSON.parse(requestText) as RichApiRequestBody;
          const answer = answerRichApiRequest(fake, hostSide, request);
          body = answer.body;
          record.wrote = answer.wrote;
          record.referenceActions = answer.referenceActions;
          record.cleanup = batchDone && answer.referenceActions > 0 && request.Actions.every((a) => a.Name === '_RemoveReference' || a.ActionType === 1);
        }
        record.responseBytes = Buffer.byteLength(JSON.stringify(body));
        if (!body.Error && record.responseBytes > fake.limits.responseBytes) {
          body = { Error: { Code: 'ResponsePayloadSizeLimitExceeded', Message: `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`, HttpStatusCode: 400 } };
        }
        record.error = body.Error?.Code;
        syncs.push(record);
        mine.push(record);
        return Promise.resolve({ HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: body });
      },
    };
    const session = {
      _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: 'https://excel.fake/', headers: {} }),
      _createRequestExecutorOrNull: () => executor,
      getEventRegistration: () => null,
    };
    lib.setSupported(isSetSupported);
    const wrapped = async (context: Excel.RequestContext) => {
      try {
        return await batch(context);
      } finally {
        batchDone = true;
      }
    };
    try {
      return await (lib.Excel.run as unknown as (o: object, b: typeof wrapped) => Promise<unknown>)({ ...runOptions, session }, wrapped);
    } finally {
      const batchSyncs = mine.filter((s) => !s.cleanup);
      const writeSyncs = batchSyncs.filter((s) => s.wrote).length;
      runs.push({ options: runOptions, syncs: batchSyncs.length, cleanupSyncs: mine.length - batchSyncs.length, writeSyncs, undoSteps: undoGroup ? Math.min(1, writeSyncs) : writeSyncs });
    }
  };

  return {
    host: { run: run as unknown as typeof Excel.run, isSetSupported },
    fake,
    toGrid: () => fake.toGrid(),
    syncs,
    runs,
    stats: () => {
      const batch = syncs.filter((s) => !s.cleanup);
      const cleanup = syncs.filter((s) => s.cleanup);
      return {
        syncs: batch.length,
        cleanupSyncs: cleanup.length,
        requestBytes: batch.reduce((n, s) => n + s.requestBytes, 0),
        maxRequestBytes: syncs.reduce((n, s) => Math.max(n, s.requestBytes), 0),
        maxResponseBytes: syncs.reduce((n, s) => Math.max(n, s.responseBytes), 0),
        cleanupBytes: cleanup.reduce((n, s) => n + s.requestBytes, 0),
        referenceActions: syncs.reduce((n, s) => n + s.referenceActions, 0),
      };
    },
    resetStats: () => {
      syncs.length = 0;
      runs.length = 0;
    },
  };
}

/**
 * The calls of a request by owner and name. The owner's type comes from the object path: the method
 * or property that produced it (a path made by `Add` on the worksheets is a Worksheet, and so on).
 */
function apisOf(body: RichApiRequestBody): string[] {
  const typeOf = (id: number): string => {
    const path = body.ObjectPaths[String(id)];
    if (!path) return '?';
    if (path.ObjectPathType === 1) return 'Workbook';
    const parent = typeOf(path.ParentObjectPathId!);
    // A chart series' Format and Fill are chart objects, not a range's.
    if (path.ObjectPathType === 4) return (parent.startsWith('Chart') ? CHART_PROPERTY_TYPES[path.Name] : undefined) ?? PROPERTY_TYPES[path.Name] ?? path.Name;
    if (path.ObjectPathType === 5 || ITEM_METHODS.has(path.Name)) return parent.replace(/Collection$/, '');
    if (path.Name === 'GetActiveWorksheet') return 'Worksheet';
    if (/AreasOrNullObject$|SpecialCells/.test(path.Name)) return 'RangeAreas';
    return 'Range';
  };
  const apis = new Set<string>();
  for (const a of body.Actions) if (a.ActionType === 3 || a.ActionType === 4) apis.add(`${typeOf(a.ObjectPathId)}.${a.Name}`);
  return [...apis].sort();
}

const ITEM_METHODS = new Set(['Add', 'GetItem', 'GetItemOrNullObject', 'GetItemAt']);
const PROPERTY_TYPES: Record<string, string> = {
  Worksheets: 'WorksheetCollection',
  Names: 'NamedItemCollection',
  Application: 'Application',
  Protection: 'WorksheetProtection',
  Format: 'RangeFormat',
  Fill: 'RangeFill',
  Font: 'RangeFont',
  PageLayout: 'PageLayout',
  HeadersFooters: 'HeaderFooterGroup',
  DefaultForAllPages: 'HeaderFooter',
  Charts: 'ChartCollection',
  Title: 'ChartTitle',
  Series: 'ChartSeriesCollection',
  Axes: 'ChartAxes',
  CategoryAxis: 'ChartAxis',
};
const CHART_PROPERTY_TYPES: Record<string, string> = { Format: 'ChartSeriesFormat', Fill: 'ChartFill' };

function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split('.').map(Number);
  const [b1, b2 = 0] = b.split('.').map(Number);
  return a1 !== b1 ? a1 - b1 : a2 - b2;
}
