import type { CellValue, SheetGrid } from '../grid';
import { fromA1, toA1 } from '../grid/a1';
import { fillAt, fontColorAt, hasFormulaAt, valueAt } from '../grid/sheet-cells';
import type { ColumnMatch, SheetLayout } from '../layout/sheet-layout';
import { isMergedAway } from '../plan/check-plan';
import type { CellStyle, CellWrite } from '../plan/write-plan';
import { outputColumns } from '../rating/rate-sheet';
import type { CellRole, CellState, LedgerCell } from './ledger';

/**
 * Finding a ledger cell again in the sheet as it is now: by its measure and role, through the
 * current layout, so rows and columns the analyst inserted or deleted since do not mislead it.
 */

export interface CellAt {
  row: number;
  column: number;
}

export interface Anchor {
  role: CellRole;
  ref: string;
  column?: string;
  address: string;
}

/** One key per anchor: refs and headers compare case-insensitively; cells with no measure by address. */
export function anchorKey(a: Anchor): string {
  const where = a.role === 'header' ? '' : a.ref === '' ? a.address : a.ref.trim().toLowerCase();
  return `${a.role}\u0000${where}\u0000${(a.column ?? '').toLowerCase()}`;
}

/** A column's stable name: its role, or its quarter number for quarter columns (their year suffix changes every year). */
export function columnKey(match: ColumnMatch): string {
  return match.role === 'quarter' ? `quarter ${match.quarter ?? match.header}` : match.role;
}

export interface Locator {
  /** The anchor of a measure's cell, or null when the row is not a measure row. */
  measureKey(row: number): string | null;
  columnKeyAt(column: number): string | null;
  /** Where the anchored cell is now, or undefined when its row or column is gone. */
  find(a: Anchor): CellAt | undefined;
}

export function locator(layout: SheetLayout): Locator {
  const rows = new Map<string, number>();
  const keyOfRow = new Map<number, string>();
  for (const m of layout.measures) {
    const base = (m.ref || m.measure).trim();
    if (!base) continue;
    // A duplicated ref (itself an error flag) gets its occurrence, so each row keeps its own cells.
    let key = base;
    for (let n = 2; rows.has(key.toLowerCase()); n++) key = `${base} #${n}`;
    rows.set(key.toLowerCase(), m.row);
    keyOfRow.set(m.row, key);
  }
  const columns = new Map<string, number>();
  const keyOfColumn = new Map<number, string>();
  for (const match of [...Object.values(layout.columns), ...layout.quarters]) {
    if (!match) continue;
    const key = columnKey(match);
    if (columns.has(key)) continue;
    columns.set(key, match.column);
    keyOfColumn.set(match.column, key);
  }
  const out = layout.recognised ? outputColumns(layout) : undefined;
  return {
    measureKey: (row) => keyOfRow.get(row) ?? null,
    columnKeyAt: (column) => keyOfColumn.get(column) ?? null,
    find(a) {
      if (a.role === 'header') {
        const match = a.column === 'rag' || a.column === 'direction' ? layout.columns[a.column] : undefined;
        return match ? { row: layout.headerRow, column: match.column } : undefined;
      }
      // Only a flag fill (a colour, never a value) may be anchored by address alone.
      if (a.ref === '') return a.role === 'fill' ? fromA1(a.address) : undefined;
      const row = rows.get(a.ref.trim().toLowerCase());
      if (row === undefined || !out) return undefined;
      if (a.role === 'rag') return { row, column: out.rag };
      if (a.role === 'direction') return { row, column: out.direction };
      const column = columns.get((a.column ?? '').toLowerCase());
      return column === undefined ? undefined : { row, column };
    },
  };
}

function sameValue(a: CellValue, b: CellValue | undefined): boolean {
  const blank = (v: CellValue | undefined) => v === null || v === undefined || v === '';
  return blank(a) ? blank(b) : a === b;
}

function sameColour(a: string | undefined, b: string | null | undefined): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

/**
 * Whether the cell holds exactly `state` in the parts it records: value (never a formula, never
 * inside a merged area), fill, and font colour when the grid reports one.
 */
export function holds(sheet: SheetGrid, at: CellAt, state: CellState): boolean {
  const { row, column } = at;
  if (state.value !== undefined) {
    if (hasFormulaAt(sheet, row, column) || isMergedAway(sheet, row, column)) return false;
    if (!sameValue(valueAt(sheet, row, column), state.value)) return false;
  }
  if (state.fill !== undefined && !sameColour(fillAt(sheet, row, column), state.fill)) return false;
  const font = fontColorAt(sheet, row, column);
  if (state.font !== undefined && font !== undefined && !sameColour(font, state.font)) return false;
  return true;
}

/** The cell's current state, in the parts `like` records. */
export function snapshot(sheet: SheetGrid, at: CellAt, like: CellState): CellState {
  const { row, column } = at;
  const state: CellState = {};
  if (like.value !== undefined) state.value = valueAt(sheet, row, column);
  if (like.fill !== undefined) state.fill = fillAt(sheet, row, column) ?? null;
  if (like.font !== undefined) state.font = fontColorAt(sheet, row, column) ?? null;
  return state;
}

/**
 * The write that puts a ledger cell's earlier state back: only the parts the add-in wrote (a fill
 * entry never restores a value). A value goes back as a plain value: a string is always written as
 * text, never as a formula, whatever the ledger holds.
 */
export function restoreWrite(entry: LedgerCell, at: CellAt): CellWrite {
  const { before, wrote } = entry;
  const style: CellStyle = {};
  if (wrote.fill !== undefined && before.fill !== undefined) style.fill = before.fill;
  if (wrote.font !== undefined && before.font !== undefined) style.font = before.font;
  const write: CellWrite = { address: toA1(at.row, at.column), style };
  if (wrote.value !== undefined && before.value !== undefined) write.value = before.value ?? '';
  return write;
}
