import type { Polarity, WordSource } from '../rules';
import type { ParsedValue } from '../values';
import type { Bands } from './read-bands';

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
  /**
   * How the column was found: `map` when the rules' column map named it (by header or letter),
   * `rules` by a header word the rules add, `default` by the built-in vocabulary, `blank` for a
   * blank-header measure column found by its long texts. Absent on layouts built by hand.
   */
  source?: WordSource | 'blank';
}

/** A quarter column, with whether any measure has a figure in it yet (suppressed counts). */
export interface QuarterColumn extends ColumnMatch {
  role: 'quarter';
  quarter: QuarterIndex;
  /** False for a quarter with no figures yet: the pane marks it "(no figures yet)", the CLI asks for --quarter. */
  hasFigures: boolean;
}

/** A non-blank header cell that named no role: LAYOUT_GAP lists them so the analyst can map one. */
export interface UnmatchedHeader {
  header: string;
  address: string;
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
  /** The polarity cell as typed, and what it means in the vocabulary in force (null: blank or unknown words). */
  polarityText: string;
  polarity: Polarity | null;
  target: ParsedValue;
  statNeighbour: ParsedValue;
  national: ParsedValue;
  yearEnd: ParsedValue;
  /** Indexed like SheetLayout.quarters. */
  quarters: ParsedValue[];
  /**
   * Threshold bands (spec §4.3), read once: absent when the row has none, `null` when its band
   * cells cannot be read as figures (`2% reduction`).
   */
  bands?: Bands | null;
  comment: string;
  /** The RAG and direction cells' values as found, before any run. */
  existingRag: string;
  existingDirection: string;
  /** The RAG / direction cell holds a formula: the add-in leaves it alone (RAG_FORMULA). */
  ragFormula: boolean;
  directionFormula: boolean;
}

/** What recognition found on one sheet: a scorecard, or not one (and why). Both carry every field. */
export type SheetLayout = ScorecardLayout | NotScorecardLayout;

export interface ScorecardLayout extends LayoutFields {
  recognised: true;
}

export interface NotScorecardLayout extends LayoutFields {
  recognised: false;
}

interface LayoutFields {
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
  quarters: QuarterColumn[];
  /** Header cells that named no role (empty when not a scorecard). */
  unmatchedHeaders: UnmatchedHeader[];
  /** Last column of the table (zero-based), and the last row holding a measure. */
  lastColumn: number;
  lastRow: number;
  sections: SectionRow[];
  measures: MeasureRow[];
  /** Rows skipped as page-break copies of the header. */
  repeatedHeaderRows: number[];
}
