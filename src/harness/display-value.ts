import type { CellValue } from '../engine/grid';
import { isPercentFormat } from '../engine/values';

/** Roughly what Excel shows for a cell: enough to read figures in the harness, not a number-format engine. */
export function displayValue(value: CellValue, numberFormat?: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (isPercentFormat(numberFormat)) {
      const decimals = /0\.(0+)%/.exec(numberFormat ?? '')?.[1].length ?? 0;
      return `${(value * 100).toFixed(decimals)}%`;
    }
    return String(Math.round(value * 1e6) / 1e6);
  }
  return value;
}
