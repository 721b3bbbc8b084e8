import type { SheetGrid } from '../grid';
import { columnLetters, toA1 } from '../grid/a1';
import type { MeasureRow, SheetLayout } from '../layout/sheet-layout';
import type { ParsedValue } from '../values';
import { figureOf } from '../values/parsed-value';
import { parseValue } from '../values/parse-value';
import { formatValue } from '../values/format-value';
import type { Flag } from './flag';
import { makeFlag } from './make-flag';

const FIGURE_COLUMNS = [
  ['target', 'Target'],
  ['statNeighbour', 'Stat Neigh Av'],
  ['national', 'National Av'],
  ['yearEnd', 'Year end'],
] as const;


function figureCells(row: MeasureRow, layout: SheetLayout): { value: ParsedValue; column: number; name: string }[] {
  const cells: { value: ParsedValue; column: number; name: string }[] = [];
  for (const [key, name] of FIGURE_COLUMNS) {
    const col = layout.columns[key];
    if (col) cells.push({ value: row[key], column: col.column, name });
  }
  layout.quarters.forEach((q, i) => cells.push({ value: row.quarters[i], column: q.column, name: q.header }));
  return cells;
}

/** Checks on the values of every measure row (spec §5), independent of the quarter rated. */
export function checkValues(layout: SheetLayout): Flag[] {
  const flags: Flag[] = [];
  for (const row of layout.measures) {
    for (const cell of figureCells(row, layout)) {
      const place = { sheet: layout.sheet, cell: toA1(row.row, cell.column), ref: row.ref };
      const v = cell.value;
      if (v.kind === 'text') flags.push(makeFlag('UNREADABLE_VALUE', place, { text: v.text, column: cell.name, date: v.date }));
      const f = figureOf(v);
      const values = v.kind === 'range' ? [v.low, v.high] : f !== undefined ? [f] : [];
      if (row.percent && values.some((x) => x < -1e-9 || x > 1 + 1e-9)) {
        flags.push(makeFlag('PERCENT_OUT_OF_RANGE', place, { value: formatValue(v), column: cell.name }));
      }
    }
  }
  return flags;
}

/** Formula errors anywhere in the table, header to last measure row (spec §5). */
export function checkFormulaErrors(sheet: SheetGrid, layout: SheetLayout): Flag[] {
  const flags: Flag[] = [];
  const refs = new Map(layout.measures.map((m) => [m.row, m.ref]));
  for (let r = layout.headerRow; r <= layout.lastRow; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    for (let c = 0; c < Math.min(row.length, layout.lastColumn + 1); c++) {
      const v = row[c];
      if (typeof v !== 'string' || !v.startsWith('#')) continue;
      const parsed = parseValue(v);
      if (parsed.kind === 'error') flags.push(makeFlag('FORMULA_ERROR', { sheet: layout.sheet, cell: toA1(r, c), ref: refs.get(r) }, { error: parsed.error }));
    }
  }
  return flags;
}

export function checkDuplicateRefs(layout: SheetLayout): Flag[] {
  const flags: Flag[] = [];
  const seen = new Map<string, string>();
  const col = layout.columns.ref?.column;
  if (col === undefined) return flags;
  for (const row of layout.measures) {
    if (!row.ref) continue;
    const key = row.ref.toLowerCase();
    const cell = toA1(row.row, col);
    const first = seen.get(key);
    if (first) flags.push(makeFlag('DUPLICATE_REF', { sheet: layout.sheet, cell, ref: row.ref }, { firstCell: first }));
    else seen.set(key, cell);
  }
  return flags;
}

/** Hidden rows and columns inside the table travel with the workbook (spec §5). */
export function checkHiddenRowsAndColumns(sheet: SheetGrid, layout: SheetLayout): Flag[] {
  const flags: Flag[] = [];
  const where = { sheet: layout.sheet, ref: '' };
  for (const r of sheet.hiddenRows ?? []) {
    flags.push(makeFlag('HIDDEN_CONTENT', { ...where, cell: `${r + 1}:${r + 1}` }, { what: `row ${r + 1}` }));
  }
  for (const c of sheet.hiddenColumns ?? []) {
    const l = columnLetters(c);
    flags.push(makeFlag('HIDDEN_CONTENT', { ...where, cell: `${l}:${l}` }, { what: `column ${l}` }));
  }
  return flags;
}

/** Roles whose absence leaves measures contextual: without them nothing says which way is good or what to aim at. */
export function missingRatingRoles(layout: SheetLayout): ('polarity' | 'target')[] {
  return (['polarity', 'target'] as const).filter((role) => !layout.columns[role]);
}

/**
 * LAYOUT_GAP (spec §2): more than half of the measures are unrated for want of polarity or target
 * while the sheet has no polarity or no target column, or its polarity cells hold words the
 * vocabulary does not know. Names what is missing and the headers that matched nothing.
 * `unrated` counts the measures left contextual for lack of polarity or target.
 */
export function checkLayoutGap(layout: SheetLayout, unrated: number): Flag[] {
  if (!layout.recognised || !layout.measures.length || unrated * 2 <= layout.measures.length) return [];
  const missing = missingRatingRoles(layout);
  const unknownWords = [...new Set(layout.measures.filter((m) => m.polarityText && !m.polarity).map((m) => m.polarityText))];
  if (!missing.length && !unknownWords.length) return [];
  return [
    makeFlag(
      'LAYOUT_GAP',
      { sheet: layout.sheet, cell: '' },
      { missing, unknownWords, unmatched: layout.unmatchedHeaders, unrated, total: layout.measures.length },
    ),
  ];
}
