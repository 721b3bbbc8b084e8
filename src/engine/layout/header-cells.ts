import { fromA1 } from '../grid/a1';
import type { SheetLayout } from './sheet-layout';

export interface HeaderCell {
  /** The header text as found (both rows joined when split); '' for a blank-header measure column. */
  header: string;
  address: string;
  column: number;
}

/**
 * Every header cell of a recognised sheet, matched to a role or not, left to right: the choices a
 * column map offers for a role (the pane's column map).
 */
export function headerCells(layout: SheetLayout): HeaderCell[] {
  const cells = new Map<number, HeaderCell>();
  for (const m of [...Object.values(layout.columns), ...layout.quarters]) if (m) cells.set(m.column, { header: m.header, address: m.address, column: m.column });
  for (const u of layout.unmatchedHeaders) {
    const column = fromA1(u.address).column;
    if (!cells.has(column)) cells.set(column, { ...u, column });
  }
  return [...cells.values()].sort((a, b) => a.column - b.column);
}
