import type { SheetGrid } from '../grid';
import { valueAt } from '../grid/sheet-cells';
import { toA1 } from '../grid/a1';
import type { Flag } from '../flags/flag';
import { checkDuplicateRefs, checkFormulaErrors, checkHiddenRowsAndColumns, checkLayoutGap, checkValues } from '../flags/check-sheet';
import { makeFlag } from '../flags/make-flag';
import type { QuarterColumn, QuarterIndex, SheetLayout } from '../layout/sheet-layout';
import type { RuleSet } from '../rules';
import { checkRatedMeasure } from './check-rated-measure';
import { chooseQuarter } from './choose-quarter';
import type { MeasureResult } from './measure-result';
import { rateMeasure } from './rate-measure';

export interface OutputColumns {
  rag: number;
  direction: number;
  /** Columns the run adds after the table because the sheet had none (spec §6). */
  appended: { column: number; header: string }[];
}

const OWN_HEADERS = { rag: 'RAG', direction: 'Direction of travel' } as const;

/**
 * A RAG or direction column the add-in appended on an earlier run: its own header text, right of
 * every other column of the table. It stays "appended" on every later run, so each run writes the
 * same header and rating twice gives the same cells as rating once (issue 9).
 */
function appendedBefore(layout: SheetLayout, role: 'rag' | 'direction'): boolean {
  const m = layout.columns[role];
  if (!m || m.header !== OWN_HEADERS[role]) return false;
  const others = [...Object.values(layout.columns), ...layout.quarters].filter((c) => c && c.role !== 'rag' && c.role !== 'direction');
  return others.every((c) => c!.column < m.column);
}

/** The RAG and direction columns: the sheet's own, or new ones appended after the last column of the table. */
export function outputColumns(layout: SheetLayout): OutputColumns {
  const appended: OutputColumns['appended'] = [];
  const own = (role: 'rag' | 'direction') => {
    const m = layout.columns[role];
    if (m && appendedBefore(layout, role)) appended.push({ column: m.column, header: OWN_HEADERS[role] });
    return m?.column;
  };
  let next = layout.lastColumn + 1;
  const rag = own('rag') ?? (appended.push({ column: next, header: OWN_HEADERS.rag }), next++);
  const direction = own('direction') ?? (appended.push({ column: next, header: OWN_HEADERS.direction }), next++);
  return { rag, direction, appended };
}

/** One sheet rated: the quarter, every measure's result and every flag (counts come in summary/). */
export interface RatedSheet {
  quarter: QuarterColumn;
  /** True when the user picked the quarter rather than the rightmost one with figures. */
  chosen: boolean;
  measures: MeasureResult[];
  flags: Flag[];
}

/** Rates every measure of a recognised sheet and runs every sheet check. Returns null when the picked quarter is absent. */
export function rateMeasures(sheet: SheetGrid, layout: SheetLayout, rules: RuleSet, picked?: QuarterIndex): RatedSheet | null {
  const q = chooseQuarter(layout, picked);
  if (q < 0) return null;
  const quarter = layout.quarters[q];
  const out = outputColumns(layout);
  const flags: Flag[] = [];
  if (sheet.protected) flags.push(makeFlag('SHEET_PROTECTED', { sheet: sheet.name, cell: '' }, {}));
  flags.push(...checkHiddenRowsAndColumns(sheet, layout), ...checkDuplicateRefs(layout), ...checkFormulaErrors(sheet, layout), ...checkValues(layout));

  const measures: MeasureResult[] = [];
  for (const row of layout.measures) {
    const rated = rateMeasure(row, layout, q, rules);
    const lead = layout.columns.lead ? valueAt(sheet, row.row, layout.columns.lead.column) : null;
    const result = {
      ...rated.result,
      ragCell: toA1(row.row, out.rag),
      directionCell: toA1(row.row, out.direction),
      commentary: row.comment,
      lead: lead === null ? '' : String(lead).trim(),
    };
    measures.push(result);
    flags.push(...rated.flags, ...checkRatedMeasure(layout, row, result, q, rules));
  }
  // A gap in the layout comes first: it explains most of what follows.
  const unrated = measures.filter((m) => m.contextual === 'noPolarityOrTarget' || m.contextual === 'targetWithoutPolarity').length;
  flags.unshift(...checkLayoutGap(layout, unrated));
  return { quarter, chosen: picked !== undefined, measures, flags };
}
