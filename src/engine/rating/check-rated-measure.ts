import { toA1 } from '../grid/a1';
import type { Flag } from '../flags/flag';
import { makeFlag } from '../flags/make-flag';
import type { MeasureRow, SheetLayout } from '../layout/sheet-layout';
import type { RuleSet } from '../rules';
import { figureOf } from '../values/parsed-value';
import type { MeasureResult } from './measure-result';

const RAG_WORDS: Record<string, string> = { red: 'red', r: 'red', amber: 'amber', a: 'amber', green: 'green', g: 'green', 'n/a': 'na', na: 'na' };
export const RAG_LABEL = { red: 'Red', amber: 'Amber', green: 'Green', na: 'n/a' } as const;

/** Checks that depend on the ratings: this quarter's value, the RAG cell as found, commentary. */
export function checkRatedMeasure(layout: SheetLayout, row: MeasureRow, result: MeasureResult, quarter: number, rules: RuleSet): Flag[] {
  const ragColumn = layout.columns.rag?.column;
  const flags: Flag[] = [];
  const place = { sheet: layout.sheet, cell: result.valueCell, ref: row.ref };
  const v = row.quarters[quarter];
  if (v.kind === 'suppressed') flags.push(makeFlag('SUPPRESSED_VALUE', place, { marker: v.marker, standard: v.standard }));
  const f = figureOf(v);
  if (row.count && f !== undefined && Number.isInteger(f) && f >= rules.smallCount.min && f <= rules.smallCount.max && (v.kind !== 'number' || !v.unit)) {
    flags.push({ ...makeFlag('SMALL_COUNT', place, { value: f, min: rules.smallCount.min, max: rules.smallCount.max }), severity: rules.smallCount.severity });
  }
  if (ragColumn !== undefined && !row.ragFormula) {
    const before = row.existingRag;
    const known = RAG_WORDS[before.toLowerCase()];
    if (before && known !== result.rag) {
      flags.push(makeFlag('RAG_CHANGED', { ...place, cell: toA1(row.row, ragColumn) }, { before, after: RAG_LABEL[result.rag] }));
    }
  }
  for (const [column, formula, name] of [
    [ragColumn, row.ragFormula, 'RAG'],
    [layout.columns.direction?.column, row.directionFormula, 'direction of travel'],
  ] as const) {
    if (column !== undefined && formula) flags.push(makeFlag('RAG_FORMULA', { ...place, cell: toA1(row.row, column) }, { column: name }));
  }
  if ((result.rag === 'red' || result.rag === 'amber') && !row.comment) {
    const cell = layout.columns.comments ? toA1(row.row, layout.columns.comments.column) : result.valueCell;
    flags.push(makeFlag('NO_COMMENTARY', { ...place, cell }, { rating: RAG_LABEL[result.rag] }));
  }
  return flags;
}

