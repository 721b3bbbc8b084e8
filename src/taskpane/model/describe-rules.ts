import { DEFAULT_RULES, type Comparator, type MeasureOverride, type RuleSet } from '../../engine';
import { percent } from './percent';

export interface RuleLine {
  text: string;
  /** Differs from the shipped default, so the pane can say so in words. */
  changed: boolean;
}

export interface OverrideLine {
  ref: string;
  text: string;
}

const COMPARATOR_WORDS: Record<Comparator, string> = {
  statNeighbour: 'statistical neighbour average',
  national: 'national average',
  yearEnd: 'year-end figure',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function markerList(markers: string[]): string {
  return markers.map((m) => (m === '' ? 'blank' : `"${m}"`)).join(', ') || 'nothing';
}

/** The global rules in plain words, one line each, in the order an analyst meets them when rating. */
export function describeRules(rules: RuleSet, defaults: RuleSet = DEFAULT_RULES): RuleLine[] {
  const basis = rules.noTargetBasis.map((c) => `the ${COMPARATOR_WORDS[c]}`).join(', else ');
  return [
    {
      text: `Amber when a value misses its target by at most ${percent(rules.amberTolerance)} of the target; red beyond that.`,
      changed: rules.amberTolerance !== defaults.amberTolerance,
    },
    {
      text: `Amber when a value is outside its target band by at most ${percent(rules.bandTolerance)} of the nearest edge.`,
      changed: rules.bandTolerance !== defaults.bandTolerance,
    },
    {
      text: rules.comparatorRescue
        ? 'A missed target is amber, not red, when the value still beats the national average (else the statistical neighbour average).'
        : 'A missed target is red even when the value beats the national or statistical neighbour average.',
      changed: rules.comparatorRescue !== defaults.comparatorRescue,
    },
    {
      text: basis
        ? `A measure with a polarity but no target is compared with ${basis}.`
        : 'A measure with a polarity but no target is not rated (n/a).',
      changed: !same(rules.noTargetBasis, defaults.noTargetBasis),
    },
    {
      text: `Direction of travel is static (amber) when the change from last period is at most ${percent(rules.staticTolerance)} of last period's figure.`,
      changed: rules.staticTolerance !== defaults.staticTolerance,
    },
    {
      text: `Counts from ${rules.smallCount.min} to ${rules.smallCount.max} are flagged as a disclosure risk.`,
      changed: !same(rules.smallCount, defaults.smallCount),
    },
    {
      text: `Read as suppressed (never rated): ${markerList(rules.markers.suppressed)}.`,
      changed: !same(rules.markers.suppressed, defaults.markers.suppressed),
    },
    {
      text: `Read as missing: ${markerList(rules.markers.missing)}.`,
      changed: !same(rules.markers.missing, defaults.markers.missing),
    },
    {
      text: same(rules.palette, defaults.palette)
        ? "Ratings use Excel's Good, Neutral and Bad cell colours, always with the word Red, Amber or Green."
        : 'Ratings use custom colours, always with the word Red, Amber or Green.',
      changed: !same(rules.palette, defaults.palette),
    },
    {
      text: `The summary is written to a sheet named "${rules.summarySheetName}".`,
      changed: rules.summarySheetName !== defaults.summarySheetName,
    },
  ];
}

/** One override in plain words: `high is good; target 90%; amber within 5% of the target`. */
export function describeOverride(override: MeasureOverride): string {
  const parts: string[] = [];
  if (override.exclude) parts.push('excluded from rating (always n/a)');
  if (override.polarity === 'high') parts.push('high is good');
  if (override.polarity === 'low') parts.push('low is good');
  if (override.polarity === 'none') parts.push('no polarity');
  if (override.target !== undefined) {
    parts.push(override.target.trim().toLowerCase() === 'none' ? 'no target' : `target ${override.target.trim()}`);
  }
  if (override.amberTolerance !== undefined) parts.push(`amber within ${percent(override.amberTolerance)} of the target`);
  if (override.frequency === 'quarterly') parts.push('reported every quarter');
  if (override.frequency === 'termly') parts.push('reported termly (may be blank in some quarters)');
  if (override.frequency === 'annual') parts.push('reported once a year (may be blank in some quarters)');
  if (override.note) parts.push(`note: ${override.note}`);
  return parts.join('; ') || 'no change';
}

/** Overrides sorted by ref the way people sort refs (P2.4 before P2.13). */
export function describeOverrides(rules: RuleSet): OverrideLine[] {
  return Object.keys(rules.measures)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((ref) => ({ ref, text: describeOverride(rules.measures[ref]) }));
}
