import type { QuarterIndex, SheetLayout } from '../layout/sheet-layout';

/**
 * "This quarter" is the rightmost quarter column in which any measure has a value, suppressed
 * included (spec §4, read once by recognition as `hasFigures`), unless the user picks one.
 * Returns an index into layout.quarters, or -1 when the picked quarter is not a column of the sheet.
 */
export function chooseQuarter(layout: SheetLayout, picked?: QuarterIndex): number {
  if (picked !== undefined) {
    for (let i = layout.quarters.length - 1; i >= 0; i--) if (layout.quarters[i].quarter === picked) return i;
    return -1;
  }
  for (let i = layout.quarters.length - 1; i >= 0; i--) if (layout.quarters[i].hasFigures) return i;
  return 0;
}
