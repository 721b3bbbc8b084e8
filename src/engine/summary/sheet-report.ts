import type { SheetGrid } from '../grid';
import type { QuarterIndex, SheetLayout } from '../layout/sheet-layout';
import { rateMeasures } from '../rating/rate-sheet';
import type { RuleSet } from '../rules';
import type { SheetReport } from '../run/run-report';
import { countBySection, countRatings } from './count-ratings';

export function emptyReport(sheet: SheetGrid, layout: SheetLayout): SheetReport {
  const zero = countRatings([]);
  return { name: sheet.name, recognised: layout.recognised, reason: layout.reason, layout, quarter: null, counts: { rag: zero, direction: zero }, bySection: [], measures: [], flags: [] };
}

/** A recognised sheet rated and counted. Returns null when the picked quarter is not a column of the sheet. */
export function rateSheet(sheet: SheetGrid, layout: SheetLayout, rules: RuleSet, picked?: QuarterIndex): SheetReport | null {
  const rated = rateMeasures(sheet, layout, rules, picked);
  if (!rated) return null;
  const { quarter, measures, flags } = rated;
  return {
    name: sheet.name,
    recognised: true,
    reason: '',
    layout,
    quarter: { index: quarter.quarter, label: quarter.header, column: quarter, chosen: rated.chosen },
    counts: { rag: countRatings(measures.map((m) => m.rag)), direction: countRatings(measures.map((m) => m.direction)) },
    bySection: countBySection(measures),
    measures,
    flags,
  };
}
