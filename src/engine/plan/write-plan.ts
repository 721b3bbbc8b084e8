import type { CellValue, OwnSheetRole, SheetVisibility } from '../grid';

/**
 * Everything a run writes, as data. The file adapter (the package patcher) and the Excel adapter (Office.js)
 * both apply the same plan, so a workbook rated in Excel and one rated on the command line
 * get the same cells.
 */

export interface CellStyle {
  /** `#RRGGBB`; null removes the fill. Undefined leaves it as it is. */
  fill?: string | null;
  /** `#RRGGBB`; null sets the automatic colour. Undefined leaves it as it is. */
  font?: string | null;
  bold?: boolean;
  /** Excel number format, e.g. `0%`. */
  numberFormat?: string;
  wrap?: boolean;
}

export interface CellWrite {
  /** A1 address on the plan's sheet. */
  address: string;
  /** Undefined leaves the value alone (a fill-only write). Strings are always written as text, never as formulas. */
  value?: CellValue;
  style?: CellStyle;
}

export interface SheetWrites {
  sheet: string;
  cells: CellWrite[];
}

/** A sheet the plan creates, or replaces wholesale when it already exists. */
export interface NewSheet {
  name: string;
  /** The add-in's own sheet of this role: the adapter (re)points the role's marker (a hidden defined name) at it. */
  role?: OwnSheetRole;
  visibility: SheetVisibility;
  cells: CellWrite[];
  /** Widths in characters, from column A. */
  columnWidths?: number[];
  /** Make it the active sheet after the run (the summary). */
  activate?: boolean;
  /** How the sheet prints (the summary: a page a committee reads). Absent: the workbook's defaults. */
  print?: PrintSetup;
  /** Charts placed on the sheet, over cells the plan leaves empty for them. */
  charts?: ChartSpec[];
}

/**
 * Page setup for a sheet the plan creates. Plain data: the file adapter writes it as the sheet's
 * `<pageSetup>`, `<printOptions>`, `<headerFooter>` and the `_xlnm.Print_Titles` defined name; the
 * Excel adapter sets `worksheet.pageLayout` (ExcelApi 1.9). `applyPlanToGrid` ignores it.
 */
export interface PrintSetup {
  /** Paper: `A4` (OOXML `paperSize="9"`; Office.js `Excel.PaperType.a4`). */
  paperSize: 'A4';
  /** OOXML `orientation`; Office.js `pageLayout.orientation` (`Excel.PageOrientation`). */
  orientation: 'landscape' | 'portrait';
  /**
   * Scale to fit this many pages across (1: one page wide) with any number of pages down.
   * OOXML: `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` and `<pageSetup fitToWidth="1" fitToHeight="0"/>`;
   * Office.js: `pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }`.
   */
  fitToPagesWide: number;
  /**
   * Rows printed at the top of every page, as an absolute row range (`$1:$3`, 1-based as Excel
   * shows them). OOXML: the sheet-scoped defined name `_xlnm.Print_Titles` = `'Sheet name'!$1:$3`;
   * Office.js: `pageLayout.setPrintTitleRows('$1:$3')`.
   */
  titleRows?: string;
  /**
   * Page header and footer in Excel's header/footer code: `&L`, `&C`, `&R` start the left, centre and
   * right sections, `&P` is the page number, `&N` the number of pages, `&&` a literal ampersand
   * (already doubled in any text taken from the workbook). OOXML: `<headerFooter><oddHeader>` /
   * `<oddFooter>` as given. Office.js: split at the section codes into
   * `pageLayout.headersFooters.defaultForAllPages.leftHeader` / `centerHeader` / `rightHeader` (and the
   * footers), which take the same `&P` / `&N` codes.
   */
  header?: string;
  footer?: string;
}

/**
 * A chart on a sheet the plan creates: plain data, the series read from cells of that sheet.
 * The file adapter writes a DrawingML chart part (`xl/charts/chartN.xml`, `c:barChart` with
 * `c:barDir val="bar"`, `c:grouping val="stacked"`, `c:overlap val="100"`) in a drawing anchored
 * by `anchor`; the Excel adapter calls `sheet.charts.add(Excel.ChartType.barStacked, …)` and sets
 * each series from its ranges, then `chart.setPosition(anchor.from, anchor.to)`. `applyPlanToGrid`
 * ignores charts.
 */
export interface ChartSpec {
  /** `stackedBar`: horizontal bars, one per category, the series stacked along each bar. */
  type: 'stackedBar';
  title: string;
  /** The category labels (one per bar, top to bottom in the sheet's order): an A1 range on this sheet, `B12:B17`. */
  categories: string;
  /** The stacked parts of each bar, in order. */
  series: ChartSeries[];
  /** The chart covers the cells from `from` (its top-left cell) to `to` (its bottom-right cell), both A1 on this sheet. */
  anchor: { from: string; to: string };
}

export interface ChartSeries {
  /** The legend text, and the cell holding it (`C11`) so the chart and the table agree. */
  name: string;
  nameCell: string;
  /** The figures, one per category: an A1 range on this sheet the same length as `categories` (`C12:C17`). */
  values: string;
  /** The bar colour, `#RRGGBB` (the rating's palette fill, so the chart reads like the RAG cells). */
  colour: string;
}

export interface WritePlan {
  /** Writes into existing sheets (RAG, direction, flag fills, appended headers, restores on clear). */
  writes: SheetWrites[];
  /** Sheets to create or replace (the summary and the add-in's settings sheet). */
  sheets: NewSheet[];
  /** Sheets to delete (the add-in's own summary on clear); the adapter also removes any marker name pointing at them. */
  deleteSheets: string[];
}

export function emptyPlan(): WritePlan {
  return { writes: [], sheets: [], deleteSheets: [] };
}

export function countPlannedCells(plan: WritePlan): number {
  return plan.writes.reduce((n, w) => n + w.cells.length, 0) + plan.sheets.reduce((n, s) => n + s.cells.length, 0);
}
