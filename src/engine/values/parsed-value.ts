/**
 * Every figure cell is read once into one of these kinds (spec §3), the way HyperFormula's
 * CellContentParser turns raw content into a fixed set of kinds before anything else looks at it.
 * Percent figures are held as fractions (0.97) with `percent: true`.
 */
export type ParsedValue =
  | { kind: 'number'; value: number; percent: boolean; unit?: string }
  | { kind: 'range'; low: number; high: number; percent: boolean }
  | { kind: 'annotated'; value: number; percent: boolean; note: string }
  | { kind: 'suppressed'; marker: string; standard: boolean }
  | { kind: 'missing'; marker: string }
  | { kind: 'text'; text: string; date?: boolean }
  | { kind: 'error'; error: string };

export type ValueKind = ParsedValue['kind'];

/** The single figure a value stands for (number or the first figure of an annotated value). */
export function figureOf(v: ParsedValue): number | undefined {
  return v.kind === 'number' || v.kind === 'annotated' ? v.value : undefined;
}

export function isPercentValue(v: ParsedValue): boolean {
  return (v.kind === 'number' || v.kind === 'range' || v.kind === 'annotated') && v.percent;
}

/** Suppressed counts as a value for choosing the quarter; missing does not. */
export function hasValue(v: ParsedValue): boolean {
  return v.kind !== 'missing';
}
