import { toA1 } from '../grid/a1';
import type { Flag } from '../flags/flag';
import { makeFlag } from '../flags/make-flag';
import type { MeasureRow, SheetLayout } from '../layout/sheet-layout';
import type { Polarity, RuleSet } from '../rules';
import type { ParsedValue } from '../values';
import { figureOf } from '../values/parsed-value';
import { formatValue } from '../values/format-value';
import type { Judgement, MeasureResult } from './measure-result';
import { rateAgainstBand, rateAgainstTarget } from './rate-against';
import { rateByBands } from './rate-bands';
import { rateDirection } from './rate-direction';
import { ratingWayOf, type ContextualWhy, type RatingWay } from './rating-way';
import { resolveMeasureRules, type MeasureRules } from './resolve-measure-rules';

const BASIS_NAMES = { statNeighbour: 'statistical neighbour average', national: 'national average', yearEnd: 'year-end figure' } as const;

function na(reason: string): Judgement {
  return { rating: 'na', reason };
}

interface RagContext {
  row: MeasureRow;
  value: number;
  rules: RuleSet;
  m: MeasureRules;
  flag: (f: Flag) => void;
  place: { sheet: string; cell: string; ref: string };
}

/** A suppressed, missing or unreadable value this quarter: n/a before any way of rating applies. */
function blockedValue(v: ParsedValue, m: MeasureRules, flag: (f: Flag) => void, place: RagContext['place'], quarterLabel: string): Judgement | null {
  if (v.kind === 'suppressed') return na('suppressed this quarter');
  if (v.kind === 'missing') {
    if (m.frequency === 'quarterly') flag(makeFlag('MISSING_VALUE', place, { quarter: quarterLabel }));
    return na(m.frequency === 'quarterly' ? 'no figure this quarter' : `no figure this quarter (reported ${m.frequency})`);
  }
  if (figureOf(v) === undefined) return na(`this quarter's cell does not hold a figure (${formatValue(v)})`);
  return null;
}

const CONTEXTUAL_REASONS: Record<ContextualWhy, (w: Extract<RatingWay, { kind: 'contextual' }>) => string> = {
  excluded: () => 'excluded from rating by the rules',
  noPolarityOrTarget: () => 'contextual measure: no polarity or target',
  targetWithoutPolarity: () => 'target but no polarity',
  targetNotFigure: (w) => `the target "${formatValue(w.target!)}" is not a figure`,
  unreadableBands: () => 'threshold bands cannot be read',
};

/** One function per way of rating (spec §4.1, §4.3). */
const RATE: { [K in RatingWay['kind']]: (way: Extract<RatingWay, { kind: K }>, c: RagContext) => Judgement } = {
  target: (w, c) => {
    const rescue = c.rules.comparatorRescue ? { national: figureOf(c.row.national), statNeighbour: figureOf(c.row.statNeighbour) } : null;
    return rateAgainstTarget(c.value, w.target, w.polarity, c.m.tolerance, c.row.percent, 'target', rescue);
  },
  band: (w, c) => rateAgainstBand(c.value, w.low, w.high, w.polarity, c.rules.bandTolerance, c.row.percent),
  thresholds: (w, c) => rateByBands(c.value, w.bands, c.row.percent),
  noTarget: (w, c) => {
    if (!w.basis) {
      c.flag(makeFlag('NO_BASIS', c.place, {}));
      return na('no target, comparator or year-end figure to rate against');
    }
    return rateAgainstTarget(c.value, w.basis.value, w.polarity, c.m.tolerance, c.row.percent, BASIS_NAMES[w.basis.comparator], null);
  },
  contextual: (w) => na(CONTEXTUAL_REASONS[w.why](w)),
};

function rateWay(way: RatingWay, c: RagContext): Judgement {
  return (RATE[way.kind] as (w: RatingWay, c: RagContext) => Judgement)(way, c);
}

/** The polarity the direction of travel uses: threshold bands imply their own. */
function polarityOf(way: RatingWay, m: MeasureRules): Polarity | null {
  if (way.kind === 'thresholds') return way.bands.polarity;
  if (way.kind === 'contextual' && way.why === 'targetWithoutPolarity') return null;
  return m.polarity;
}

/**
 * Rates one measure row for the chosen quarter; flags that come from rating are returned with it.
 * `quarter` indexes layout.quarters; last period is the quarter to its left, or the year-end column for the first.
 */
export function rateMeasure(row: MeasureRow, layout: SheetLayout, quarter: number, rules: RuleSet): { result: MeasureResult; flags: Flag[] } {
  const flags: Flag[] = [];
  const flag = (f: Flag) => flags.push(f);
  const column = layout.quarters[quarter];
  const value = row.quarters[quarter];
  const last: ParsedValue = quarter > 0 ? row.quarters[quarter - 1] : row.yearEnd;
  const m = resolveMeasureRules(row, rules);
  const way = ratingWayOf(row, m, rules);
  const valueCell = toA1(row.row, column.column);
  const place = { sheet: layout.sheet, cell: valueCell, ref: row.ref };

  const unrated = way.kind === 'contextual' ? way.why : null;
  if (unrated === 'targetWithoutPolarity' || (unrated === 'targetNotFigure' && !m.polarity)) {
    const targetCell = layout.columns.target ? toA1(row.row, layout.columns.target.column) : valueCell;
    flag(makeFlag('TARGET_WITHOUT_POLARITY', { ...place, cell: targetCell }, { target: formatValue(m.target), polarityText: row.polarityText }));
  }
  if (unrated === 'unreadableBands') flag(makeFlag('UNREADABLE_BANDS', place, {}));
  // A measure with a target still expects its figure (MISSING_VALUE) even while its target cannot be used.
  const checksValue = !unrated || unrated === 'targetWithoutPolarity' || unrated === 'targetNotFigure';
  const blocked = checksValue ? blockedValue(value, m, flag, place, column.header) : null;
  const judgement = blocked ?? rateWay(way, { row, value: figureOf(value) ?? NaN, rules, m, flag, place });
  const polarity = polarityOf(way, m);
  const direction = rateDirection(value, last, polarity, rules.staticTolerance);

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
      way: way.kind,
      contextual: unrated,
      rag: judgement.rating,
      ragReason: judgement.reason,
      direction: m.exclude ? 'na' : direction.rating,
      arrow: direction.arrow,
      directionReason: m.exclude ? 'excluded from rating by the rules' : direction.reason,
      ragCell: '',
      directionCell: '',
      valueCell,
    },
  };
}
