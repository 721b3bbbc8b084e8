/** `0.1` → `10%`, `0.025` → `2.5%`: tolerances are fractions in the rules, people read percents. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100 * 1000) / 1000}%`;
}
