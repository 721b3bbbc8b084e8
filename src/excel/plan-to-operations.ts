import { columnLetters, fromA1, ownSheetMarkerName, toA1, type CellValue, type OwnSheetRole, type SheetVisibility } from '../engine/grid';
import { isOwnChartName, ownChartName, type CellStyle, type CellWrite, type ChartSpec, type PrintSetup, type WritePlan } from '../engine/plan';
import type { ExcelOperation, HeaderFooterSections } from './excel-operation';
import { parseAreasAddress } from './range-areas';
import { needsTextFormat } from './text-guard';

/** Rows of `null` filler worth sending to join two runs into one range (cheaper than another range's overhead). */
const ROW_GAP = 3;
/** Blocks above this many cells are cut into row bands so no single operation nears the request limit. */
const MAX_BLOCK_CELLS = 20000;
const AUTOMATIC_FONT = '#000000';
const EXCEL_VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

interface Placed {
  row: number;
  column: number;
  write: CellWrite;
}

/** What the plan is applied to: the sheets as read, their own-sheet markers, and the marker names present (valid or not). */
export interface ExistingWorkbook {
  sheets: { name: string; visibility: SheetVisibility }[];
  ownSheets?: Partial<Record<OwnSheetRole, string>>;
  /** Every `ScorecardRater_<role>` name in the workbook, including ones that point at `#REF!`. */
  markerNames?: string[];
  /** Names of the charts on the add-in's own sheets, by sheet name as read. */
  charts?: Record<string, string[]>;
}

/** What the host can do beyond ExcelApi 1.1 (the Excel adapter asks `isSetSupported`); everything by default. */
export interface HostFeatures {
  /** ExcelApi 1.9: `worksheet.pageLayout`. Without it the sheet keeps Excel's default print setup. */
  pageLayout?: boolean;
  /** ExcelApi 1.7: `categoryAxis.reversePlotOrder`. Without it a bar chart lists the sections bottom to top. */
  reversePlotOrder?: boolean;
}


/**
 * Turns a plan into Office.js-sized operations: sheets prepared first, then each sheet's cells
 * coalesced into rectangles (runs along a row, stacked while the span repeats), fill clears,
 * widths, visibility changes, deletions (a very hidden sheet is made hidden first: Excel refuses to
 * delete it), the own-sheet markers, and the activation last.
 */
export function planToOperations(plan: WritePlan, existing: ExistingWorkbook | string[], features: HostFeatures = {}): ExcelOperation[] {
  const workbook: ExistingWorkbook = Array.isArray(existing) ? { sheets: existing.map((name) => ({ name, visibility: 'visible' as const })) } : existing;
  const byName = new Map(workbook.sheets.map((s) => [s.name.toLowerCase(), s]));
  const markers = new Set((workbook.markerNames ?? []).map((n) => n.toLowerCase()));
  const ops: ExcelOperation[] = [];
  for (const s of plan.sheets) ops.push({ kind: 'prepareSheet', sheet: s.name, exists: byName.has(s.name.toLowerCase()) });
  for (const w of plan.writes) ops.push(...cellOperations(w.sheet, w.cells));
  for (const s of plan.sheets) {
    ops.push(...cellOperations(s.name, s.cells));
    (s.columnWidths ?? []).forEach((chars, i) => ops.push({ kind: 'columnWidth', sheet: s.name, column: columnLetters(i), points: charactersToPoints(chars) }));
    // New sheets open visible; an existing one keeps its visibility unless the plan wants another.
    const current = byName.get(s.name.toLowerCase())?.visibility ?? 'visible';
    if (current !== s.visibility) ops.push({ kind: 'visibility', sheet: s.name, visibility: EXCEL_VISIBILITY[s.visibility] });
    if (s.print && features.pageLayout !== false) ops.push(pageLayoutOperation(s.name, s.print));
    const oldCharts = Object.entries(workbook.charts ?? {}).find(([sheet]) => sheet.toLowerCase() === s.name.toLowerCase())?.[1] ?? [];
    for (const name of oldCharts.filter(isOwnChartName)) ops.push({ kind: 'deleteChart', sheet: s.name, name });
    (s.charts ?? []).forEach((chart, i) => ops.push(chartOperation(s.name, ownChartName(i), chart, features.reversePlotOrder !== false)));
    if (s.role && workbook.ownSheets?.[s.role]?.toLowerCase() !== s.name.toLowerCase()) {
      const name = ownSheetMarkerName(s.role);
      ops.push({ kind: 'marker', name, sheet: s.name, exists: markers.has(name.toLowerCase()) });
    }
  }
  for (const name of plan.deleteSheets) {
    if (byName.get(name.toLowerCase())?.visibility === 'veryHidden') ops.push({ kind: 'visibility', sheet: name, visibility: 'Hidden' });
    ops.push({ kind: 'deleteSheet', sheet: name });
    for (const [role, sheet] of Object.entries(workbook.ownSheets ?? {})) {
      const replaced = plan.sheets.some((s) => s.role === role);
      if (sheet?.toLowerCase() === name.toLowerCase() && !replaced) ops.push({ kind: 'removeMarker', name: ownSheetMarkerName(role as OwnSheetRole) });
    }
  }
  const active = plan.sheets.find((s) => s.activate);
  if (active) ops.push({ kind: 'activate', sheet: active.name });
  return ops;
}

/**
 * The same operations with the chart removals set from the charts there now: a write that stopped
 * part-way (Excel does not roll back) may already have removed the old chart or drawn the new one.
 */
export function withChartRemovals(ops: ExcelOperation[], charts: Record<string, string[]>): ExcelOperation[] {
  const out: ExcelOperation[] = [];
  const done = new Set<string>();
  for (const op of ops) {
    if (op.kind === 'deleteChart') continue;
    if (op.kind === 'addChart' && !done.has(op.sheet.toLowerCase())) {
      done.add(op.sheet.toLowerCase());
      const names = Object.entries(charts).find(([sheet]) => sheet.toLowerCase() === op.sheet.toLowerCase())?.[1] ?? [];
      for (const name of names.filter(isOwnChartName)) out.push({ kind: 'deleteChart', sheet: op.sheet, name });
    }
    out.push(op);
  }
  return out;
}

function pageLayoutOperation(sheet: string, print: PrintSetup): ExcelOperation {
  const header = sections(print.header ?? '');
  const footer = sections(print.footer ?? '');
  const op: ExcelOperation = {
    kind: 'pageLayout',
    sheet,
    orientation: print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
    paperSize: print.paperSize,
    zoom: { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 },
    headerFooter: { leftHeader: header.L, centerHeader: header.C, rightHeader: header.R, leftFooter: footer.L, centerFooter: footer.C, rightFooter: footer.R } satisfies HeaderFooterSections,
  };
  if (print.titleRows) op.titleRows = print.titleRows;
  return op;
}

/**
 * Splits Excel's header/footer code at its section codes (`&L`, `&C`, `&R`) into the three
 * sections Office.js sets one by one; text before any section code is centred, as Excel does.
 * `&&` (a literal ampersand) and the field codes (`&P`, `&N`) stay as they are: Office.js takes them.
 */
export function sections(code: string): Record<'L' | 'C' | 'R', string> {
  const out = { L: '', C: '', R: '' };
  let at: 'L' | 'C' | 'R' = 'C';
  for (let i = 0; i < code.length; i++) {
    const next = code[i + 1];
    if (code[i] === '&' && (next === 'L' || next === 'C' || next === 'R')) {
      at = next;
      i++;
    } else if (code[i] === '&' && next !== undefined) {
      out[at] += code[i] + next;
      i++;
    } else out[at] += code[i];
  }
  return out;
}

/**
 * The chart is drawn from one rectangle: the category column with the series columns to its right,
 * the series names in the row above (the summary's counts-by-section table, Total left out).
 */
function chartOperation(sheet: string, name: string, chart: ChartSpec, topToBottom: boolean): ExcelOperation {
  const categories = rangeRect(chart.categories);
  const cells = chart.series.flatMap((s) => [rangeRect(s.values), rangeRect(s.nameCell)]);
  const all = [categories, ...cells];
  const rect = {
    top: Math.min(...all.map((r) => r.top), categories.top - 1),
    left: Math.min(...all.map((r) => r.left)),
    bottom: Math.max(...all.map((r) => r.bottom)),
    right: Math.max(...all.map((r) => r.right)),
  };
  return { kind: 'addChart', sheet, name, title: chart.title, source: rectAddress(rect), colours: chart.series.map((s) => s.colour), from: chart.anchor.from, to: chart.anchor.to, topToBottom };
}

function rangeRect(a1: string): { top: number; left: number; bottom: number; right: number } {
  return parseAreasAddress(a1)[0];
}

/** Excel column widths are characters of the default font (7 px for Calibri 11, plus 5 px padding); Office.js takes points. */
export function charactersToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function cellOperations(sheet: string, cells: CellWrite[]): ExcelOperation[] {
  const placed = dedupe(cells);
  const ops: ExcelOperation[] = [];
  for (const rect of coalesce(placed, () => true, ROW_GAP)) ops.push(...blockOperations(sheet, rect));
  // Fills to remove: only exact runs (no filler rows), since clearing is not a per-cell no-op.
  for (const rect of coalesce(placed, (p) => p.write.style?.fill === null, 0)) {
    ops.push({ kind: 'clearFill', sheet, address: rectAddress(rect) });
  }
  return ops;
}

/** Later writes to the same cell win field by field, as applying them in order would. */
function dedupe(cells: CellWrite[]): Placed[] {
  const byKey = new Map<string, Placed>();
  for (const write of cells) {
    const { row, column } = fromA1(write.address);
    const key = `${row}:${column}`;
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, { row, column, write });
    else {
      const merged: CellWrite = { address: write.address, value: write.value !== undefined ? write.value : prev.write.value };
      const style = { ...prev.write.style, ...write.style };
      if (Object.keys(style).length) merged.style = style;
      if (merged.value === undefined) delete merged.value;
      byKey.set(key, { row, column, write: merged });
    }
  }
  return [...byKey.values()].sort((a, b) => a.row - b.row || a.column - b.column);
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
  cells: Map<string, CellWrite>;
}

function coalesce(placed: Placed[], include: (p: Placed) => boolean, gap: number): Rect[] {
  const rows = new Map<number, Placed[]>();
  for (const p of placed) if (include(p)) rows.set(p.row, [...(rows.get(p.row) ?? []), p]);
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const line = rows.get(row)!;
    for (let i = 0; i < line.length; ) {
      let j = i;
      while (j + 1 < line.length && line[j + 1].column === line[j].column + 1) j++;
      const left = line[i].column;
      const right = line[j].column;
      const key = `${left}:${right}`;
      let rect = open.get(key);
      if (!rect || row - rect.bottom - 1 > gap) {
        if (rect) done.push(rect);
        rect = { top: row, bottom: row, left, right, cells: new Map() };
        open.set(key, rect);
      }
      rect.bottom = row;
      for (let k = i; k <= j; k++) rect.cells.set(`${row}:${line[k].column}`, line[k].write);
      i = j + 1;
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

function rectAddress(r: { top: number; left: number; bottom: number; right: number }): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

function blockOperations(sheet: string, rect: Rect): ExcelOperation[] {
  const width = rect.right - rect.left + 1;
  const bandRows = Math.max(1, Math.floor(MAX_BLOCK_CELLS / width));
  const ops: ExcelOperation[] = [];
  for (let top = rect.top; top <= rect.bottom; top += bandRows) {
    const bottom = Math.min(rect.bottom, top + bandRows - 1);
    ops.push(block(sheet, { ...rect, top, bottom }));
  }
  return ops;
}

function block(sheet: string, rect: Rect): ExcelOperation {
  const values: (CellValue | '')[][] = [];
  const numberFormat: (string | null)[][] = [];
  const cellProperties: Excel.SettableCellProperties[][] = [];
  let anyValue = false;
  let anyFormat = false;
  let anyProps = false;
  for (let r = rect.top; r <= rect.bottom; r++) {
    const vLine: (CellValue | '')[] = [];
    const fLine: (string | null)[] = [];
    const pLine: Excel.SettableCellProperties[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const w = rect.cells.get(`${r}:${c}`);
      const v = w?.value;
      // Office.js: null leaves the cell alone, '' clears it.
      vLine.push(v === undefined ? null : v === null ? '' : v);
      if (v !== undefined) anyValue = true;
      const nf = typeof v === 'string' && needsTextFormat(v) ? '@' : (w?.style?.numberFormat ?? null);
      fLine.push(nf);
      if (nf !== null) anyFormat = true;
      const props = propertiesFor(w?.style);
      pLine.push(props);
      if (props.format) anyProps = true;
    }
    values.push(vLine);
    numberFormat.push(fLine);
    cellProperties.push(pLine);
  }
  const op: ExcelOperation = { kind: 'block', sheet, address: rectAddress(rect), rows: rect.bottom - rect.top + 1, columns: rect.right - rect.left + 1 };
  if (anyFormat) op.numberFormat = numberFormat;
  if (anyValue) op.values = values;
  if (anyProps) op.cellProperties = cellProperties;
  return op;
}

/** Fill colours and fonts for setCellProperties; a null fill is removed by a separate clear. */
function propertiesFor(style: CellStyle | undefined): Excel.SettableCellProperties {
  if (!style) return {};
  const format: Excel.CellPropertiesFormat = {};
  if (typeof style.fill === 'string') format.fill = { color: style.fill };
  const font: Excel.CellPropertiesFont = {};
  // Office.js cannot set "automatic"; black is what Excel reports for automatic, so reading it back round-trips.
  if (style.font !== undefined) font.color = style.font ?? AUTOMATIC_FONT;
  if (style.bold !== undefined) font.bold = style.bold;
  if (Object.keys(font).length) format.font = font;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  return Object.keys(format).length ? { format } : {};
}
