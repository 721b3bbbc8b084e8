import type { CellValue, SheetGrid } from '../grid';
import { numberFormatAt, valueAt } from '../grid';
import type { ParsedValue, ValueMarkers } from '../values';
import { asPercent, isPercentValue, parseValue } from '../values';
import type { ColumnMatch, MeasureRow, SheetLayout } from './sheet-layout';

type Columns = SheetLayout['columns'];

export function cellText(v: CellValue): string {
  return v === null ? '' : String(v).trim();
}

const PERCENT_TEXT = /^\s*%|percentage/i;
const COUNT_TEXT = /^\s*(the\s+)?(number|no\.?)\s+of\b/i;

/** Reads the figures of one measure row once, applying the row's percent reading (spec §3). */
export function readMeasureRow(
  sheet: SheetGrid,
  row: number,
  columns: Columns,
  quarters: ColumnMatch[],
  section: string,
  markers: ValueMarkers,
): MeasureRow {
  const raw = (m: ColumnMatch | undefined): ParsedValue =>
    m ? parseValue(valueAt(sheet, row, m.column), numberFormatAt(sheet, row, m.column), markers) : { kind: 'missing', marker: '' };
  const str = (m: ColumnMatch | undefined) => (m ? cellText(valueAt(sheet, row, m.column)) : '');

  const measure = str(columns.measure);
  const figures = {
    target: raw(columns.target),
    statNeighbour: raw(columns.statNeighbour),
    national: raw(columns.national),
    yearEnd: raw(columns.yearEnd),
  };
  const quarterValues = quarters.map((q) => raw(q));
  const percent = PERCENT_TEXT.test(measure) || [...Object.values(figures), ...quarterValues].some(isPercentValue);
  const fix = (v: ParsedValue) => (percent ? asPercent(v) : v);

  const result: MeasureRow = {
    row,
    ref: str(columns.ref),
    measure,
    section,
    percent,
    count: COUNT_TEXT.test(measure) && !percent,
    polarityText: str(columns.polarity),
    target: fix(figures.target),
    statNeighbour: fix(figures.statNeighbour),
    national: fix(figures.national),
    yearEnd: fix(figures.yearEnd),
    quarters: quarterValues.map(fix),
    comment: str(columns.comments),
    existingRag: str(columns.rag),
    existingDirection: str(columns.direction),
  };
  if (columns.bandRequiresImprovement || columns.bandGood || columns.bandOutstanding) {
    result.bands = {
      requiresImprovement: raw(columns.bandRequiresImprovement),
      good: raw(columns.bandGood),
      outstanding: raw(columns.bandOutstanding),
    };
  }
  return result;
}
