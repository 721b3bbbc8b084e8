import { toA1 } from '../grid/a1';
import type { Flag } from '../flags/flag';
import { makeFlag } from '../flags/make-flag';
import { readBands } from '../layout/read-bands';
import type { MeasureRow, SheetLayout } from '../layout/sheet-layout';
import type { RuleSet } from '../rules';
import type { ParsedValue } from '../values';
import { figureOf } from '../values/parsed-value';
import { formatValue } from '../values/format-value';
import type { Judgement, MeasureResult } from './measure-result';
import { rateAgainstBand, rateAgainstTarget } from './rate-against';
import { rateByBands } from './rate-bands';
import { rateDirection } from './rate-direction';
import { resolveMeasureRules, type MeasureRules } from './resolve-measure-rules';


const BASIS_NAMES = { statNeighbour: 'statistical neighbour average', national: 'national average', yearEnd: 'year-end figure' } as const;

function na(reason: string): Judgement {
  return { rating: 'na', reason };
}

interface RagContext {
  row: MeasureRow;
  value: ParsedValue;
  rules: RuleSet;
  m: MeasureRules;
  flag: (f: Flag) => void;
  place: { sheet: string; cell: string; ref: string };
  quarterLabel: string;
}

function missingOrUnrated(c: RagContext): Judgement | null {
  const v = c.value;
  if (v.kind === 'suppressed') return na('suppressed this quarter');
  if (v.kind === 'missing') {
    if (c.m.frequency === 'quarterly') c.flag(makeFlag('MISSING_VALUE', c.place, { quarter: c.quarterLabel }));
    return na(c.m.frequency === 'quarterly' ? 'no figure this quarter' : `no figure this quarter (reported ${c.m.frequency})`);
  }
  if (figureOf(v) === undefined) return na(`this quarter's cell does not hold a figure (${formatValue(v)})`);
  return null;
}

function rateRag(c: RagContext): { judgement: Judgement; polarity: MeasureRules['polarity'] } {
  const { row, rules, m } = c;
  if (m.exclude) return { judgement: na('excluded from rating by the rules'), polarity: m.polarity };
  if (row.bands && (row.bands.requiresImprovement.kind !== 'missing' || row.bands.good.kind !== 'missing' || row.bands.outstanding.kind !== 'missing')) {
    const bands = readBands(row.bands.requiresImprovement, row.bands.good, row.bands.outstanding, row.percent);
    if (!bands) {
      c.flag(makeFlag('UNREADABLE_BANDS', c.place, {}));
      return { judgement: na('threshold bands cannot be read'), polarity: m.polarity };
    }
    const blocked = missingOrUnrated(c);
    return { judgement: blocked ?? rateByBands(figureOf(c.value)!, bands, row.percent), polarity: bands.polarity };
  }
  const target = m.target;
  const hasTarget = target.kind !== 'missing';
  if (!m.polarity && !hasTarget) return { judgement: na('contextual measure: no polarity or target'), polarity: null };
  const blocked = missingOrUnrated(c);
  if (blocked) return { judgement: blocked, polarity: m.polarity };
  const value = figureOf(c.value)!;
  if (target.kind === 'range') {
    return { judgement: rateAgainstBand(value, target.low, target.high, m.polarity, rules.bandTolerance, row.percent), polarity: m.polarity };
  }
  const t = figureOf(target);
  if (hasTarget && t === undefined) return { judgement: na(`the target "${formatValue(target)}" is not a figure`), polarity: m.polarity };
  if (t !== undefined) {
    if (!m.polarity) return { judgement: na('target but no polarity'), polarity: null };
    const rescue = rules.comparatorRescue ? { national: figureOf(row.national), statNeighbour: figureOf(row.statNeighbour) } : null;
    return { judgement: rateAgainstTarget(value, t, m.polarity, m.tolerance, row.percent, 'target', rescue), polarity: m.polarity };
  }
  for (const basis of rules.noTargetBasis) {
    const b = figureOf(row[basis]);
    if (b !== undefined) {
      return { judgement: rateAgainstTarget(value, b, m.polarity!, m.tolerance, row.percent, BASIS_NAMES[basis], null), polarity: m.polarity };
    }
  }
  c.flag(makeFlag('NO_BASIS', c.place, {}));
  return { judgement: na('no target, comparator or year-end figure to rate against'), polarity: m.polarity };
}

/** Rates one measure row for the chosen quarter; flags that come from rating are returned with it. */
/** `quarter` indexes layout.quarters; last period is the quarter to its left, or the year-end column for the first. */
export function rateMeasure(row: MeasureRow, layout: SheetLayout, quarter: number, rules: RuleSet): { result: MeasureResult; flags: Flag[] } {
  const flags: Flag[] = [];
  const column = layout.quarters[quarter];
  const value = row.quarters[quarter];
  const last: ParsedValue = quarter > 0 ? row.quarters[quarter - 1] : row.yearEnd;
  const m = resolveMeasureRules(row, rules);
  const valueCell = toA1(row.row, column.column);
  const place = { sheet: layout.sheet, cell: valueCell, ref: row.ref };

  if (m.target.kind !== 'missing' && m.target.kind !== 'range' && !m.polarity && !row.bands && !m.exclude) {
    const targetCell = layout.columns.target ? toA1(row.row, layout.columns.target.column) : valueCell;
    flags.push(makeFlag('TARGET_WITHOUT_POLARITY', { ...place, cell: targetCell }, { target: formatValue(m.target) }));
  }
  const { judgement, polarity } = rateRag({ row, value, rules, m, flag: (f) => flags.push(f), place, quarterLabel: column.header });
  const direction = rateDirection(value, last, polarity, rules.staticTolerance);
  const directionRating = m.exclude ? 'na' : direction.rating;

  return {
    flags,
    result: {
      ref: row.ref,
      row: row.row,
      measure: row.measure,
      section: row.section,
      polarity,
      value,
      last,
      target: m.target.kind === 'missing' ? '' : formatValue(m.target),
      rag: judgement.rating,
      ragReason: judgement.reason,
      direction: directionRating,
      arrow: direction.arrow,
      directionReason: m.exclude ? 'excluded from rating by the rules' : direction.reason,
      ragCell: '',
      directionCell: '',
      valueCell,
    },
  };
}
