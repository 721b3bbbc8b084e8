import type { CellValue, CellWrite, NewSheet, SheetGrid, WorkbookGrid } from '../src/engine';
import { toA1 } from '../src/engine';

const HEADER: CellValue[] = ['Ref', 'Measure', 'Polarity', 'Stat Neigh Av', 'National Av', 'Target', 'Yr. end 17-18', 'Qu 1 18-19', 'Qu 2 18-19', 'Qu 3 18-19', 'Qu 4 18-19', 'RAG', 'Quarterly dir of travel', 'Comments'];

/**
 * Synthetic scorecards of any size for the bench and the size tests. Deterministic. One of five
 * kinds of measure row, so every rating path (target, band, no target, suppressed) runs in proportion.
 */
function measureRow(i: number): CellValue[] {
  const ref = `P${Math.floor(i / 20) + 1}.${(i % 20) + 1}`;
  const wobble = ((i * 7919) % 23) - 11;
  switch (i % 5) {
    case 0:
      return [ref, `% of cared for children reviewed in time (${i})`, 'High is Good', 0.9, 0.92, 0.95, 0.91, 0.93, 0.9 + wobble / 200, null, null, null, null, 'Reviews are on track.'];
    case 1:
      return [ref, `Number of children placed over 20 miles (${i})`, 'Low is Good', null, null, null, 120, 115, 118 + wobble, null, null, null, null, ''];
    case 2:
      return [ref, `Number of cared for children (${i})`, null, 61, 64, '400-450', 477, 496, 495 + wobble * 3, null, null, null, null, 'Statistical first release.'];
    case 3:
      return [ref, `Number of young people with a plan (${i})`, null, null, null, null, 5, 'c', 'c', null, null, null, null, 'Suppressed: fewer than 5.'];
    default:
      return [ref, `Average days to adoption (${i})`, 'Low is Good', null, 558, 426, 380, 293, 302 + wobble, null, null, null, null, i % 10 === 4 ? '' : 'Improving.'];
  }
}

/** A scorecard of n measures with a section row every 20 measures, as a plain grid. */
export function syntheticScorecard(n: number, name = 'Scorecard'): SheetGrid {
  const values: CellValue[][] = [['CORPORATE PARENTING SCORECARD 2018-19'], HEADER];
  const numberFormats: (string | undefined)[][] = [[], []];
  for (let i = 0; i < n; i++) {
    if (i % 20 === 0) {
      values.push([`Priority ${i / 20 + 1} - Section of twenty measures`]);
      numberFormats.push([]);
    }
    const row = measureRow(i);
    values.push(row);
    numberFormats.push(i % 5 === 0 ? row.map((_, c) => (c >= 3 && c <= 8 ? '0%' : undefined)) : []);
  }
  return { name, visibility: 'visible', protected: false, values, numberFormats };
}

/** A workbook of one synthetic scorecard sheet, for the Excel adapter's size checks and bench. */
export function syntheticWorkbook(n: number): WorkbookGrid {
  return { sheets: [syntheticScorecard(n)] };
}

/** The same sheet as a plan entry, so the file adapter can write it into a real .xlsx. */
export function asNewSheet(sheet: SheetGrid): NewSheet {
  const cells: CellWrite[] = [];
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      const numberFormat = sheet.numberFormats?.[r]?.[c];
      cells.push(numberFormat ? { address: toA1(r, c), value, style: { numberFormat } } : { address: toA1(r, c), value });
    }),
  );
  return { name: sheet.name, visibility: 'visible', cells };
}
