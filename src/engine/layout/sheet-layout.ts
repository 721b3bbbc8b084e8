import type { ParsedValue } from '../values';

/** What a column of a scorecard table is for (spec §2). */
export type ColumnRole =
  | 'ref'
  | 'measure'
  | 'polarity'
  | 'statNeighbour'
  | 'national'
  | 'target'
  | 'yearEnd'
  | 'quarter'
  | 'rag'
  | 'direction'
  | 'comments'
  | 'lead'
  | 'source'
  | 'priorities'
  | 'bandRequiresImprovement'
  | 'bandGood'
  | 'bandOutstanding';

export type QuarterIndex = 1 | 2 | 3 | 4;

export interface ColumnMatch {
  role: ColumnRole;
  column: number;
  /** The header text as found (both rows joined when split). */
  header: string;
  /** Address of the header cell (the top one when split). */
  address: string;
  /** For quarter columns. */
  quarter?: QuarterIndex;
}

export interface SectionRow {
  name: string;
  row: number;
}

/** One measure row with its cells read once. */
export interface MeasureRow {
  row: number;
  ref: string;
  measure: string;
  section: string;
  /** True when the measure is a percentage (by its text or its figures); plain numbers in it are percents. */
  percent: boolean;
  /** A count measure (`Number of ...`) for the small-count disclosure check. */
  count: boolean;
  polarityText: string;
  target: ParsedValue;
  statNeighbour: ParsedValue;
  national: ParsedValue;
  yearEnd: ParsedValue;
  /** Indexed like SheetLayout.quarters. */
  quarters: ParsedValue[];
  bands?: { requiresImprovement: ParsedValue; good: ParsedValue; outstanding: ParsedValue };
  comment: string;
  /** The RAG and direction cells' values as found, before any run. */
  existingRag: string;
  existingDirection: string;
}

export interface SheetLayout {
  sheet: string;
  recognised: boolean;
  /** Why the sheet is not a scorecard, in plain words. */
  reason: string;
  /** Zero-based index of the (first) header row, -1 when none. */
  headerRow: number;
  /** 1, or 2 when the header is split over two rows. */
  headerRows: number;
  title: string;
  year: string;
  columns: Partial<Record<Exclude<ColumnRole, 'quarter'>, ColumnMatch>>;
  /** Quarter columns left to right. */
  quarters: ColumnMatch[];
  /** Last column of the table (zero-based), and the last row holding a measure. */
  lastColumn: number;
  lastRow: number;
  sections: SectionRow[];
  measures: MeasureRow[];
  /** Rows skipped as page-break copies of the header. */
  repeatedHeaderRows: number[];
}
