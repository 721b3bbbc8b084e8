/** `0.1` → `10%`, `0.025` → `2.5%`: tolerances are fractions in the rules, people read percents. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100 * 1000) / 1000}%`;
}

/**
 * A tolerance as analysts type it, as the fraction the rules hold: `10%`, `10` and `0.1` are all
 * 10 %. Without a percent sign a number of 1 or more is read as percent (`1` is 1 %, not 100 %)
 * and one below 1 as a fraction. Null when it is not a number.
 */
export function parsePercent(text: string): number | null {
  const m = /^\s*([+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+))\s*(%?)\s*$/.exec(text);
  if (!m) return null;
  const n = Number(m[1].replace(',', '.'));
  if (!Number.isFinite(n)) return null;
  const fraction = m[2] || n >= 1 ? n / 100 : n;
  // Rounded so 0.1 typed as "10%" is exactly 0.1, not 0.10000000000000001.
  return Math.round(fraction * 1e9) / 1e9;
}

/** The message for a tolerance that is not a percentage. */
export const PERCENT_HINT = 'must be a percentage, such as 10% (10 and 0.1 also mean 10 %)';
