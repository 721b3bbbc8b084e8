export type { Band, Bands } from './read-bands';
export { readBands } from './read-bands';
export type { ColumnMatch, ColumnRole, MeasureRow, NotScorecardLayout, QuarterColumn, QuarterIndex, ScorecardLayout, SectionRow, SheetLayout, UnmatchedHeader } from './sheet-layout';
export { keyOfRole, matchHeader, normaliseHeader, roleOfKey } from './match-header';
export { notRecognised, recogniseSheet } from './recognise-sheet';
export { headerCells, type HeaderCell } from './header-cells';
