import { formatValue } from '../values/format-value';

/** Figures come from decimal text and percent division, so compare with a little slack: equality meets the target. */
const EPSILON = 1e-9;

export function atLeast(a: number, b: number): boolean {
  return a >= b - EPSILON * Math.max(1, Math.abs(b));
}

export function atMost(a: number, b: number): boolean {
  return a <= b + EPSILON * Math.max(1, Math.abs(b));
}

export function show(n: number, percent: boolean): string {
  return formatValue({ kind: 'number', value: n, percent });
}
