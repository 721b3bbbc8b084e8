import { fromA1, type CellRange, type CellValue, type SheetGrid, type SheetVisibility } from '../engine/grid';
import { dateToSerial } from './excel-date';
import { readStringItems } from './shared-strings';
import type { StylesPart } from './styles-part';
import { attr, attrsOf, isTrue, scanTags, textOf, type Tag } from './xml-scan';

/** The parallel arrays of one grid row. */
interface RowArrays {
  values: CellValue[];
  numberFormats: (string | undefined)[];
  formulas: (boolean | undefined)[];
  fills: (string | undefined)[];
  fontColors: (string | undefined)[];
}

/** One row as read, before trimming, and where its content ends. */
interface ReadRow extends RowArrays {
  contentWidth: number;
}

/** Grid cells a workbook may still fill: the grid holds five parallel arrays per cell. */
export interface CellBudget {
  left: number;
}

/** 10 million cells (about 400 MB of grid), some 12 times a 50,000-measure scorecard. */
export const MAX_GRID_CELLS = 10_000_000;

/** A sheet whose cells, spread out as a grid, would not fit in memory (a value in column XFD on every row). */
export class GridTooLarge extends Error {
  constructor(
    readonly sheet: string,
    readonly cells: number,
  ) {
    super(`sheet "${sheet}" spreads over ${cells} cells`);
  }
}

export interface SheetContext {
  cellBudget?: CellBudget;
  name: string;
  visibility: SheetVisibility;
  styles: StylesPart | undefined;
  sharedStrings: string[];
  date1904: boolean;
}

/** The column of a cell reference (`K14` → 10), zero-based; -1 when it has no letters. */
export function columnOf(ref: string): number {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    c = c * 26 + (code - 96);
  }
  return i === 0 ? -1 : c - 1;
}

function cellValue(type: string | undefined, raw: string | undefined, inline: string | undefined, ctx: SheetContext): CellValue {
  switch (type) {
    case 's': {
      const s = raw === undefined ? undefined : ctx.sharedStrings[Number(raw)];
      return s ?? null;
    }
    case 'inlineStr':
      return inline ?? raw ?? null;
    case 'str':
    case 'e':
      return raw ?? null;
    case 'b':
      return raw === undefined ? null : raw.trim() === '1' || raw.trim() === 'true';
    case 'd': {
      if (raw === undefined) return null;
      const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
      return Number.isNaN(t) ? raw : dateToSerial(new Date(t), ctx.date1904);
    }
    default: {
      if (raw === undefined || raw.trim() === '') return null;
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
  }
}

function isContent(v: CellValue): boolean {
  return v !== null && v !== '';
}

/**
 * Where a row is cut: after its last value, or after its last formatted cell inside the table's
 * width (an empty RAG cell's own fill must reach the engine so Clear can put it back), but never
 * out to column XFD because a whole row was formatted.
 */
function rowWidth(r: ReadRow, tableWidth: number): number {
  for (let i = Math.min(r.values.length, tableWidth) - 1; i >= r.contentWidth; i--) {
    if (r.fills[i] || r.fontColors[i] || r.numberFormats[i]) return i + 1;
  }
  return r.contentWidth;
}

function trimRow(r: ReadRow, width: number): RowArrays {
  const dense = <T>(arr: T[], blank: T): T[] => Array.from({ length: width }, (_, i) => (arr[i] === undefined ? blank : arr[i]));
  return {
    values: dense(r.values, null),
    numberFormats: dense(r.numberFormats, undefined),
    formulas: dense(r.formulas, undefined),
    fills: dense(r.fills, undefined),
    fontColors: dense(r.fontColors, undefined),
  };
}

const EMPTY_ROW: RowArrays = { values: [], numberFormats: [], formulas: [], fills: [], fontColors: [] };

function rangeOf(ref: string): CellRange | undefined {
  const [a, b = a] = ref.split(':');
  try {
    const from = fromA1(a);
    const to = fromA1(b);
    return { top: from.row, left: from.column, bottom: to.row, right: to.column };
  } catch {
    return undefined;
  }
}

/**
 * A worksheet part as a SheetGrid from A1, read in one pass over its tags. Trimmed after the last
 * row with content and, per row, after its last value or formatted cell within the table's width,
 * so formatted-but-empty rows and columns cost nothing downstream. Merged non-anchor cells are
 * blank, as Office.js reports them (the file stores nothing there anyway).
 */
export function readSheetXml(xml: string, ctx: SheetContext): SheetGrid {
  const read: ReadRow[] = [];
  const hiddenRowSet: number[] = [];
  const hiddenColumnRanges: [number, number][] = [];
  const merges: CellRange[] = [];
  let protectedSheet = false;
  let row: ReadRow | undefined;
  let rowIndex = -1;
  let col = -1;
  // The open cell: its attributes, and what its children said.
  let cell: { type?: string; s: number; col: number; raw?: string; inline?: string; formula: boolean } | undefined;
  let vOpen: Tag | undefined;
  let isOpen: Tag | undefined;
  let inExt = 0;

  const finishCell = () => {
    if (!cell || !row || cell.col < 0) return;
    const value = cellValue(cell.type, cell.raw, cell.inline, ctx);
    const i = cell.col;
    row.values[i] = value;
    if (cell.formula) row.formulas[i] = true;
    if (ctx.styles) {
      const st = ctx.styles.resolve(cell.s);
      if (st.numberFormat) row.numberFormats[i] = st.numberFormat;
      if (st.fill) row.fills[i] = st.fill;
      if (st.font) row.fontColors[i] = st.font;
    }
    if (isContent(value) || cell.formula) row.contentWidth = Math.max(row.contentWidth, i + 1);
    cell = undefined;
  };
  const finishRow = () => {
    if (row && rowIndex >= 0 && row.contentWidth > 0) read[rowIndex] = row;
    row = undefined;
  };

  scanTags(xml, (tag) => {
    const name = tag.name;
    if (name === 'extLst') {
      if (tag.kind === 'open') inExt++;
      else if (tag.kind === 'close') inExt--;
      return;
    }
    if (inExt > 0) return;
    switch (name) {
      case 'row': {
        if (tag.kind === 'close') {
          finishRow();
          break;
        }
        const r = Number(attr(xml, tag, 'r'));
        rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
        col = -1;
        if (isTrue(attr(xml, tag, 'hidden'))) hiddenRowSet.push(rowIndex);
        row = { values: [], numberFormats: [], formulas: [], fills: [], fontColors: [], contentWidth: 0 };
        if (tag.kind === 'empty') finishRow();
        break;
      }
      case 'c': {
        if (tag.kind === 'close') {
          finishCell();
          break;
        }
        const ref = attr(xml, tag, 'r');
        const type = attr(xml, tag, 't');
        const s = Number(attr(xml, tag, 's')) || 0;
        const c = ref === undefined ? col + 1 : columnOf(ref);
        col = c;
        cell = { type, s, col: c, formula: false };
        if (tag.kind === 'empty') finishCell();
        break;
      }
      case 'v':
        if (!cell) break;
        if (tag.kind === 'open') vOpen = tag;
        else if (tag.kind === 'close' && vOpen) {
          cell.raw = textOf(xml, vOpen.end, tag.start);
          vOpen = undefined;
        }
        break;
      case 'f':
        if (cell && tag.kind !== 'close') cell.formula = true;
        break;
      case 'is':
        if (!cell) break;
        if (tag.kind === 'open') isOpen = tag;
        else if (tag.kind === 'close' && isOpen) {
          cell.inline = readStringItems(xml.slice(isOpen.start, tag.end), 'is')[0] ?? '';
          isOpen = undefined;
        }
        break;
      case 'col': {
        if (tag.kind === 'close') break;
        const a = Object.fromEntries(attrsOf(xml, tag).map((x) => [x.name, x.value]));
        if (isTrue(a.hidden)) hiddenColumnRanges.push([Number(a.min) - 1, Number(a.max) - 1]);
        break;
      }
      case 'mergeCell': {
        if (tag.kind === 'close') break;
        const ref = attrsOf(xml, tag).find((x) => x.name === 'ref')?.value;
        const range = ref ? rangeOf(ref) : undefined;
        if (range) merges.push(range);
        break;
      }
      case 'sheetProtection':
        if (tag.kind !== 'close') protectedSheet = isTrue(attrsOf(xml, tag).find((x) => x.name === 'sheet')?.value);
        break;
    }
  });

  const grid: SheetGrid = { name: ctx.name, visibility: ctx.visibility, protected: protectedSheet, values: [], numberFormats: [], formulas: [], fills: [], fontColors: [] };
  const rowCount = read.length;
  let tableWidth = 0;
  for (const r of read) if (r && r.contentWidth > tableWidth) tableWidth = r.contentWidth;
  const widths: number[] = [];
  let cells = 0;
  read.forEach((r, i) => {
    widths[i] = rowWidth(r, tableWidth);
    cells += widths[i];
  });
  if (ctx.cellBudget) {
    if (cells > ctx.cellBudget.left) throw new GridTooLarge(ctx.name, cells);
    ctx.cellBudget.left -= cells;
  }
  for (let i = 0; i < rowCount; i++) {
    const r = read[i] ? trimRow(read[i], widths[i]) : EMPTY_ROW;
    grid.values[i] = r.values;
    grid.numberFormats![i] = r.numberFormats;
    grid.formulas![i] = r.formulas;
    grid.fills![i] = r.fills;
    grid.fontColors![i] = r.fontColors;
  }
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  // Non-anchor cells of a merge read blank, as Office.js reports them. Real merges never overlap, so
  // visiting more than twice the grid's cells means a hostile list of huge merges: stop there.
  let visits = 0;
  const maxVisits = 2 * cells + 1000;
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rowCount - 1) && visits < maxVisits; r++, visits++) {
      const row = grid.values[r];
      for (let c = m.left; c <= m.right && c < row.length; c++, visits++) if (r !== m.top || c !== m.left) row[c] = null;
    }
  }
  grid.merges = merges.filter((m) => m.top < rowCount);
  grid.hiddenRows = hiddenRowSet.filter((r) => r < rowCount).sort((a, b) => a - b);
  const hiddenColumns = new Set<number>();
  for (const [from, to] of hiddenColumnRanges) for (let c = Math.max(0, from); c <= Math.min(to, width - 1); c++) hiddenColumns.add(c);
  grid.hiddenColumns = [...hiddenColumns].sort((a, b) => a - b);
  return grid;
}
