import type { SheetGrid } from '../grid';
import { columnLetters, toA1 } from '../grid/a1';
import { hasFormulaAt } from '../grid/sheet-cells';
import type { MeasureRow, SheetLayout } from '../layout/sheet-layout';
import type { MeasureResult } from '../rating/measure-result';
import type { RuleSet } from '../rules';
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

const RAG_WORDS: Record<string, string> = { red: 'red', r: 'red', amber: 'amber', a: 'amber', green: 'green', g: 'green', 'n/a': 'na', na: 'na' };
export const RAG_LABEL = { red: 'Red', amber: 'Amber', green: 'Green', na: 'n/a' } as const;

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

/** Checks that depend on the ratings: this quarter's value, the RAG cell as found, commentary. */
export function checkRatedMeasure(sheet: SheetGrid, layout: SheetLayout, row: MeasureRow, result: MeasureResult, quarter: number, rules: RuleSet, ragColumn: number | undefined): Flag[] {
  const flags: Flag[] = [];
  const place = { sheet: layout.sheet, cell: result.valueCell, ref: row.ref };
  const v = row.quarters[quarter];
  if (v.kind === 'suppressed') flags.push(makeFlag('SUPPRESSED_VALUE', place, { marker: v.marker, standard: v.standard }));
  const f = figureOf(v);
  if (row.count && f !== undefined && Number.isInteger(f) && f >= rules.smallCount.min && f <= rules.smallCount.max && (v.kind !== 'number' || !v.unit)) {
    flags.push(makeFlag('SMALL_COUNT', place, { value: f, min: rules.smallCount.min, max: rules.smallCount.max }));
  }
  if (ragColumn !== undefined && !hasFormulaAt(sheet, row.row, ragColumn)) {
    const before = row.existingRag;
    const known = RAG_WORDS[before.toLowerCase()];
    if (before && known !== result.rag) {
      flags.push(makeFlag('RAG_CHANGED', { ...place, cell: toA1(row.row, ragColumn) }, { before, after: RAG_LABEL[result.rag] }));
    }
  }
  for (const [column, name] of [
    [ragColumn, 'RAG'],
    [layout.columns.direction?.column, 'direction of travel'],
  ] as const) {
    if (column !== undefined && hasFormulaAt(sheet, row.row, column)) flags.push(makeFlag('RAG_FORMULA', { ...place, cell: toA1(row.row, column) }, { column: name }));
  }
  if ((result.rag === 'red' || result.rag === 'amber') && !row.comment) {
    const cell = layout.columns.comments ? toA1(row.row, layout.columns.comments.column) : result.valueCell;
    flags.push(makeFlag('NO_COMMENTARY', { ...place, cell }, { rating: RAG_LABEL[result.rag] }));
  }
  return flags;
}

