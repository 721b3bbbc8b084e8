import type { WorkbookGrid } from '../engine/grid';
import { problem } from '../engine/messages';
import type { Problem } from '../engine/run/problem';
import { sheetGridFrom, type LoadedSheet } from './loaded-sheet';

/** Excel refuses to read more than 5 million cells in one range. */
export const MAX_READ_CELLS = 5_000_000;
/** Response size a banded re-read aims for, under Excel on the web's 5 MB response limit. */
const BAND_RESPONSE_BYTES = 2 * 1024 * 1024;
/** Roughly what one cell costs in the response (value, number format, fill colour). */
const BYTES_PER_CELL = 70;

export interface ReadWorkbook {
  ok: true;
  grid: WorkbookGrid;
  /** Name of the sheet the user is on. */
  activeSheet: string | null;
}

type Used = NonNullable<LoadedSheet['used']>;

/** The loads for one rectangle of one sheet, resolved after a sync. */
interface PendingRead {
  range: Excel.Range;
  formulas: Excel.RangeAreas;
  cells: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

function queueRead(range: Excel.Range): PendingRead {
  range.load('rowIndex, columnIndex, rowCount, columnCount, values, numberFormat');
  const formulas = range.getSpecialCellsOrNullObject('Formulas' as Excel.SpecialCellType.formulas);
  formulas.load('address');
  return {
    range,
    formulas,
    cells: range.getCellProperties({ format: { fill: { color: true } } }),
    rows: range.getRowProperties({ rowHidden: true, format: { font: { color: true } } }),
    columns: range.getColumnProperties({ columnHidden: true, format: { font: { color: true } } }),
  };
}

function resolve(read: PendingRead): Used {
  return {
    rowIndex: read.range.rowIndex,
    columnIndex: read.range.columnIndex,
    values: read.range.values,
    numberFormat: read.range.numberFormat,
    formulaAreas: read.formulas.isNullObject ? null : read.formulas.address,
    cellProperties: read.cells.value,
    rowHidden: read.rows.value.map((p) => p.rowHidden === true),
    columnHidden: read.columns.value.map((p) => p.columnHidden === true),
    rowFonts: read.rows.value.map((p) => p.format?.font?.color ?? null),
    columnFonts: read.columns.value.map((p) => p.format?.font?.color ?? null),
  };
}

/**
 * Two syncs for any workbook that fits one response: the sheet list, then everything the engine
 * needs from every sheet at once. The used range is taken "values only" (A1 on an empty sheet), so
 * a million formatted empty rows cost nothing. If that read fails, one small sync finds out why:
 * a sheet past Excel's 5,000,000-cell read limit is a clear Problem; a response too large for
 * Excel on the web is read again in row bands (a few more syncs, only for very large workbooks).
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<ReadWorkbook | { ok: false; problem: Problem }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name, items/visibility, items/protection/protected');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();
  const items = worksheets.items;
  const meta = items.map((ws) => ({ name: ws.name, visibility: ws.visibility, protected: ws.protection.protected }));

  let used: Used[];
  const reads = items.map((ws) => queueRead(ws.getUsedRange(true)));
  try {
    await context.sync();
    used = reads.map(resolve);
  } catch (error) {
    const sizes = items.map((ws) => ws.getUsedRange(true).load('address, rowIndex, columnIndex, rowCount, columnCount'));
    await context.sync();
    const big = sizes.findIndex((s) => s.rowCount * s.columnCount > MAX_READ_CELLS);
    if (big >= 0) {
      const s = sizes[big];
      const cells = (s.rowCount * s.columnCount).toLocaleString('en-GB');
      return { ok: false, problem: problem('TOO_LARGE', `sheet "${meta[big].name}" spans ${cells} cells (${s.address.split('!').pop()}); Excel reads at most ${MAX_READ_CELLS.toLocaleString('en-GB')} at once`) };
    }
    if ((error as { code?: string } | null)?.code !== 'ResponsePayloadSizeLimitExceeded') throw error;
    used = await readInBands(context, items, sizes);
  }

  const sheets: LoadedSheet[] = meta.map((m, i) => ({ ...m, used: used[i] }));
  return { ok: true, grid: { sheets: sheets.map(sheetGridFrom) }, activeSheet: active.name };
}

/** Reads each used range in bands of rows, syncing whenever the response would near the limit. */
async function readInBands(context: Excel.RequestContext, items: Excel.Worksheet[], sizes: Excel.Range[]): Promise<Used[]> {
  const parts: PendingRead[][] = items.map(() => []);
  let pending = 0;
  for (let i = 0; i < items.length; i++) {
    const s = sizes[i];
    const rowsPerBand = Math.max(1, Math.floor(BAND_RESPONSE_BYTES / (s.columnCount * BYTES_PER_CELL)));
    for (let top = 0; top < s.rowCount; top += rowsPerBand) {
      const rows = Math.min(rowsPerBand, s.rowCount - top);
      const bytes = rows * s.columnCount * BYTES_PER_CELL;
      if (pending > 0 && pending + bytes > BAND_RESPONSE_BYTES) {
        await context.sync();
        pending = 0;
      }
      parts[i].push(queueRead(items[i].getRangeByIndexes(s.rowIndex + top, s.columnIndex, rows, s.columnCount)));
      pending += bytes;
    }
  }
  await context.sync();
  return parts.map((bands) => {
    const resolved = bands.map(resolve);
    const first = resolved[0];
    // Column fonts were read per band; a column keeps its colour only if every band agrees.
    const columnFonts = first.columnFonts.map((f, j) => (resolved.every((b) => b.columnFonts[j] === f) ? f : null));
    return {
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
  });
}
