import type { SheetGrid } from '../grid';
import { fromA1, toA1 } from '../grid/a1';
import { isBlank, lastUsedRow, sheetWidth, valueAt } from '../grid/sheet-cells';
import { DEFAULT_RULES, vocabularyOf, type RuleSet, type Vocabulary } from '../rules';
import { hasValue } from '../values/parsed-value';
import { findHeader, headerTexts, ID_LIKE, isHeaderSecondRow, isRepeatedHeader, type HeaderCandidate } from './find-header';
import { keyOfRole, normaliseHeader, roleOfKey } from './match-header';
import { cellText, readMeasureRow } from './read-measure-row';
import type { ColumnMatch, MeasureRow, NotScorecardLayout, QuarterColumn, ScorecardLayout, SectionRow, SheetLayout } from './sheet-layout';

type Columns = SheetLayout['columns'];

const FIGURE_ROLES = ['polarity', 'target', 'yearEnd', 'statNeighbour', 'national', 'bandRequiresImprovement', 'bandGood', 'bandOutstanding'] as const;
const YEAR = /((?:19|20)\d{2})\s*[-–/]\s*(\d{2,4})/;

/** The layout of a sheet that is not a scorecard, saying why. */
export function notRecognised(sheet: Pick<SheetGrid, 'name'>, reason: string): NotScorecardLayout {
  return {
    sheet: sheet.name,
    recognised: false,
    reason,
    headerRow: -1,
    headerRows: 1,
    title: '',
    year: '',
    columns: {},
    quarters: [],
    unmatchedHeaders: [],
    lastColumn: -1,
    lastRow: -1,
    sections: [],
    measures: [],
    repeatedHeaderRows: [],
  };
}

const RANK = { map: 0, rules: 1, default: 2, blank: 3 } as const;

/**
 * One column per role (the four quarters are roles of their own), the column map winning over
 * recognition: a mapped header beats a word the rules add, which beats a built-in word; a mapped
 * column letter takes its column from whatever recognition gave it.
 */
function columnMap(sheet: SheetGrid, header: HeaderCandidate, vocabulary: Vocabulary): { columns: Columns; quarters: ColumnMatch[] } {
  const ranked = [...header.matches].sort((a, b) => RANK[a.source ?? 'default'] - RANK[b.source ?? 'default'] || a.column - b.column);
  const chosen = new Map<string, ColumnMatch>();
  const keyOf = (m: ColumnMatch) => keyOfRole(m.role, m.quarter);
  for (const m of ranked) {
    const key = keyOf(m);
    // Several columns of one quarter (a sheet that repeats Q1) stay; a mapped quarter takes its key alone.
    const slot = m.role === 'quarter' && m.source !== 'map' ? `${key}@${m.column}` : key;
    if (!chosen.has(slot) && !chosen.has(key)) chosen.set(slot, m);
  }
  for (const [key, column] of vocabulary.letters) {
    if (chosen.get(key)?.source === 'map') continue; // the pointer was found as a header text
    for (const [slot, m] of chosen) if (m.column === column || keyOf(m) === key) chosen.delete(slot);
    const text = [0, 1].slice(0, header.rows).map((i) => cellText(valueAt(sheet, header.row + i, column))).filter(Boolean).join(' ');
    chosen.set(key, { ...roleOfKey(key), column, header: text, address: toA1(header.row, column), source: 'map' });
  }
  const columns: Columns = {};
  const quarters: ColumnMatch[] = [];
  for (const m of chosen.values()) {
    if (m.role === 'quarter') quarters.push(m);
    else columns[m.role] = m;
  }
  quarters.sort((a, b) => a.column - b.column);
  return { columns, quarters };
}

/** The blank-header column whose cells hold the longest text is the measure column (spec §2). */
function findBlankMeasureColumn(sheet: SheetGrid, header: HeaderCandidate, lastRow: number, taken: Set<number>, refColumn?: number): ColumnMatch | undefined {
  const bodyStart = header.row + header.rows;
  let best: { column: number; avg: number } | undefined;
  for (let c = 0; c <= header.lastColumn; c++) {
    if (taken.has(c)) continue;
    const headerText = [0, 1].slice(0, header.rows).map((i) => cellText(valueAt(sheet, header.row + i, c))).join('');
    if (headerText) continue;
    let total = 0;
    let count = 0;
    for (let r = bodyStart; r <= lastRow; r++) {
      const v = valueAt(sheet, r, c);
      if (typeof v === 'string' && v.trim()) {
        total += v.trim().length;
        count++;
      }
    }
    const avg = count ? total / count : 0;
    const bonus = refColumn !== undefined && c === refColumn + 1 ? 5 : 0;
    if (avg >= 12 && (!best || avg + bonus > best.avg)) best = { column: c, avg: avg + bonus };
  }
  if (!best) return undefined;
  return { role: 'measure', column: best.column, header: '', address: toA1(header.row, best.column), source: 'blank' };
}

function findTitle(sheet: SheetGrid, headerRow: number, width: number): string {
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < width; c++) {
      const t = cellText(valueAt(sheet, r, c));
      if (t) return t;
    }
  }
  return '';
}

function findYear(title: string, quarters: ColumnMatch[]): string {
  const m = YEAR.exec(title);
  if (m) return `${m[1]}-${m[2].slice(-2)}`;
  for (const q of quarters) {
    const y = /(\d{2})\s*[-– ]\s*(\d{2})\s*$/.exec(q.header);
    if (y) return `20${y[1]}-${y[2]}`;
  }
  return '';
}

/**
 * Recognises one sheet: header by content, split headers, page-break copies, section rows and
 * measure rows (spec §2). Never throws on any grid; a sheet that is not a scorecard says why.
 */
export function recogniseSheet(sheet: SheetGrid, rules: RuleSet = DEFAULT_RULES): SheetLayout {
  const lastRow = lastUsedRow(sheet);
  if (lastRow < 0) return notRecognised(sheet, 'the sheet is empty');
  const width = sheetWidth(sheet);
  const vocabulary = vocabularyOf(rules);
  const header = findHeader(sheet, width, vocabulary);
  if (!header) return notRecognised(sheet, 'no header row naming scorecard columns (Ref, Measure, Polarity, Target, Qu 1 …) was found');
  const { columns, quarters } = columnMap(sheet, header, vocabulary);
  const taken = new Set([...Object.values(columns), ...quarters].map((m) => m!.column));
  if (!columns.measure) {
    const blank = findBlankMeasureColumn(sheet, header, lastRow, taken, columns.ref?.column);
    if (blank) columns.measure = blank;
  }
  if (!((columns.ref || columns.measure) && quarters.length)) {
    const at = `row ${header.row + 1}`;
    const reason = !quarters.length
      ? `the header at ${at} has no quarter column (such as "Qu 1 18-19" or "Q2")`
      : `the header at ${at} has no Ref or Measure column`;
    return notRecognised(sheet, reason);
  }

  const title = findTitle(sheet, header.row, width);
  const titleKey = normaliseHeader(title);
  const quarterCols = quarters.map((q) => q.column);
  const figureCols = FIGURE_ROLES.map((r) => columns[r]?.column).filter((c): c is number => c !== undefined);
  const measures: MeasureRow[] = [];
  const sections: SectionRow[] = [];
  const repeatedHeaderRows: number[] = [];
  let section = '';
  if (header.sectionLabel) {
    section = header.sectionLabel.replace(/\s+/g, ' ');
    sections.push({ name: section, row: header.row + 1 });
  }
  const texts = headerTexts(sheet, header);

  for (let r = header.row + header.rows; r <= lastRow; r++) {
    const row = sheet.values[r];
    if (!row || row.every(isBlank)) continue;
    if (isRepeatedHeader(sheet, r, width, header, texts, vocabulary)) {
      repeatedHeaderRows.push(r);
      if (isHeaderSecondRow(sheet, r + 1, header)) r++;
      continue;
    }
    const nonBlank = row.map((v, c) => (isBlank(v) ? -1 : c)).filter((c) => c >= 0);
    const ref = columns.ref ? cellText(valueAt(sheet, r, columns.ref.column)) : '';
    const measureText = columns.measure ? cellText(valueAt(sheet, r, columns.measure.column)) : '';
    const hasQuarter = quarterCols.some((c) => !isBlank(valueAt(sheet, r, c)));
    const hasFigure = hasQuarter || figureCols.some((c) => !isBlank(valueAt(sheet, r, c)));
    const hasComment = columns.comments ? !isBlank(valueAt(sheet, r, columns.comments.column)) : false;

    if ((ref || measureText) && (hasFigure || hasComment)) {
      measures.push(readMeasureRow(sheet, r, columns, quarters, section, rules.markers, vocabulary));
      continue;
    }
    if (hasQuarter || hasComment) continue;
    const label = cellText(valueAt(sheet, r, nonBlank[0]));
    if (!label || normaliseHeader(label) === titleKey) continue;
    if (ID_LIKE.test(ref) && measureText) continue; // a measure row with nothing in it yet
    if (label.length > 150) continue;
    section = label.replace(/\s+/g, ' ');
    sections.push({ name: section, row: r });
  }

  const lastColumn = Math.max(header.lastColumn, ...header.matches.map((m) => m.column), ...[...Object.values(columns), ...quarters].map((m) => m!.column));
  const quarterColumns: QuarterColumn[] = quarters.map((q, i) => ({ ...q, role: 'quarter', quarter: q.quarter!, hasFigures: measures.some((m) => hasValue(m.quarters[i])) }));
  const used = new Set([...Object.values(columns), ...quarters].map((m) => m!.column));
  const layout: ScorecardLayout = {
    sheet: sheet.name,
    recognised: true,
    reason: '',
    headerRow: header.row,
    headerRows: header.rows,
    title,
    year: findYear(title, quarters),
    columns,
    quarters: quarterColumns,
    unmatchedHeaders: header.unmatched.filter((u) => !used.has(fromA1(u.address).column)),
    lastColumn,
    lastRow: measures.length ? measures[measures.length - 1].row : header.row + header.rows - 1,
    sections,
    measures,
    repeatedHeaderRows,
  };
  return layout;
}
