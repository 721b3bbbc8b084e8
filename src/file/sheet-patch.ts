import { toA1 } from '../engine/grid';
import { parseAddress } from './cell-address';
import type { CellStyle, CellWrite } from '../engine/plan';
import { cellXml } from './cell-xml';
import { columnOf } from './sheet-xml-reader';
import { splice, withAttrs, type Splice } from './xml-edit';
import { attr, attrsOf, scanTags, type Tag } from './xml-scan';

/** Gives the cell format that is `base` with `change` applied (appending to styles.xml as needed). */
export type DeriveStyle = (base: number, change: CellStyle) => number;

interface CellSpot {
  col: number;
  open: Tag;
  /** End of the element (after `</c>` or the empty tag). */
  end: number;
  hasRef: boolean;
}

interface RowSpot {
  index: number;
  open: Tag;
  close?: Tag;
  hasRef: boolean;
  cells: CellSpot[];
}

/** The only elements the patch looks at; values, formulas and text inside cells are stepped over. */
const PATCH_TAGS = ['c', 'row', 'sheetData'];

/** The planned cells by row, then column; a cell named twice gets both writes in order. */
function byRow(writes: CellWrite[]): Map<number, Map<number, CellWrite[]>> {
  const rows = new Map<number, Map<number, CellWrite[]>>();
  for (const w of writes) {
    const { row, column } = parseAddress(w.address);
    let cols = rows.get(row);
    if (!cols) rows.set(row, (cols = new Map()));
    const list = cols.get(column);
    if (list) list.push(w);
    else cols.set(column, [w]);
  }
  return rows;
}

/**
 * A worksheet part with the planned cells changed and nothing else: each named `<c>` is rewritten
 * (or only its `s` attribute, for a fill-only write); missing cells and rows are inserted in order.
 * Rows or cells stored without an `r` attribute (allowed, rare) get one where the patch needs
 * positions to stay unambiguous.
 */
export function patchSheetXml(xml: string, writes: CellWrite[], derive: DeriveStyle): string {
  const planned = byRow(writes);
  const rows: RowSpot[] = [];
  let sheetDataOpen: Tag | undefined;
  let sheetDataClose: Tag | undefined;
  let row: RowSpot | undefined;
  let cell: CellSpot | undefined;
  let rowIndex = -1;
  let col = -1;
  let inData = false;
  scanTags(xml, (tag) => {
    if (tag.name === 'sheetData') {
      if (tag.kind === 'open') (sheetDataOpen = tag), (inData = true);
      else if (tag.kind === 'empty') (sheetDataOpen = tag), (sheetDataClose = tag);
      else {
        sheetDataClose = tag;
        return false;
      }
      return;
    }
    if (!inData) return;
    if (tag.name === 'row') {
      if (tag.kind === 'close') {
        if (row) row.close = tag;
        row = undefined;
        return;
      }
      const r = Number(attr(xml, tag, 'r'));
      const hasRef = Number.isInteger(r) && r > 0;
      rowIndex = hasRef ? r - 1 : rowIndex + 1;
      col = -1;
      row = { index: rowIndex, open: tag, hasRef, cells: [] };
      rows.push(row);
      if (tag.kind === 'empty') row = undefined;
    } else if (tag.name === 'c' && row) {
      if (tag.kind === 'close') {
        if (cell) cell.end = tag.end;
        cell = undefined;
        return;
      }
      if (!planned.has(row.index) && row.hasRef) return; // only rows the plan touches need their cells
      const ref = attr(xml, tag, 'r');
      col = ref === undefined ? col + 1 : columnOf(ref);
      const spot: CellSpot = { col, open: tag, end: tag.end, hasRef: ref !== undefined };
      row.cells.push(spot);
      cell = tag.kind === 'open' ? spot : undefined;
    }
  }, 0, xml.length, PATCH_TAGS);
  if (!sheetDataOpen || !sheetDataClose) throw new Error('the sheet has no cell table (sheetData)');
  const p = sheetDataOpen.prefix;
  const edits: Splice[] = [];
  const addRef = (t: Tag, ref: string) => {
    const at = t.start + 1 + t.prefix.length + t.name.length;
    edits.push({ at, end: at, text: ` r="${ref}"` });
  };
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  const anyNewRow = [...planned.keys()].some((r) => !byIndex.has(r));
  for (const r of rows) if (!r.hasRef && (anyNewRow || planned.has(r.index))) addRef(r.open, String(r.index + 1));

  const newRows: [number, string][] = [];
  for (const [rIndex, cols] of [...planned.entries()].sort((a, b) => a[0] - b[0])) {
    const spot = byIndex.get(rIndex);
    const columns = [...cols.entries()].sort((a, b) => a[0] - b[0]);
    if (!spot) {
      newRows.push([rIndex, `<${p}row r="${rIndex + 1}">${columns.map(([c, ws]) => newCell(p, toA1(rIndex, c), ws, derive)).join('')}</${p}row>`]);
      continue;
    }
    for (const c of spot.cells) if (!c.hasRef) addRef(c.open, toA1(rIndex, c.col));
    const inserts: string[] = [];
    let insertAt = -1;
    const flush = () => {
      if (inserts.length) edits.push({ at: insertAt, end: insertAt, text: inserts.splice(0).join('') });
    };
    for (const [c, ws] of columns) {
      const existing = spot.cells.find((x) => x.col === c);
      if (existing) {
        edits.push(rewriteCell(xml, existing, toA1(rIndex, c), ws, derive));
        continue;
      }
      const next = spot.cells.find((x) => x.col > c);
      const at = next ? next.open.start : spot.close ? spot.close.start : -1;
      if (at !== insertAt) flush();
      insertAt = at;
      inserts.push(newCell(p, toA1(rIndex, c), ws, derive));
    }
    if (insertAt === -1 && inserts.length) {
      // `<row r="5"/>`: open it up to hold the new cells.
      const tagText = xml.slice(spot.open.start, spot.open.end).replace(/\s*\/>$/, '>');
      edits.push({ at: spot.open.start, end: spot.open.end, text: `${tagText}${inserts.splice(0).join('')}</${spot.open.prefix}row>` });
    } else flush();
  }
  if (newRows.length) {
    if (sheetDataOpen === sheetDataClose) {
      const open = xml.slice(sheetDataOpen.start, sheetDataOpen.end).replace(/\s*\/>$/, '>');
      edits.push({ at: sheetDataOpen.start, end: sheetDataOpen.end, text: `${open}${newRows.map(([, t]) => t).join('')}</${p}sheetData>` });
    } else {
      for (const [rIndex, text] of newRows) {
        const next = firstRowAfter(rows, rIndex);
        const at = next ? next.open.start : sheetDataClose.start;
        edits.push({ at, end: at, text });
      }
    }
  }
  return splice(xml, edits);
}

/** The first row stored after index `r` (rows are stored in order), by binary search. */
function firstRowAfter(rows: RowSpot[], r: number): RowSpot | undefined {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].index > r) hi = mid;
    else lo = mid + 1;
  }
  return rows[lo];
}

/** The cell's format after its writes, and its value (undefined: unchanged). */
function fold(base: number, ws: CellWrite[], derive: DeriveStyle): { style: number; value: CellWrite['value'] } {
  let style = base;
  let value: CellWrite['value'];
  for (const w of ws) {
    if (w.style) style = derive(style, w.style);
    if (w.value !== undefined) value = w.value;
  }
  return { style, value };
}

function newCell(p: string, ref: string, ws: CellWrite[], derive: DeriveStyle): string {
  const { style, value } = fold(0, ws, derive);
  return cellXml(p, ref, style, value ?? null);
}

function rewriteCell(xml: string, spot: CellSpot, ref: string, ws: CellWrite[], derive: DeriveStyle): Splice {
  const attrs = attrsOf(xml, spot.open);
  const base = Number(attrs.find((a) => a.name === 's')?.value) || 0;
  const { style, value } = fold(base, ws, derive);
  if (value === undefined) {
    // A format-only write: the cell keeps its value, formula and every other attribute.
    const open = xml.slice(spot.open.start, spot.open.end);
    return { at: spot.open.start, end: spot.open.end, text: style === base ? open : withAttrs(open, { s: String(style) }) };
  }
  return { at: spot.open.start, end: spot.end, text: cellXml(spot.open.prefix, ref, style, value) };
}
