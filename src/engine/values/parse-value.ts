import type { CellValue } from '../grid';
import type { ParsedValue } from './parsed-value';

export interface ValueMarkers {
  /** Compared case-insensitively after trimming. */
  suppressed: string[];
  missing: string[];
}

export const DEFAULT_MARKERS: ValueMarkers = {
  suppressed: ['suppressed', 'supressed', 'x', 'c', '[c]', '*', '<5'],
  missing: ['', 'na', 'n/a', '-', '–', '—', 'tbc', 'z', ':', '..'],
};

const STANDARD_SUPPRESSED = new Set(['suppressed', 'c', '[c]', 'x', '*', '<5']);
const ERROR_TEXT = /^#(DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
// A figure: optional sign, digits with optional thousands separators, optional decimals, optional %.
const FIGURE = String.raw`([-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+−]?\.\d+)\s*(%?)`;
const NUMBER_RE = new RegExp(`^${FIGURE}$`);
const RANGE_RE = new RegExp(`^${FIGURE}\\s*(?:-|–|—|to)\\s*${FIGURE}$`, 'i');
const ANNOTATED_RE = new RegExp(`^${FIGURE}\\s*(\\(.*\\)|\\[.*\\])$`);
const UNIT_RE = new RegExp(`^${FIGURE}\\s+(months?|weeks?|days?|working days?|years?|hours?)$`, 'i');

function toNumber(text: string): number {
  return Number(text.replace(/,/g, '').replace('−', '-'));
}

function figure(text: string, pct: string): { value: number; percent: boolean } {
  const n = toNumber(text);
  return pct ? { value: n / 100, percent: true } : { value: n, percent: false };
}

/** True when an Excel number format shows the value as a percent (`0%`, `0.0%`), ignoring quoted literals. */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /%/.test(format.replace(/"[^"]*"/g, '').replace(/\\%/g, ''));
}

/** True when an Excel number format renders a date or time. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare) && !/General/i.test(bare);
}

function normaliseMarker(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

interface MarkerSets {
  suppressed: Set<string>;
  missing: Set<string>;
}

// Marker lists are normalised once per rule set, not once per cell.
const compiled = new WeakMap<ValueMarkers, MarkerSets>();

function markerSets(markers: ValueMarkers): MarkerSets {
  let sets = compiled.get(markers);
  if (!sets) {
    sets = { suppressed: new Set(markers.suppressed.map(normaliseMarker)), missing: new Set(markers.missing.map(normaliseMarker)) };
    compiled.set(markers, sets);
  }
  return sets;
}

/**
 * Reads one raw cell into a ParsedValue. Never throws: anything unrecognised is `text`.
 * `numberFormat` decides whether a number is a percent or a date.
 */
export function parseValue(raw: CellValue, numberFormat?: string, markers: ValueMarkers = DEFAULT_MARKERS): ParsedValue {
  if (raw === null || raw === undefined) return { kind: 'missing', marker: '' };
  if (typeof raw === 'boolean') return { kind: 'text', text: raw ? 'TRUE' : 'FALSE' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'text', text: String(raw) };
    if (isDateFormat(numberFormat)) return { kind: 'text', text: String(raw), date: true };
    return { kind: 'number', value: raw, percent: isPercentFormat(numberFormat) };
  }
  const text = raw.replace(/\u00a0/g, ' ').trim();
  if (text.length <= 40) {
    const key = normaliseMarker(text);
    const sets = markerSets(markers);
    if (sets.missing.has(key)) return { kind: 'missing', marker: text };
    if (sets.suppressed.has(key)) return { kind: 'suppressed', marker: text, standard: STANDARD_SUPPRESSED.has(key) };
  }
  if (text.startsWith('#') && ERROR_TEXT.test(text)) return { kind: 'error', error: text.toUpperCase() };
  if (text.length > 200) return { kind: 'text', text };
  let m = NUMBER_RE.exec(text);
  if (m) {
    const f = figure(m[1], m[2]);
    return { kind: 'number', value: f.value, percent: f.percent };
  }
  m = RANGE_RE.exec(text);
  if (m) {
    const a = figure(m[1], m[2]);
    const b = figure(m[3], m[4]);
    // `52.7 - 59.3%`: a percent sign on either end makes both ends percents.
    const percent = a.percent || b.percent;
    const lo = percent && !a.percent ? a.value / 100 : a.value;
    const hi = percent && !b.percent ? b.value / 100 : b.value;
    return { kind: 'range', low: Math.min(lo, hi), high: Math.max(lo, hi), percent };
  }
  m = ANNOTATED_RE.exec(text);
  if (m) {
    const f = figure(m[1], m[2]);
    return { kind: 'annotated', value: f.value, percent: f.percent, note: m[3] };
  }
  m = UNIT_RE.exec(text);
  if (m) {
    const f = figure(m[1], m[2]);
    return { kind: 'number', value: f.value, percent: f.percent, unit: m[3].toLowerCase() };
  }
  return { kind: 'text', text };
}

/**
 * In a percent measure a plain number such as 97 means 97 % (spec §3). Values already read
 * as percents, and everything that is not a figure, are returned as they are.
 */
export function asPercent(v: ParsedValue): ParsedValue {
  switch (v.kind) {
    case 'number':
      return v.percent || v.unit ? v : { kind: 'number', value: v.value / 100, percent: true };
    case 'annotated':
      return v.percent ? v : { ...v, value: v.value / 100, percent: true };
    case 'range':
      return v.percent ? v : { kind: 'range', low: v.low / 100, high: v.high / 100, percent: true };
    default:
      return v;
  }
}
