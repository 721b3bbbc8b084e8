import type { ParsedValue } from './parsed-value';

function num(n: number, percent: boolean): string {
  if (percent) return `${round(n * 100)}%`;
  return String(round(n));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** How a parsed value reads in messages and the summary (`95%`, `400-450`, `Suppressed`). */
export function formatValue(v: ParsedValue | undefined): string {
  if (!v) return '';
  switch (v.kind) {
    case 'number':
      return v.unit ? `${num(v.value, v.percent)} ${v.unit}` : num(v.value, v.percent);
    case 'range':
      return `${num(v.low, v.percent)}-${num(v.high, v.percent)}`;
    case 'annotated':
      return `${num(v.value, v.percent)} ${v.note}`;
    case 'suppressed':
      return v.marker;
    case 'missing':
      return v.marker === '' ? 'blank' : v.marker;
    case 'text':
      return v.text;
    case 'error':
      return v.error;
  }
}
