import type { Bands } from '../layout/read-bands';
import type { Judgement } from './measure-result';
import { atLeast, atMost, show } from './compare';

const NAMES = ['Requires Improvement', 'Good', 'Outstanding'] as const;

/**
 * Threshold band layouts (spec §4.3). Values are mapped onto a "goodness" axis (negated when low is
 * good), so one walk from worst to best band serves both polarities. A value takes the best band
 * whose bottom it reaches, so a value in a gap takes the worse of its two neighbours.
 */
export function rateByBands(value: number, bands: Bands, percent: boolean): Judgement {
  const sign = bands.polarity === 'high' ? 1 : -1;
  const axis = bands.bands.map((b) => (sign === 1 ? { low: b.low, high: b.high } : { low: -b.high, high: -b.low }));
  const x = sign * value;
  const v = show(value, percent);
  if (!atLeast(x, axis[0].low)) return { rating: 'red', reason: `${v} is beyond the Requires Improvement band on the bad side` };
  let band = 0;
  for (let i = 1; i < axis.length; i++) if (atLeast(x, axis[i].low)) band = i;
  const inside = atMost(x, axis[band].high);
  const where = inside ? 'in the' : band === 2 ? 'beyond the' : 'between bands, so takes the';
  return { rating: band === 0 ? 'amber' : 'green', reason: `${v} is ${where} ${NAMES[band]} band` };
}
