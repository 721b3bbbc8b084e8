import type { CellValue, WorkbookGrid } from '../engine/grid';

const HEADER = ['Ref', 'Measure', 'Polarity', 'Stat Neigh Av', 'National Av', 'Target', 'Yr. end 17-18', 'Qu 1 18-19', 'Qu 2 18-19', 'RAG', 'DoT', 'Comments'];

/**
 * A deterministic scorecard of any size, for the sync / payload checks and the bench: a section
 * row every 50 measures, both polarities, percent and count measures, some blanks, and red, amber
 * and green outcomes in turn (so the summary lists plenty of measures).
 */
export function syntheticScorecard(measures: number): WorkbookGrid {
  const values: CellValue[][] = [['CORPORATE PARENTING SCORECARD 2018-19'], HEADER];
  const numberFormats: (string | undefined)[][] = [[], []];
  for (let i = 0; i < measures; i++) {
    if (i % 50 === 0) {
      values.push([`Priority ${i / 50 + 1} - Section of fifty measures`]);
      numberFormats.push([]);
    }
    const high = i % 2 === 0;
    const percent = i % 3 === 0;
    const target = percent ? 0.8 : 100;
    // Cycle through outcomes: well past target, just short (amber), far short (red).
    const factor = [1.1, 0.95, 0.6][i % 3];
    const q2 = i % 17 === 16 ? null : high ? target * factor : target / factor;
    const q1 = q2 === null ? target : q2 * (i % 4 === 0 ? 1 : 0.9);
    values.push([
      `M${i + 1}`,
      percent ? `Percentage of measure ${i + 1} achieved on time` : `Number of days for measure ${i + 1}`,
      high ? 'High is Good' : 'Low is Good',
      null,
      null,
      target,
      q1,
      q1,
      q2 === null ? null : Math.round(q2 * 1000) / 1000,
      null,
      null,
      i % 5 === 0 ? null : `Commentary for measure ${i + 1}.`,
    ]);
    numberFormats.push(percent ? [undefined, undefined, undefined, undefined, undefined, '0%', '0%', '0%', '0%'] : []);
  }
  return { sheets: [{ name: 'Scorecard', visibility: 'visible', protected: false, values, numberFormats }] };
}
