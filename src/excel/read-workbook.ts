import type { WorkbookGrid } from '../engine/grid';
import { problem } from '../engine/messages';
import type { Problem } from '../engine/run/problem';
import { sheetGridFrom, type LoadedSheet } from './loaded-sheet';

/** Excel refuses to read more than 5 million cells in one range. */
export const MAX_READ_CELLS = 5_000_000;

export interface ReadWorkbook {
  ok: true;
  grid: WorkbookGrid;
  /** Name of the sheet the user is on. */
  activeSheet: string | null;
}

interface SheetReads {
  name: string;
  visibility: string;
  protected: boolean;
  used: Excel.Range;
  formulas: Excel.RangeAreas;
  cellProperties: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

/**
 * Two syncs, whatever the workbook's size: the sheet list, then everything the engine needs from
 * every sheet at once. The used range is taken "values only" (A1 on an empty sheet), so a million
 * formatted empty rows cost nothing. If that read fails, one more small sync tells a sheet past
 * Excel's 5,000,000-cell read limit (a clear Problem) from any other failure (rethrown).
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<ReadWorkbook | { ok: false; problem: Problem }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name, items/visibility, items/protection/protected');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();

  const reads: SheetReads[] = worksheets.items.map((ws) => {
    const used = ws.getUsedRange(true);
    used.load('rowIndex, columnIndex, values, numberFormat');
    const formulas = used.getSpecialCellsOrNullObject('Formulas' as Excel.SpecialCellType.formulas);
    formulas.load('address');
    return {
      name: ws.name,
      visibility: ws.visibility,
      protected: ws.protection.protected,
      used,
      formulas,
      cellProperties: used.getCellProperties({ format: { fill: { color: true, pattern: true }, font: { color: true } } }),
      rows: used.getRowProperties({ rowHidden: true }),
      columns: used.getColumnProperties({ columnHidden: true }),
    };
  });
  try {
    await context.sync();
  } catch (error) {
    const tooLarge = await findTooLarge(context, worksheets.items);
    if (tooLarge) return { ok: false, problem: tooLarge };
    throw error;
  }

  const sheets: LoadedSheet[] = reads.map((r) => ({
    name: r.name,
    visibility: r.visibility,
    protected: r.protected,
    used: {
      rowIndex: r.used.rowIndex,
      columnIndex: r.used.columnIndex,
      values: r.used.values,
      numberFormat: r.used.numberFormat,
      formulaAreas: r.formulas.isNullObject ? null : r.formulas.address,
      cellProperties: r.cellProperties.value,
      rowHidden: r.rows.value.map((p) => p.rowHidden === true),
      columnHidden: r.columns.value.map((p) => p.columnHidden === true),
    },
  }));
  return { ok: true, grid: { sheets: sheets.map(sheetGridFrom) }, activeSheet: active.name };
}

async function findTooLarge(context: Excel.RequestContext, worksheets: Excel.Worksheet[]): Promise<Problem | null> {
  const sizes = worksheets.map((ws) => ({ name: ws.name, used: ws.getUsedRange(true).load('address, rowCount, columnCount') }));
  try {
    await context.sync();
  } catch {
    return null;
  }
  const big = sizes.find((s) => s.used.rowCount * s.used.columnCount > MAX_READ_CELLS);
  if (!big) return null;
  const cells = big.used.rowCount * big.used.columnCount;
  return problem('TOO_LARGE', `sheet "${big.name}" spans ${cells.toLocaleString('en-GB')} cells (${big.used.address.split('!').pop()}); Excel reads at most ${MAX_READ_CELLS.toLocaleString('en-GB')} at once`);
}
