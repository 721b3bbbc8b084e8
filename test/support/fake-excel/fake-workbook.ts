import { OWN_SHEET_ROLES, ownSheetMarkerName, type CellRange, type CellValue, type OwnSheetRole, type SheetGrid, type SheetVisibility, type WorkbookGrid } from '../../../src/engine/grid';
import type { FakeChartState } from './fake-chart';
import { defaultPageSetup, type FakePageSetup } from './fake-page-layout';
import { parseNameReference } from './name-reference';

/** One cell as the fake stores it. Absent properties mean Excel's defaults (General, no fill, automatic font). */
export interface FakeCell {
  value: CellValue;
  /** The formula text (`=SUM(A1:A3)`) when the cell holds one; its value is then the (uncalculated) result. */
  formula?: string;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  wrap?: boolean;
}

const MAX_COLUMNS = 16384;
export const MAX_ROWS = 1048576;

export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

/** Zero-based inclusive rectangle. */
export type Rect = CellRange;

export class FakeSheet {
  readonly id: string;
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  readonly cells = new Map<number, FakeCell>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  /** Column widths in points, as Office.js sets them. */
  readonly columnWidths = new Map<number, number>();
  merges: CellRange[] = [];
  /** The selected range's address, once something was selected. */
  selection = 'A1';
  /** Print setup (`worksheet.pageLayout`); clearing cells leaves it, as in Excel. */
  pageSetup: FakePageSetup = defaultPageSetup();
  /** Charts floating over the sheet; clearing cells leaves them, as in Excel. */
  charts: FakeChartState[] = [];

  constructor(id: string, name: string, visibility: SheetVisibility = 'visible', isProtected = false) {
    this.id = id;
    this.name = name;
    this.visibility = visibility;
    this.protected = isProtected;
  }

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(cellKey(row, column));
  }

  /** The cell, created blank when absent, for writing. */
  cellForWrite(row: number, column: number): FakeCell {
    const key = cellKey(row, column);
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null };
      this.cells.set(key, c);
    }
    return c;
  }

  /** Drops cells that hold nothing at all, so the used range shrinks as Excel's does. */
  compact(row: number, column: number): void {
    const key = cellKey(row, column);
    const c = this.cells.get(key);
    if (c && c.value === null && !c.formula && !c.numberFormat && !c.fill && !c.fontColor && !c.bold && !c.wrap) this.cells.delete(key);
  }

  /**
   * Bounding box of used cells. `valuesOnly` counts only cells with a value or formula, which is how
   * Excel's getUsedRange(true) ignores a million formatted-but-empty rows. Null when nothing is used.
   */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, c] of this.cells) {
      if (valuesOnly && c.value === null && !c.formula) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (column < left) left = column;
      if (column > right) right = column;
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  clearAll(): void {
    this.cells.clear();
    this.columnWidths.clear();
    this.merges = [];
  }
}

/** A workbook-level defined name. */
export interface FakeName {
  name: string;
  /** `='RAG Summary'!$A$1`, or `=#REF!` once its sheet is gone. */
  formula: string;
  visible: boolean;
}

/** The whole workbook behind the fake: sheets in tab order and which one is active. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  activeSheetId: string | null = null;
  /** Each call Excel cannot undo that ran outside an undo group: Excel clears the user's undo history there. */
  undoHistoryClearedBy: string[] = [];
  private nextId = 1;

  static fromGrid(grid: WorkbookGrid): FakeWorkbook {
    const wb = new FakeWorkbook();
    for (const sg of grid.sheets) wb.addSheetFromGrid(sg);
    for (const role of OWN_SHEET_ROLES) {
      const sheet = grid.ownSheets?.[role];
      if (sheet) wb.names.push({ name: ownSheetMarkerName(role), formula: `='${sheet.replace(/'/g, "''")}'!$A$1`, visible: false });
    }
    wb.activeSheetId = wb.sheets.find((s) => s.visibility === 'visible')?.id ?? wb.sheets[0]?.id ?? null;
    return wb;
  }

  newSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(`{fake-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    return sheet;
  }

  find(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    // Excel sheet names are case-insensitive.
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  byId(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  remove(sheet: FakeSheet): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    // As in Excel, names that referred to the deleted sheet stay, referring to #REF!.
    for (const n of this.names) if (parseNameReference(n.formula)?.sheet.toLowerCase() === sheet.name.toLowerCase()) n.formula = '=#REF!';
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === 'visible')?.id ?? null;
  }

  private addSheetFromGrid(sg: SheetGrid): void {
    const sheet = this.newSheet(sg.name);
    sheet.visibility = sg.visibility;
    sheet.protected = sg.protected;
    const rows = Math.max(sg.values.length, sg.numberFormats?.length ?? 0, sg.fills?.length ?? 0, sg.fontColors?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(sg.values[r]?.length ?? 0, sg.numberFormats?.[r]?.length ?? 0, sg.fills?.[r]?.length ?? 0, sg.fontColors?.[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const value = sg.values[r]?.[c] ?? null;
        const numberFormat = sg.numberFormats?.[r]?.[c] || undefined;
        const isFormula = sg.formulas?.[r]?.[c] === true;
        const fill = sg.fills?.[r]?.[c] || undefined;
        const fontColor = sg.fontColors?.[r]?.[c] || undefined;
        if (value === null && !numberFormat && !fill && !fontColor && !isFormula) continue;
        const cell: FakeCell = { value };
        // The grid knows only that a formula is there, not its text; keep a stand-in that reads as one.
        if (isFormula) cell.formula = '=N(0)';
        if (numberFormat && numberFormat !== 'General') cell.numberFormat = numberFormat;
        if (fill) cell.fill = fill.toUpperCase();
        if (fontColor) cell.fontColor = fontColor.toUpperCase();
        sheet.cells.set(cellKey(r, c), cell);
      }
    }
    for (const r of sg.hiddenRows ?? []) sheet.hiddenRows.add(r);
    for (const c of sg.hiddenColumns ?? []) sheet.hiddenColumns.add(c);
    sheet.merges = (sg.merges ?? []).map((m) => ({ ...m }));
  }

  /** Role → sheet name for every own-sheet marker name that points at a sheet, as an adapter reads them. */
  ownSheets(): Partial<Record<OwnSheetRole, string>> {
    const ownSheets: Partial<Record<OwnSheetRole, string>> = {};
    for (const role of OWN_SHEET_ROLES) {
      const n = this.names.find((x) => x.name.toLowerCase() === ownSheetMarkerName(role).toLowerCase());
      const sheet = n && parseNameReference(n.formula)?.sheet;
      const found = sheet ? this.find(sheet) : undefined;
      if (found) ownSheets[role] = found.name;
    }
    return ownSheets;
  }

  /** The workbook as a WorkbookGrid, dense from A1 to the used range (formatting included), for comparisons in tests. */
  toGrid(): WorkbookGrid {
    const ownSheets = this.ownSheets();
    return { sheets: this.sheets.map((s) => sheetToGrid(s)), ...(Object.keys(ownSheets).length ? { ownSheets } : {}) };
  }
}

function sheetToGrid(sheet: FakeSheet): SheetGrid {
  const used = sheet.usedRect(false);
  const rows = used ? used.bottom + 1 : 0;
  const columns = used ? used.right + 1 : 0;
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  const formulas: (boolean | undefined)[][] = [];
  const fills: (string | undefined)[][] = [];
  const fontColors: (string | undefined)[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push(new Array<CellValue>(columns).fill(null));
    numberFormats.push(new Array<string | undefined>(columns).fill(undefined));
    formulas.push(new Array<boolean | undefined>(columns).fill(undefined));
    fills.push(new Array<string | undefined>(columns).fill(undefined));
    fontColors.push(new Array<string | undefined>(columns).fill(undefined));
  }
  for (const [key, c] of sheet.cells) {
    const r = Math.floor(key / MAX_COLUMNS);
    const col = key % MAX_COLUMNS;
    values[r][col] = c.value;
    numberFormats[r][col] = c.numberFormat;
    if (c.formula) formulas[r][col] = true;
    fills[r][col] = c.fill;
    fontColors[r][col] = c.fontColor;
  }
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protected,
    values,
    numberFormats,
    formulas,
    fills,
    fontColors,
    merges: sheet.merges.map((m) => ({ ...m })),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
  };
}
