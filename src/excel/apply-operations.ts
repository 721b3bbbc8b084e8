import { operationBytes, type ExcelOperation } from './excel-operation';
import { markerReference } from './marker-reference';
import { withChartRemovals } from './plan-to-operations';

/** Excel on the web rejects requests above 5 MB; stay well under it. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/**
 * The estimate of `operationBytes` comes within a few percent of the JSON Microsoft's client
 * sends (measured in test/excel); cutting at 94 % of the limit keeps every real request under it.
 */
const ESTIMATE_MARGIN = 0.94;

export interface ApplyOptions {
  /** Request size at which the writes are cut into another sync. */
  maxRequestBytes?: number;
}

/**
 * Queues the operations and syncs: once for a normal run, or once per chunk when the request
 * would pass the payload limit. Screen updating is suspended for each chunk's sync.
 * Returns the number of syncs made.
 */
export async function applyOperations(context: Excel.RequestContext, ops: ExcelOperation[], options: ApplyOptions = {}): Promise<number> {
  if (ops.length === 0) return 0;
  const limit = (options.maxRequestBytes ?? MAX_REQUEST_BYTES) * ESTIMATE_MARGIN;
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    const key = name.toLowerCase();
    let ws = sheets.get(key);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheets.set(key, ws);
    }
    return ws;
  };
  let syncs = 0;
  let pending = 0;
  for (const op of ops) {
    const bytes = operationBytes(op);
    if (pending > 0 && pending + bytes > limit) {
      await context.sync();
      syncs++;
      pending = 0;
      // A sheet proxy made by `add` names the call that created it; after the sync, refer to sheets by name.
      sheets.clear();
    }
    if (pending === 0) context.application.suspendScreenUpdatingUntilNextSync();
    queue(context, op, sheet, sheets);
    pending += bytes;
  }
  await context.sync();
  return syncs + 1;
}

/**
 * For writing again after a write that stopped part-way (Excel does not roll back): the operations
 * as they now apply. A sheet or marker name the first try added is not added again, and the add-in's
 * charts are removed as they are now, so a sheet still ends with exactly one. Two more syncs, only on
 * this path.
 */
export async function withWorkbookAsItIs(context: Excel.RequestContext, ops: ExcelOperation[]): Promise<ExcelOperation[]> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name');
  await context.sync();
  const sheetNames = new Set(worksheets.items.map((ws) => ws.name.toLowerCase()));
  const nameSet = new Set(names.items.map((n) => n.name.toLowerCase()));
  const now = ops.map((op): ExcelOperation => {
    if (op.kind === 'prepareSheet') return { ...op, exists: sheetNames.has(op.sheet.toLowerCase()) };
    if (op.kind === 'marker') return { ...op, exists: nameSet.has(op.name.toLowerCase()) };
    return op;
  });
  const chartSheets = [...new Set(now.flatMap((op) => (op.kind === 'addChart' && sheetNames.has(op.sheet.toLowerCase()) ? [op.sheet] : [])))];
  if (chartSheets.length === 0) return now;
  const loaded = chartSheets.map((name) => context.workbook.worksheets.getItem(name).charts.load('items/name'));
  await context.sync();
  return withChartRemovals(now, Object.fromEntries(chartSheets.map((name, i) => [name, loaded[i].items.map((c) => c.name)])));
}

/**
 * A range only this request uses. Inside Excel.run Microsoft's client keeps a reference to every
 * range (a `_KeepReference` action now and a release in a cleanup request after the run); ranges
 * the add-in never touches again are untracked, so a large write does not carry thousands of them.
 */
function untracked(ws: Excel.Worksheet, address?: string): Excel.Range {
  const r = address === undefined ? ws.getRange() : ws.getRange(address);
  r.untrack();
  return r;
}

function queue(context: Excel.RequestContext, op: ExcelOperation, sheet: (name: string) => Excel.Worksheet, sheets: Map<string, Excel.Worksheet>): void {
  switch (op.kind) {
    case 'prepareSheet':
      if (op.exists) untracked(sheet(op.sheet)).clear('All');
      else sheets.set(op.sheet.toLowerCase(), context.workbook.worksheets.add(op.sheet));
      return;
    case 'block': {
      const cells = untracked(sheet(op.sheet), op.address);
      // The text format must be in place before the values land, or Excel parses them.
      if (op.numberFormat) cells.numberFormat = op.numberFormat as string[][];
      if (op.values) cells.values = op.values as unknown[][];
      if (op.cellProperties) cells.setCellProperties(op.cellProperties);
      return;
    }
    case 'clearFill':
      untracked(sheet(op.sheet), op.address).format.fill.clear();
      return;
    case 'columnWidth':
      untracked(sheet(op.sheet), `${op.column}:${op.column}`).format.columnWidth = op.points;
      return;
    case 'marker':
      if (op.exists) context.workbook.names.getItem(op.name).formula = markerReference(op.sheet);
      else context.workbook.names.add(op.name, markerReference(op.sheet)).visible = false;
      return;
    case 'removeMarker':
      context.workbook.names.getItem(op.name).delete();
      return;
    case 'visibility':
      sheet(op.sheet).visibility = op.visibility as Excel.SheetVisibility;
      return;
    case 'deleteSheet':
      sheet(op.sheet).delete();
      sheets.delete(op.sheet.toLowerCase());
      return;
    case 'activate':
      sheet(op.sheet).activate();
      return;
    case 'pageLayout': {
      const layout = sheet(op.sheet).pageLayout;
      layout.orientation = op.orientation as Excel.PageOrientation;
      layout.paperSize = op.paperSize as Excel.PaperType;
      layout.zoom = op.zoom;
      if (op.titleRows) layout.setPrintTitleRows(op.titleRows);
      Object.assign(layout.headersFooters.defaultForAllPages, op.headerFooter);
      return;
    }
    case 'deleteChart':
      sheet(op.sheet).charts.getItem(op.name).delete();
      return;
    case 'addChart': {
      const ws = sheet(op.sheet);
      const chart = ws.charts.add('BarStacked', untracked(ws, op.source), 'Columns');
      chart.name = op.name;
      chart.title.text = op.title;
      chart.setPosition(op.from, op.to);
      op.colours.forEach((colour, i) => chart.series.getItemAt(i).format.fill.setSolidColor(colour));
      if (op.topToBottom) chart.axes.categoryAxis.reversePlotOrder = true;
      return;
    }
  }
}
