import { freeSheetName, SETTINGS_SHEET } from '../engine';
import { OWN_SHEET_ROLES, ownSheetMarkerName, type CellRange, type OwnSheetRole, type WorkbookGrid } from '../engine/grid';
import { problem } from '../engine/messages';
import type { Problem } from '../engine/run/problem';
import { sheetGridFrom, type LoadedSheet } from './loaded-sheet';
import { markerReference } from './marker-reference';
import { parseAreasAddress } from './range-areas';

/** Excel refuses to read more than 5 million cells in one range. */
export const MAX_READ_CELLS = 5_000_000;
/** Response size one read sync aims for, under Excel on the web's 5 MB response limit. */
const RESPONSE_BUDGET = 4.5 * 1024 * 1024;
/** What a cell costs in the response on the real wire: value, number format, `{"format":{"fill":{"color":"#FFFFFF"}}}`. Measured, with a margin. */
const BYTES_PER_CELL = 62;
/** A values-only cell. */
const VALUE_BYTES_PER_CELL = 12;
/** Row properties (hidden, font colour) per row. */
const BYTES_PER_ROW = 64;

export interface ReadWorkbook {
  ok: true;
  /** With `ownSheets` from the add-in's marker names, and `merges` where ExcelApi 1.13 can read them. */
  grid: WorkbookGrid;
  /** Name of the sheet the user is on. */
  activeSheet: string | null;
  /** Every `ScorecardRater_<role>` name present, valid or not (a `#REF!` one is re-pointed, not added again). */
  markerNames: string[];
  /** Names of the charts on the add-in's own sheets, by sheet name (a run replaces its own chart there). */
  charts?: Record<string, string[]>;
  /** The settings sheet this read added (`addSettingsSheet`); in `grid` as the add-in's, empty and very hidden. */
  addedSettingsSheet?: string;
}

export interface ReadOptions {
  /** Read merged areas (`getMergedAreasOrNullObject`, ExcelApi 1.13) so the engine can foresee a write Excel refuses. */
  merges?: boolean;
  /** Values only (the add-in's settings sheet: the engine reads nothing else of it). */
  valuesOnly?: boolean;
  /** Not read at all: the add-in's summary and checks sheets, which a run rewrites whole and the engine never reads. */
  skip?: boolean;
  /**
   * Rate only: when the workbook has no settings sheet of the add-in (a first rating), add it, very
   * hidden and marked, in the sync that reads the cells. Hiding a sheet is the one call of a first
   * rating Excel cannot undo on Windows and Mac, so it cannot join the undo group that writes the
   * cells; riding with the read saves the run a sync of its own. Skipped when a sheet is protected
   * (the rating may well be refused). Whoever asks removes the sheet if the run then writes nothing
   * (`removeAddedSettingsSheet`); a read that fails removes it itself.
   */
  addSettingsSheet?: boolean;
}

type Used = NonNullable<LoadedSheet['used']>;

const VERY_HIDDEN = 'VeryHidden' as Excel.SheetVisibility;

/** A sheet the run does not read: an empty grid. */
const NOT_READ: Used = { rowIndex: 0, columnIndex: 0, values: [], numberFormat: [], formulaAreas: null, cellProperties: [], rowHidden: [], columnHidden: [], rowFonts: [], columnFonts: [] };

/** The loads for one rectangle of one sheet, resolved after a sync. */
interface PendingRead {
  range: Excel.Range;
  formulas: Excel.RangeAreas | null;
  cells: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
  columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null;
  merged: Excel.RangeAreas | null;
}

/** Ranges read once, in this sync: untracked, so the run sends no `_KeepReference` and no cleanup for them. */
function queueRead(range: Excel.Range, options: ReadOptions): PendingRead {
  range.untrack();
  if (options.valuesOnly) {
    range.load('rowIndex, columnIndex, rowCount, columnCount, values');
    return { range, formulas: null, cells: null, rows: null, columns: null, merged: null };
  }
  range.load('rowIndex, columnIndex, rowCount, columnCount, values, numberFormat');
  const formulas = range.getSpecialCellsOrNullObject('Formulas' as Excel.SpecialCellType.formulas);
  formulas.untrack();
  formulas.load('address');
  let merged: Excel.RangeAreas | null = null;
  if (options.merges) {
    merged = range.getMergedAreasOrNullObject();
    merged.untrack();
    merged.load('address');
  }
  return {
    range,
    formulas,
    merged,
    cells: range.getCellProperties({ format: { fill: { color: true } } }),
    rows: range.getRowProperties({ rowHidden: true, format: { font: { color: true } } }),
    columns: range.getColumnProperties({ columnHidden: true, format: { font: { color: true } } }),
  };
}

function resolve(read: PendingRead): Used {
  const rows = read.rows?.value ?? [];
  const columns = read.columns?.value ?? [];
  return {
    rowIndex: read.range.rowIndex,
    columnIndex: read.range.columnIndex,
    values: read.range.values,
    numberFormat: read.cells ? read.range.numberFormat : [],
    formulaAreas: !read.formulas || read.formulas.isNullObject ? null : read.formulas.address,
    cellProperties: read.cells?.value ?? [],
    rowHidden: rows.map((p) => p.rowHidden === true),
    columnHidden: columns.map((p) => p.columnHidden === true),
    rowFonts: rows.map((p) => p.format?.font?.color ?? null),
    columnFonts: columns.map((p) => p.format?.font?.color ?? null),
  };
}

/**
 * Two syncs for any workbook that fits one response: the sheet list with the add-in's marker names,
 * then everything the engine needs from every sheet at once (the add-in's own sheets, known by
 * their markers, values only). The used range is taken "values only" (A1 on an empty sheet), so a
 * million formatted empty rows cost nothing. If that read fails, one small sync finds out why: a
 * sheet past Excel's 5,000,000-cell read limit is a clear Problem; a response too large for Excel
 * on the web is read again in row bands planned from the sizes (a few more syncs, only for very
 * large workbooks).
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ReadWorkbook | { ok: false; problem: Problem }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name, items/visibility, items/protection/protected');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  // The add-in's own-sheet markers ride along in the first sync (workbook names are few).
  const names = context.workbook.names;
  names.load('items/name, items/formula');
  await context.sync();
  const items = worksheets.items;
  const meta = items.map((ws) => ({ name: ws.name, visibility: ws.visibility, protected: ws.protection.protected }));
  const markers = readMarkers(names.items, meta.map((m) => m.name));
  // The add-in's own sheets: the settings sheet for its values only, the summary and checks sheets not at all
  // (at 5,000 measures they would push a second rating past Excel on the web's 5 MB response).
  const own = new Map(Object.entries(markers.ownSheets).map(([role, n]) => [n.toLowerCase(), role]));
  const sheetOptions = meta.map((m) => {
    const role = own.get(m.name.toLowerCase());
    return { ...options, valuesOnly: role !== undefined, skip: role === 'summary' || role === 'checks' };
  });

  const settingsMarker = ownSheetMarkerName('settings');
  const added = options.addSettingsSheet && !markers.ownSheets.settings && !meta.some((m) => m.protected) ? freeSheetName(meta.map((m) => m.name), SETTINGS_SHEET) : undefined;
  const markerExists = markers.names.some((n) => n.toLowerCase() === settingsMarker.toLowerCase());
  // Queued after the reads: if one of them fails, Excel stops the batch before the sheet is added.
  const addSheet = added ? () => queueSettingsSheet(context, added, { sheet: 'missing', marker: markerExists ? 'elsewhere' : 'missing' }) : undefined;

  // Chart names of the own sheets ride along with the cells (a few names, no extra sync).
  const loadCharts = () => items.map((ws, i) => (own.has(meta[i].name.toLowerCase()) ? ws.charts.load('items/name') : null));
  let charts = loadCharts();
  let read: { used: Used; merges?: CellRange[] }[];
  try {
    read = await readPlanned(context, items, sheetOptions.map((o) => ({ size: null, options: o })), Infinity, addSheet);
  } catch (error) {
    try {
      const sizes = items.map((ws) => ws.getUsedRange(true).untrack().load('address, rowIndex, columnIndex, rowCount, columnCount'));
      // Excel does not roll back: the refused read may or may not have added the settings sheet.
      const addedNow = added ? loadSettingsSheet(context, added) : null;
      await context.sync();
      const big = sizes.findIndex((s) => s.rowCount * s.columnCount > MAX_READ_CELLS);
      if (big >= 0) {
        if (added && addedNow && queueRemoval(context, added, settingsState(addedNow, added))) await context.sync();
        const s = sizes[big];
        const cells = (s.rowCount * s.columnCount).toLocaleString('en-GB');
        return { ok: false, problem: problem('TOO_LARGE', `sheet "${meta[big].name}" spans ${cells} cells (${s.address.split('!').pop()}); Excel reads at most ${MAX_READ_CELLS.toLocaleString('en-GB')} at once`) };
      }
      if ((error as { code?: string } | null)?.code !== 'ResponsePayloadSizeLimitExceeded') throw error;
      charts = loadCharts();
      const complete = added && addedNow ? () => queueSettingsSheet(context, added, settingsState(addedNow, added)) : undefined;
      read = await readPlanned(context, items, sizes.map((size, i) => ({ size, options: sheetOptions[i] })), RESPONSE_BUDGET, complete);
    } catch (failure) {
      // A read that fails leaves no settings sheet behind (best effort: the failure is what the analyst needs to see).
      if (added) await removeAddedSettingsSheet(context, added).catch(() => undefined);
      throw failure;
    }
  }
  if (added) {
    meta.push({ name: added, visibility: VERY_HIDDEN, protected: false });
    read.push({ used: NOT_READ });
    markers.ownSheets.settings = added;
    if (!markerExists) markers.names.push(settingsMarker);
  }

  const sheets: LoadedSheet[] = meta.map((m, i) => ({ ...m, used: read[i].used }));
  const grid: WorkbookGrid = {
    sheets: sheets.map((loaded, i) => {
      const sheet = sheetGridFrom(loaded);
      const merged = read[i].merges;
      return merged ? { ...sheet, merges: merged } : sheet;
    }),
  };
  if (Object.keys(markers.ownSheets).length) grid.ownSheets = markers.ownSheets;
  const chartNames = Object.fromEntries(charts.flatMap((c, i) => (c ? [[meta[i].name, c.items.map((chart) => chart.name)]] : [])));
  return { ok: true, grid, activeSheet: active.name, markerNames: markers.names, charts: chartNames, ...(added ? { addedSettingsSheet: added } : {}) };
}

/** What of the settings sheet `name` is in the workbook: the sheet itself, and where the settings marker points. */
interface SettingsState {
  sheet: 'missing' | 'veryHidden' | 'other';
  marker: 'missing' | 'here' | 'elsewhere';
}

/** The settings sheet and marker, loaded with the next sync (for `settingsState`). */
function loadSettingsSheet(context: Excel.RequestContext, name: string): { sheet: Excel.Worksheet; marker: Excel.NamedItem } {
  return { sheet: context.workbook.worksheets.getItemOrNullObject(name).load('visibility'), marker: context.workbook.names.getItemOrNullObject(ownSheetMarkerName('settings')).load('formula') };
}

function settingsState(loaded: { sheet: Excel.Worksheet; marker: Excel.NamedItem }, name: string): SettingsState {
  const { sheet, marker } = loaded;
  return {
    sheet: sheet.isNullObject ? 'missing' : sheet.visibility === VERY_HIDDEN ? 'veryHidden' : 'other',
    marker: marker.isNullObject ? 'missing' : markerSheet(marker.formula)?.toLowerCase() === name.toLowerCase() ? 'here' : 'elsewhere',
  };
}

/** Queues whatever it takes for the settings sheet `name` to be there, very hidden, with the settings marker naming it. */
function queueSettingsSheet(context: Excel.RequestContext, name: string, now: SettingsState): void {
  context.application.suspendScreenUpdatingUntilNextSync();
  if (now.sheet === 'missing') context.workbook.worksheets.add(name).visibility = VERY_HIDDEN;
  else if (now.sheet === 'other') context.workbook.worksheets.getItem(name).visibility = VERY_HIDDEN;
  const marker = ownSheetMarkerName('settings');
  if (now.marker === 'missing') context.workbook.names.add(marker, markerReference(name)).visible = false;
  else if (now.marker === 'elsewhere') context.workbook.names.getItem(marker).formula = markerReference(name);
}

/**
 * Queues taking the settings sheet `name` and its marker away, only while the marker still points at
 * it (the sheet is known by its marker, never by its name); a very hidden sheet is made hidden
 * first, since Excel will not delete it. False when there is nothing to take away.
 */
function queueRemoval(context: Excel.RequestContext, name: string, now: SettingsState): boolean {
  if (now.marker !== 'here') return false;
  if (now.sheet !== 'missing') {
    const sheet = context.workbook.worksheets.getItem(name);
    if (now.sheet === 'veryHidden') sheet.visibility = 'Hidden' as Excel.SheetVisibility;
    sheet.delete();
  }
  context.workbook.names.getItem(ownSheetMarkerName('settings')).delete();
  return true;
}

/** Takes back a settings sheet `addSettingsSheet` added when the run then wrote nothing (two syncs, outside any undo group). */
export async function removeAddedSettingsSheet(context: Excel.RequestContext, name: string): Promise<void> {
  const loaded = loadSettingsSheet(context, name);
  await context.sync();
  if (queueRemoval(context, name, settingsState(loaded, name))) await context.sync();
}

interface SheetPlan {
  /** The used range's size, when known; without it the sheet is read whole. */
  size: Excel.Range | null;
  options: ReadOptions;
}

/** Response bytes per cell and per row on the real wire (value, number format and fill per cell; row properties per row). */
function estimate(plan: SheetPlan, rows: number): number {
  const columns = plan.size?.columnCount ?? 1;
  return plan.options.valuesOnly ? rows * columns * VALUE_BYTES_PER_CELL : rows * (columns * BYTES_PER_CELL + BYTES_PER_ROW);
}

/**
 * Reads every sheet: whole when it fits the budget, else in bands of rows, packing reads into as
 * few syncs as the budget allows (one for most workbooks).
 */
async function readPlanned(context: Excel.RequestContext, items: Excel.Worksheet[], plans: SheetPlan[], budget: number, beforeLastSync?: () => void): Promise<{ used: Used; merges?: CellRange[] }[]> {
  const parts: PendingRead[][] = items.map(() => []);
  let pending = 0;
  for (let i = 0; i < items.length; i++) {
    const { size, options } = plans[i];
    if (options.skip) continue;
    if (!size) {
      parts[i].push(queueRead(items[i].getUsedRange(true), options));
      continue;
    }
    const perRow = Math.max(1, estimate(plans[i], 1));
    const rowsPerBand = Math.max(1, Math.floor(budget / perRow));
    for (let top = 0; top < size.rowCount; top += rowsPerBand) {
      const rows = Math.min(rowsPerBand, size.rowCount - top);
      const bytes = estimate(plans[i], rows);
      if (pending > 0 && pending + bytes > budget) {
        await context.sync();
        pending = 0;
      }
      const range = rows === size.rowCount ? items[i].getUsedRange(true) : items[i].getRangeByIndexes(size.rowIndex + top, size.columnIndex, rows, size.columnCount);
      parts[i].push(queueRead(range, options));
      pending += bytes;
    }
  }
  beforeLastSync?.();
  await context.sync();
  return parts.map((bands) => {
    if (!bands.length) return { used: NOT_READ };
    const resolved = bands.map(resolve);
    const merged = bands.every((b) => b.merged) ? uniqueAreas(bands.flatMap((b) => (b.merged!.isNullObject ? [] : parseAreasAddress(b.merged!.address)))) : undefined;
    if (resolved.length === 1) return { used: resolved[0], merges: merged };
    const first = resolved[0];
    // Column fonts were read per band; a column keeps its colour only if every band agrees.
    const columnFonts = first.columnFonts.map((f, j) => (resolved.every((b) => b.columnFonts[j] === f) ? f : null));
    const used: Used = {
      rowIndex: first.rowIndex,
      columnIndex: first.columnIndex,
      values: resolved.flatMap((b) => b.values),
      numberFormat: resolved.flatMap((b) => b.numberFormat),
      formulaAreas: resolved.map((b) => b.formulaAreas).filter((a): a is string => a !== null).join(',') || null,
      cellProperties: resolved.flatMap((b) => b.cellProperties),
      rowHidden: resolved.flatMap((b) => b.rowHidden),
      columnHidden: first.columnHidden,
      rowFonts: resolved.flatMap((b) => b.rowFonts),
      columnFonts,
    };
    return { used, merges: merged };
  });
}

/** A merged area that spans two bands is reported by both. */
function uniqueAreas(areas: CellRange[]): CellRange[] {
  const seen = new Map(areas.map((a) => [`${a.top}:${a.left}:${a.bottom}:${a.right}`, a]));
  return [...seen.values()];
}

/**
 * The add-in knows its own sheets by hidden workbook names `ScorecardRater_<role>` whose reference
 * names the sheet (`='RAG Summary'!$A$1`). A name pointing at `#REF!` or at no sheet is left out.
 */
export function readMarkers(items: { name: string; formula: unknown }[], sheetNames: string[]): { ownSheets: Partial<Record<OwnSheetRole, string>>; names: string[] } {
  const ownSheets: Partial<Record<OwnSheetRole, string>> = {};
  const names: string[] = [];
  for (const role of OWN_SHEET_ROLES) {
    const item = items.find((n) => n.name.toLowerCase() === ownSheetMarkerName(role).toLowerCase());
    if (!item) continue;
    names.push(item.name);
    const sheet = markerSheet(item.formula) ?? '';
    const found = sheetNames.find((s) => s.toLowerCase() === sheet.toLowerCase());
    if (found) ownSheets[role] = found;
  }
  return { ownSheets, names };
}

/** The sheet a marker name's reference names (`='RAG Summary'!$A$1` → `RAG Summary`), or null for `#REF!` and the like. */
function markerSheet(formula: unknown): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(String(formula ?? ''));
  return m ? (m[1] ?? m[2]).replace(/''/g, "'") : null;
}
