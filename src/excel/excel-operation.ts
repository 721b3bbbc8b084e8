import type { CellValue } from '../engine/grid';

/**
 * One step of applying a plan in Excel, as data: what `apply-operations` turns into Office.js calls.
 * Keeping it data lets the coalescing and chunking be tested without Excel, and sized before sending.
 */
export type ExcelOperation =
  /** Create a sheet, or empty an existing one the plan replaces wholesale (keeps its tab position and any references to it). */
  | { kind: 'prepareSheet'; sheet: string; exists: boolean }
  /** A rectangle of cells; `null` entries leave a cell as it is (Office.js semantics). */
  | {
      kind: 'block';
      sheet: string;
      /** A1 rectangle on the sheet, e.g. `K5:L40`. */
      address: string;
      rows: number;
      columns: number;
      values?: (CellValue | '')[][];
      numberFormat?: (string | null)[][];
      cellProperties?: Excel.SettableCellProperties[][];
    }
  | { kind: 'clearFill'; sheet: string; address: string }
  | { kind: 'columnWidth'; sheet: string; column: string; points: number }
  | { kind: 'visibility'; sheet: string; visibility: 'Visible' | 'Hidden' | 'VeryHidden' }
  | { kind: 'deleteSheet'; sheet: string }
  /** Point the add-in's hidden marker name (`ScorecardRater_<role>`) at a sheet; `exists` says whether the name is already there. */
  | { kind: 'marker'; name: string; sheet: string; exists: boolean }
  | { kind: 'removeMarker'; name: string }
  | { kind: 'activate'; sheet: string }
  /** Page setup of a sheet (ExcelApi 1.9 `worksheet.pageLayout`): paper, orientation, fit to pages, title rows, header and footer sections. */
  | {
      kind: 'pageLayout';
      sheet: string;
      orientation: 'Landscape' | 'Portrait';
      paperSize: 'A4';
      /** `verticalFitToPages: 0`: as many pages down as it takes (OOXML `fitToHeight="0"`). */
      zoom: { horizontalFitToPages: number; verticalFitToPages: number };
      /** `$1:$2`, or absent for none. */
      titleRows?: string;
      /** The six sections, each in Excel's header/footer code (`&P`, `&N`); '' for an empty one. */
      headerFooter: HeaderFooterSections;
    }
  /** Remove the add-in's chart from a sheet it replaces (by the name it gave the chart). */
  | { kind: 'deleteChart'; sheet: string; name: string }
  /** A stacked bar chart of `source` (categories in its first column, series names in its first row), one series per further column. */
  | {
      kind: 'addChart';
      sheet: string;
      name: string;
      title: string;
      /** A1 rectangle: the table the chart is drawn from. */
      source: string;
      /** Bar colour of each series, in column order. */
      colours: string[];
      from: string;
      to: string;
      /** Categories top to bottom as in the table (`categoryAxis.reversePlotOrder`, ExcelApi 1.7). */
      topToBottom: boolean;
    };

export interface HeaderFooterSections {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/**
 * Splits a run's operations by what Excel can undo (Microsoft's "Excel add-ins undo capabilities"):
 * sheet visibility (no undo on Windows or Mac) and deletion have none, so they run first, outside the
 * undo group, with the marker names of deleted sheets and the adding of any sheet whose visibility
 * changes (it must exist before it is hidden). Adding sheets and names, cells, page layout and charts
 * are not on that list (its chart entries are `Chart.categoryLabelLevel`, `Chart.seriesNameLevel`,
 * pivot-chart buttons and trendline label formulas, none of which the add-in calls), so they share
 * the one undo group: one Ctrl+Z takes back a run's cells and the sheets it added.
 */
export function splitByUndo(ops: ExcelOperation[]): { outside: ExcelOperation[]; grouped: ExcelOperation[] } {
  const hidden = new Set(ops.flatMap((op) => (op.kind === 'visibility' ? [op.sheet.toLowerCase()] : [])));
  const addedOutside = new Set(ops.flatMap((op) => (op.kind === 'prepareSheet' && !op.exists && hidden.has(op.sheet.toLowerCase()) ? [op.sheet.toLowerCase()] : [])));
  const outside = (op: ExcelOperation): boolean => {
    switch (op.kind) {
      case 'visibility':
      case 'deleteSheet':
      case 'removeMarker':
        return true;
      case 'prepareSheet':
      case 'marker':
        return addedOutside.has(op.sheet.toLowerCase());
      default:
        return false;
    }
  };
  return { outside: ops.filter(outside), grouped: ops.filter((op) => !outside(op)) };
}

/**
 * Request size of an operation as Microsoft's client serialises it (UTF-8 bytes of the JSON, which
 * is what Excel's 5 MB limit counts: an arrow is 3 bytes), plus the object paths and actions around
 * each call. Calibrated against the real request JSON in test/excel (within a few percent, never under).
 */
export function operationBytes(op: ExcelOperation): number {
  const ACTION = 110;
  const PATH = 130;
  // Page layout: three properties, the title rows and six header/footer sections on four objects.
  if (op.kind === 'pageLayout') return PATH * 4 + ACTION * 10 + utf8Bytes(JSON.stringify(op));
  // A chart: the range, collection, chart, title and axis objects, then per series getItemAt/format/fill and a colour.
  if (op.kind === 'addChart') return PATH * (8 + 3 * op.colours.length) + ACTION * (4 + op.colours.length) + utf8Bytes(JSON.stringify(op));
  if (op.kind !== 'block') return PATH * 2 + ACTION * 2 + utf8Bytes(JSON.stringify(op));
  let n = PATH * 2 + ACTION + utf8Bytes(op.sheet) + op.address.length;
  if (op.values) n += utf8Bytes(JSON.stringify(op.values)) + ACTION;
  if (op.numberFormat) n += utf8Bytes(JSON.stringify(op.numberFormat)) + ACTION;
  if (op.cellProperties) n += utf8Bytes(JSON.stringify(op.cellProperties)) + ACTION;
  return n;
}

/** UTF-8 length without Buffer or TextEncoder (works in every Office host). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
