import type { CellValue, SheetGrid } from '../grid';
import { hasFormulaAt, numberFormatAt, valueAt } from '../grid/sheet-cells';
import { lookUpPolarity, type Vocabulary } from '../rules';
import type { ParsedValue, ValueMarkers } from '../values';
import { isPercentValue } from '../values/parsed-value';
import { asPercent, parseValue } from '../values/parse-value';
import { readBands } from './read-bands';
import type { ColumnMatch, MeasureRow, SheetLayout } from './sheet-layout';

type Columns = SheetLayout['columns'];

export function cellText(v: CellValue): string {
  return v === null ? '' : String(v).trim();
}

const PERCENT_TEXT = /^\s*%|percentage/i;
const COUNT_TEXT = /^\s*(the\s+)?(number|no\.?)\s+of\b/i;

function readCell(sheet: SheetGrid, row: number, m: ColumnMatch | undefined, markers: ValueMarkers): ParsedValue {
  return m ? parseValue(valueAt(sheet, row, m.column), numberFormatAt(sheet, row, m.column), markers) : MISSING;
}

function readText(sheet: SheetGrid, row: number, m: ColumnMatch | undefined): string {
  return m ? cellText(valueAt(sheet, row, m.column)) : '';
}

const MISSING: ParsedValue = { kind: 'missing', marker: '' };

/**
 * Reads one measure row once, applying the row's percent reading (spec §3): its figures, its
 * polarity in the vocabulary in force, its threshold bands, and whether its RAG / direction cells
 * hold formulas. Rating never goes back to the cells.
 */
export function readMeasureRow(
  sheet: SheetGrid,
  row: number,
  columns: Columns,
  quarters: ColumnMatch[],
  section: string,
  markers: ValueMarkers,
  vocabulary: Vocabulary,
): MeasureRow {
  const measure = readText(sheet, row, columns.measure);
  const target = readCell(sheet, row, columns.target, markers);
  const statNeighbour = readCell(sheet, row, columns.statNeighbour, markers);
  const national = readCell(sheet, row, columns.national, markers);
  const yearEnd = readCell(sheet, row, columns.yearEnd, markers);
  const quarterValues = quarters.map((q) => readCell(sheet, row, q, markers));
  const percent =
    PERCENT_TEXT.test(measure) || isPercentValue(target) || isPercentValue(statNeighbour) || isPercentValue(national) || isPercentValue(yearEnd) || quarterValues.some(isPercentValue);

  const polarityText = readText(sheet, row, columns.polarity);
  const formulaAt = (m: ColumnMatch | undefined) => (m ? hasFormulaAt(sheet, row, m.column) : false);
  const result: MeasureRow = {
    row,
    ref: readText(sheet, row, columns.ref),
    measure,
    section,
    percent,
    count: COUNT_TEXT.test(measure) && !percent,
    polarityText,
    polarity: lookUpPolarity(vocabulary, polarityText),
    target: percent ? asPercent(target) : target,
    statNeighbour: percent ? asPercent(statNeighbour) : statNeighbour,
    national: percent ? asPercent(national) : national,
    yearEnd: percent ? asPercent(yearEnd) : yearEnd,
    quarters: percent ? quarterValues.map(asPercent) : quarterValues,
    comment: readText(sheet, row, columns.comments),
    existingRag: readText(sheet, row, columns.rag),
    existingDirection: readText(sheet, row, columns.direction),
    ragFormula: formulaAt(columns.rag),
    directionFormula: formulaAt(columns.direction),
  };
  const bandCells = [columns.bandRequiresImprovement, columns.bandGood, columns.bandOutstanding].map((m) => readCell(sheet, row, m, markers));
  // A row with all three band cells blank is rated against its target, like any other.
  if (bandCells.some((b) => b.kind !== 'missing')) result.bands = readBands(bandCells[0], bandCells[1], bandCells[2], percent);
  return result;
}
