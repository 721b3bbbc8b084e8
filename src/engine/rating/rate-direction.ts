import type { Polarity } from '../rules';
import type { ParsedValue } from '../values';
import { figureOf } from '../values/parsed-value';
import { formatValue } from '../values/format-value';
import type { Arrow, Rating } from './measure-result';
import { atMost } from './compare';

export interface DirectionJudgement {
  arrow: Arrow;
  rating: Rating;
  reason: string;
}

/**
 * Direction of travel (spec §4.2): static within the tolerance of last period (relative; from 0
 * only no change is static); with polarity, better is green, static amber, worse red.
 */
export function rateDirection(current: ParsedValue, last: ParsedValue, polarity: Polarity | null, staticTolerance: number): DirectionJudgement {
  const now = figureOf(current);
  const before = figureOf(last);
  if (now === undefined || before === undefined) {
    const which = now === undefined ? 'this quarter' : 'last period';
    const v = now === undefined ? current : last;
    return { arrow: '', rating: 'na', reason: `no figure for ${which} (${formatValue(v)})` };
  }
  const change = now - before;
  const isStatic = before === 0 ? change === 0 : atMost(Math.abs(change), Math.abs(before) * staticTolerance);
  const arrow: Arrow = isStatic ? '→' : change > 0 ? '↑' : '↓';
  const pct = before === 0 ? '' : ` (${Math.round((Math.abs(change) / Math.abs(before)) * 1000) / 10}%)`;
  const moved = isStatic ? `broadly the same as last period${pct}` : `${change > 0 ? 'up' : 'down'} on last period${pct}`;
  if (!polarity) return { arrow, rating: 'na', reason: `${moved}; no polarity, so not rated` };
  if (isStatic) return { arrow, rating: 'amber', reason: moved };
  const better = (change > 0) === (polarity === 'high');
  return { arrow, rating: better ? 'green' : 'red', reason: `${moved}, ${better ? 'improving' : 'getting worse'}` };
}
