import type { CellValue, SheetGrid, SheetVisibility } from '../engine/grid';
import { parseAreasAddress } from './range-areas';

/** What the read sync brought back for one sheet, before it becomes a SheetGrid. */
export interface LoadedSheet {
  name: string;
  /** As Office.js spells it: `Visible`, `Hidden`, `VeryHidden`. */
  visibility: string;
  protected: boolean;
  /** Null when the sheet has no values. */
  used: null | {
    rowIndex: number;
    columnIndex: number;
    values: unknown[][];
    numberFormat: string[][];
    /** Address of the formula cells (RangeAreas), or null when there are none. */
    formulaAreas: string | null;
    /** Per cell, fill colour only (getCellProperties); white is how Excel reports "no fill". */
    cellProperties: Excel.CellProperties[][];
    rowHidden: boolean[];
    columnHidden: boolean[];
    /** Font colour shared by the whole row / column, null where its cells differ. */
    rowFonts: (string | null)[];
    columnFonts: (string | null)[];
  };
}

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/**
 * Office.js reports blanks as '', General as the format, no fill as white and an automatic font as
 * black; the grid keeps only what differs from Excel's defaults. Font colours come per row and per
 * column (per cell they would double the read): a cell takes its row's colour, else its column's;
 * where both differ (only cells already coloured, which the add-in's ledger remembers) it is automatic.
 */
export function sheetGridFrom(loaded: LoadedSheet): SheetGrid {
  const grid: SheetGrid = {
    name: loaded.name,
    visibility: VISIBILITY[loaded.visibility] ?? 'visible',
    protected: loaded.protected,
    values: [],
    numberFormats: [],
    formulas: [],
    fills: [],
    fontColors: [],
    hiddenRows: [],
    hiddenColumns: [],
  };
  const used = loaded.used;
  if (!used) return grid;
  const top = used.rowIndex;
  const left = used.columnIndex;
  for (let r = 0; r < top + used.values.length; r++) {
    grid.values.push([]);
    grid.numberFormats!.push([]);
    grid.formulas!.push([]);
    grid.fills!.push([]);
    grid.fontColors!.push([]);
  }
  used.values.forEach((line, i) => {
    const r = top + i;
    line.forEach((v, j) => {
      const c = left + j;
      grid.values[r][c] = toCellValue(v);
      const nf = used.numberFormat[i]?.[j];
      if (nf && nf !== 'General') grid.numberFormats![r][c] = nf;
      const fill = used.cellProperties[i]?.[j]?.format?.fill?.color?.toUpperCase();
      if (fill && fill !== '#FFFFFF') grid.fills![r][c] = fill;
      const font = (used.rowFonts[i] ?? used.columnFonts[j])?.toUpperCase();
      if (font && font !== '#000000') grid.fontColors![r][c] = font;
    });
  });
  // Pad the left of each row so the arrays stay aligned from A1.
  for (let r = top; r < grid.values.length; r++) for (let c = 0; c < left; c++) grid.values[r][c] = null;
  if (used.formulaAreas) {
    for (const area of parseAreasAddress(used.formulaAreas)) {
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) if (grid.formulas![r]) grid.formulas![r][c] = true;
    }
  }
  used.rowHidden.forEach((hidden, i) => hidden && grid.hiddenRows!.push(top + i));
  used.columnHidden.forEach((hidden, j) => hidden && grid.hiddenColumns!.push(left + j));
  return grid;
}

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}
