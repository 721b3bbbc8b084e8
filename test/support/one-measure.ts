import type { CellValue, MeasureResult, RunOptions, SheetReport } from '../../src/engine';
import { validateGrid } from '../../src/engine';
import { sheet, workbook } from './grid';

export const HEADER = ['Ref', 'Measure', 'Polarity', 'Stat Neigh Av', 'National Av', 'Target', 'Yr. end 17-18', 'Qu 1 18-19', 'Qu 2 18-19', 'RAG', 'DoT', 'Comments'];

/** Rates a one-measure scorecard: [polarity, SN, national, target, year end, Q1, Q2]. */
export function rateRow(
  measure: string,
  [polarity, sn, national, target, yearEnd, q1, q2]: CellValue[],
  options: RunOptions = {},
  comment: CellValue = 'Commentary.',
): { measure: MeasureResult; report: SheetReport } {
  const grid = workbook(sheet('Scorecard', [HEADER, ['M1', measure, polarity, sn, national, target, yearEnd, q1, q2, null, null, comment]]));
  const result = validateGrid(grid, options);
  if (!result.ok) throw new Error(result.problem.message);
  const report = result.report.sheets[0];
  return { measure: report.measures[0], report };
}
