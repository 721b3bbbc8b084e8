import type { Polarity } from '../rules';
import type { Judgement } from './measure-result';
import { atLeast, atMost, show } from './compare';

export interface Comparators {
  national?: number;
  statNeighbour?: number;
}

/**
 * RAG against a single target T (spec §4.1): met is green, within the amber tolerance of T is amber,
 * otherwise red unless the value beats the national (else statistical neighbour) average.
 */
export function rateAgainstTarget(
  value: number,
  target: number,
  polarity: Polarity,
  tolerance: number,
  percent: boolean,
  basis: string,
  rescue: Comparators | null,
): Judgement {
  const tol = Math.abs(target) * tolerance;
  const v = show(value, percent);
  const t = show(target, percent);
  const high = polarity === 'high';
  if (high ? atLeast(value, target) : atMost(value, target)) {
    return { rating: 'green', reason: `${v} ${high ? 'meets or beats' : 'is at or below'} the ${basis} ${t}` };
  }
  const edge = high ? target - tol : target + tol;
  if (high ? atLeast(value, edge) : atMost(value, edge)) {
    return { rating: 'amber', reason: `${v} misses the ${basis} ${t} by no more than ${Math.round(tolerance * 100)}% (${show(edge, percent)})` };
  }
  if (rescue) {
    const [name, comparator] =
      rescue.national !== undefined ? ['national average', rescue.national] : rescue.statNeighbour !== undefined ? ['statistical neighbour average', rescue.statNeighbour] : ['', undefined];
    if (comparator !== undefined && (high ? value > comparator : value < comparator)) {
      return { rating: 'amber', reason: `${v} misses the ${basis} ${t} but is better than the ${name} ${show(comparator, percent)}` };
    }
  }
  return { rating: 'red', reason: `${v} misses the ${basis} ${t} by more than ${Math.round(tolerance * 100)}%` };
}

/**
 * RAG against a target band [low, high]: inside is green, beyond it on the good side green,
 * otherwise amber within the tolerance of the nearest edge, else red. No polarity: both sides alike.
 */
export function rateAgainstBand(value: number, low: number, high: number, polarity: Polarity | null, tolerance: number, percent: boolean): Judgement {
  const v = show(value, percent);
  const band = `${show(low, percent)}-${show(high, percent)}`;
  if (atLeast(value, low) && atMost(value, high)) return { rating: 'green', reason: `${v} is inside the target band ${band}` };
  const above = value > high;
  if ((above && polarity === 'high') || (!above && polarity === 'low')) {
    return { rating: 'green', reason: `${v} is beyond the target band ${band} on the good side` };
  }
  const edge = above ? high : low;
  const distance = Math.abs(value - edge);
  if (atMost(distance, Math.abs(edge) * tolerance)) {
    return { rating: 'amber', reason: `${v} is outside the target band ${band} by ${show(distance, percent)}, within ${Math.round(tolerance * 100)}% of ${show(edge, percent)}` };
  }
  return { rating: 'red', reason: `${v} is outside the target band ${band} by ${show(distance, percent)}, more than ${Math.round(tolerance * 100)}% of ${show(edge, percent)}` };
}
