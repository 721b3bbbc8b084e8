import { DEFAULT_RULES, type Counts, type Flag, type MeasureResult, type RunReport, type SheetLayout, type SheetReport } from '../../src/engine';

export const counts = (red: number, amber: number, green: number, na: number): Counts => ({ red, amber, green, na, total: red + amber + green + na });

export function flag(partial: Partial<Flag>): Flag {
  return { code: 'MISSING_VALUE', severity: 'warning', sheet: 'Scorecard', cell: 'K12', ref: 'P2.2', message: 'No value this quarter.', ...partial };
}

export function measure(partial: Partial<MeasureResult>): MeasureResult {
  return {
    ref: 'P2.4',
    row: 10,
    measure: 'Percentage of something',
    section: 'Priority 2',
    polarity: 'high',
    value: { kind: 'number', value: 0.95, percent: true },
    last: { kind: 'number', value: 0.92, percent: true },
    target: '96%',
    way: 'target',
    contextual: null,
    rag: 'amber',
    ragReason: '95% is within 10% of the target 96%',
    direction: 'green',
    arrow: '↑',
    directionReason: 'up from 92%',
    ragCell: 'L11',
    directionCell: 'M11',
    valueCell: 'K11',
    ...partial,
  };
}

export function layout(partial: Partial<SheetLayout> = {}): SheetLayout {
  return {
    sheet: 'Scorecard',
    recognised: true,
    reason: '',
    headerRow: 2,
    headerRows: 2,
    title: 'CORPORATE PARENTING SCORECARD 2018-19',
    year: '2018-19',
    columns: {
      ref: { role: 'ref', column: 0, header: 'Ref', address: 'A3' },
      measure: { role: 'measure', column: 1, header: 'Measure', address: 'B3' },
      polarity: { role: 'polarity', column: 2, header: 'Polarity', address: 'C3' },
      target: { role: 'target', column: 5, header: 'Target', address: 'F3' },
      yearEnd: { role: 'yearEnd', column: 6, header: 'Yr. end 17-18', address: 'G3' },
    },
    quarters: [
      { role: 'quarter', column: 7, header: 'Qu 1 18-19', address: 'H3', quarter: 1, hasFigures: true },
      { role: 'quarter', column: 8, header: 'Qu 2 18-19', address: 'I3', quarter: 2, hasFigures: true },
    ],
    lastColumn: 10,
    lastRow: 40,
    sections: [{ name: 'General', row: 4 }],
    measures: [],
    repeatedHeaderRows: [],
    unmatchedHeaders: [],
    ...partial,
  };
}

export function sheetReport(partial: Partial<SheetReport> = {}): SheetReport {
  const l = partial.layout ?? layout();
  return {
    name: l.sheet,
    recognised: true,
    reason: '',
    layout: l,
    quarter: { index: 2, label: 'Qu 2 18-19', column: l.quarters[1], chosen: false },
    counts: { rag: counts(2, 12, 20, 9), direction: counts(2, 15, 18, 8) },
    bySection: [],
    measures: [],
    flags: [],
    ...partial,
  };
}

export function report(partial: Partial<RunReport> = {}): RunReport {
  return {
    sheets: [sheetReport()],
    flags: [],
    fit: true,
    rules: DEFAULT_RULES,
    rulesSource: 'default',
    ratedAt: '2018-11-01T10:00:00.000Z',
    ...partial,
  };
}
