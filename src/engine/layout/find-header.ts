import type { CellValue, SheetGrid } from '../grid';
import { toA1 } from '../grid/a1';
import { isBlank, valueAt } from '../grid/sheet-cells';
import type { Vocabulary } from '../rules';
import type { ColumnMatch, ColumnRole, UnmatchedHeader } from './sheet-layout';
import { matchHeader } from './match-header';

/** A measure's ref (`P2.4`, `G1`, `18`): under `Ref` it starts the table, it is never a header's second row. */
export const ID_LIKE = /^[A-Za-z]{0,3}\s*\d+(\.\d+)*[a-z]?$/;

/** How far down a sheet the header may start: titles, notes and logos rarely take more. */
const HEADER_SEARCH_ROWS = 60;
const MAX_HEADER_CELL = 120;

function text(v: CellValue): string {
  return v === null ? '' : String(v);
}

export interface HeaderCandidate {
  row: number;
  rows: 1 | 2;
  matches: ColumnMatch[];
  /** Distinct roles found: the score. */
  score: number;
  /** Last non-blank header column. */
  lastColumn: number;
  /** A section label found under "Ref" in the second row of a split header. */
  sectionLabel?: string;
  /** Header cells that named no role. */
  unmatched: UnmatchedHeader[];
}

function matchRow(sheet: SheetGrid, row: number, rows: 1 | 2, width: number, vocabulary: Vocabulary): HeaderCandidate {
  const matches: ColumnMatch[] = [];
  const unmatched: UnmatchedHeader[] = [];
  let lastColumn = -1;
  let sectionLabel: string | undefined;
  for (let c = 0; c < width; c++) {
    const top = text(valueAt(sheet, row, c)).trim();
    const bottom = rows === 2 ? text(valueAt(sheet, row + 1, c)).trim() : '';
    if (top || bottom) lastColumn = c;
    if (top.length > MAX_HEADER_CELL) continue;
    // A split header joins its two cells. When the second cell is filled only the joined text may
    // match, so a measure row under a one-row header ("Ref" over "P1") never passes for a split header.
    const header = bottom ? `${top} ${bottom}`.trim() : top;
    const m = matchHeader(header, vocabulary);
    const top1 = bottom && !m ? matchHeader(top, vocabulary) : null;
    if (m) matches.push({ ...m, column: c, header, address: toA1(row, c) });
    else if (top1?.role === 'ref' && !ID_LIKE.test(bottom)) {
      // The one exception: a section label ("General") typed under "Ref" in the header's second row.
      matches.push({ ...top1, column: c, header: top, address: toA1(row, c) });
      sectionLabel = bottom;
    } else if (header) unmatched.push({ header, address: toA1(row, c) });
  }
  const roles = new Set<string>(matches.map((m) => (m.role === 'quarter' ? `q${m.quarter}` : m.role)));
  return { row, rows, matches, score: roles.size, lastColumn, sectionLabel, unmatched };
}

/** A second header row holds only short continuation labels (`Av`, `17-18`), never a measure's text. */
function looksLikeContinuation(sheet: SheetGrid, row: number, width: number): boolean {
  let cells = 0;
  for (let c = 0; c < width; c++) {
    const v = valueAt(sheet, row, c);
    if (isBlank(v)) continue;
    if (typeof v !== 'string' || v.trim().length > 25) return false;
    cells++;
  }
  return cells > 0;
}

export function hasRequiredRoles(c: HeaderCandidate): boolean {
  const roles = new Set<ColumnRole>(c.matches.map((m) => m.role));
  return (roles.has('ref') || roles.has('measure')) && roles.has('quarter');
}

const mapped = (c: HeaderCandidate) => c.matches.filter((m) => m.source === 'map').length;

function isBetter(a: HeaderCandidate, b: HeaderCandidate): boolean {
  const ra = hasRequiredRoles(a);
  const rb = hasRequiredRoles(b);
  return ra !== rb ? ra : a.score > b.score;
}

/** The header row is found by content: the row (or pair of rows) that names the most roles. */
export function findHeader(sheet: SheetGrid, width: number, vocabulary: Vocabulary): HeaderCandidate | null {
  let best: HeaderCandidate | null = null;
  const limit = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const single = matchRow(sheet, r, 1, width, vocabulary);
    if (single.score < 2) continue;
    let candidate = single;
    if (r + 1 < sheet.values.length && looksLikeContinuation(sheet, r + 1, width)) {
      const double = matchRow(sheet, r, 2, width, vocabulary);
      // A header text the column map names (the pane saves a split header's joined text) settles it:
      // the map moving a column to another role must not make the one-row reading win on score.
      const byMap = mapped(double) - mapped(single);
      if (byMap > 0 || (byMap === 0 && double.score >= single.score)) candidate = double;
    }
    if (!best || isBetter(candidate, best)) best = candidate;
  }
  return best;
}

/** The header's own cell texts, lower-cased: a page-break copy repeats them exactly. */
export function headerTexts(sheet: SheetGrid, header: HeaderCandidate): Set<string> {
  const texts = new Set<string>();
  for (const m of header.matches) {
    const v = valueAt(sheet, header.row, m.column);
    if (typeof v === 'string' && v.trim()) texts.add(v.trim().toLowerCase());
  }
  return texts;
}

/**
 * True when a row below the header repeats it (a page-break copy): most of its roles match again.
 * The full match runs only on rows sharing at least two exact header texts, which keeps the scan linear and cheap.
 */
export function isRepeatedHeader(sheet: SheetGrid, row: number, width: number, header: HeaderCandidate, texts: Set<string>, vocabulary: Vocabulary): boolean {
  let same = 0;
  for (const v of sheet.values[row] ?? []) if (typeof v === 'string' && v.length <= 40 && texts.has(v.trim().toLowerCase()) && ++same >= 2) break;
  if (same < 2) return false;
  const again = matchRow(sheet, row, 1, width, vocabulary);
  return again.score >= Math.max(2, Math.ceil(header.score * 0.5));
}

/**
 * True when a row right after a page-break copy of a two-row header is the copy's second row: every
 * filled cell repeats the header's second row. A copy of the first row alone is followed by a
 * measure row, which must not be skipped with it (issue 9).
 */
export function isHeaderSecondRow(sheet: SheetGrid, row: number, header: HeaderCandidate): boolean {
  if (header.rows !== 2) return false;
  const cells = sheet.values[row] ?? [];
  let same = 0;
  for (let c = 0; c < cells.length; c++) {
    if (isBlank(cells[c])) continue;
    if (text(cells[c]).trim().toLowerCase() !== text(valueAt(sheet, header.row + 1, c)).trim().toLowerCase()) return false;
    same++;
  }
  return same > 0;
}
