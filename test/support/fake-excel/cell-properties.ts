/** Cell, row and column properties as Office.js reads and sets them (getCellProperties, setCellProperties, row / column properties). */
import { FakeExcelError } from './fake-errors';
import type { FakeCell, FakeSheet } from './fake-workbook';
import { formatRangeAddress } from './range-address';

/** How Office.js reports no fill and the automatic font colour. */
export const NO_FILL = '#FFFFFF';
export const AUTOMATIC_FONT = '#000000';

export const LAST_COLUMN = 16383;

/** Per row (or column) index: the distinct fills and fonts of its stored cells, and how many there are. */
export interface LineStats {
  fills: Set<string>;
  fonts: Set<string>;
  stored: number;
}

export function lineStats(s: FakeSheet, by: 'row' | 'column'): Map<number, LineStats> {
  const out = new Map<number, LineStats>();
  for (const [key, c] of s.cells) {
    const index = by === 'row' ? Math.floor(key / 16384) : key % 16384;
    let st = out.get(index);
    if (!st) {
      st = { fills: new Set(), fonts: new Set(), stored: 0 };
      out.set(index, st);
    }
    st.stored++;
    st.fills.add(c.fill ?? NO_FILL);
    st.fonts.add(c.fontColor ?? AUTOMATIC_FONT);
  }
  return out;
}

/**
 * The format of a whole row or column as getRowProperties / getColumnProperties report it: the shared
 * value, or null where its cells differ (blank cells count with Excel's defaults).
 */
export function lineFormat(wanted: Excel.CellPropertiesFormatLoadOptions, st: LineStats | undefined, lineCells: number): Excel.CellPropertiesFormat {
  for (const key of Object.keys(wanted)) if (!['fill', 'font'].includes(key)) throw unsupported(`row/column format ${key}`);
  const fills = new Set(st?.fills ?? []);
  const fonts = new Set(st?.fonts ?? []);
  if ((st?.stored ?? 0) < lineCells) {
    fills.add(NO_FILL);
    fonts.add(AUTOMATIC_FONT);
  }
  const out: Excel.CellPropertiesFormat = {};
  if (wanted.fill?.color) out.fill = { color: fills.size === 1 ? [...fills][0] : (null as unknown as string) };
  if (wanted.font?.color) out.font = { color: fonts.size === 1 ? [...fonts][0] : (null as unknown as string) };
  return out;
}

export function applyCellProperties(cell: FakeCell, props: Excel.SettableCellProperties): void {
  for (const key of Object.keys(props)) if (key !== 'format') throw unsupported(`cell property ${key}`);
  const format = props.format;
  if (!format) return;
  for (const key of Object.keys(format)) if (!['fill', 'font', 'wrapText'].includes(key)) throw unsupported(`format.${key}`);
  if (format.fill) {
    for (const key of Object.keys(format.fill)) if (!['color', 'pattern'].includes(key)) throw unsupported(`format.fill.${key}`);
    if (format.fill.pattern === 'None') delete cell.fill;
    else if (format.fill.pattern !== undefined && format.fill.pattern !== 'Solid') throw unsupported(`fill pattern ${format.fill.pattern}`);
    if (format.fill.color !== undefined) cell.fill = normaliseColour(format.fill.color);
  }
  if (format.font) {
    for (const key of Object.keys(format.font)) if (!['color', 'bold'].includes(key)) throw unsupported(`format.font.${key}`);
    if (format.font.color !== undefined) cell.fontColor = normaliseColour(format.font.color);
    if (format.font.bold !== undefined) {
      if (format.font.bold) cell.bold = true;
      else delete cell.bold;
    }
  }
  if (format.wrapText !== undefined) {
    if (format.wrapText) cell.wrap = true;
    else delete cell.wrap;
  }
}

export function cellProperties(c: FakeCell | undefined, options: Excel.CellPropertiesLoadOptions, sheet: string, row: number, column: number): Excel.CellProperties {
  for (const key of Object.keys(options)) if (!['address', 'format'].includes(key)) throw unsupported(`getCellProperties ${key}`);
  const out: Excel.CellProperties = {};
  if (options.address) out.address = formatRangeAddress(sheet, { top: row, bottom: row, left: column, right: column });
  const f = options.format;
  if (f) {
    const format: Excel.CellPropertiesFormat = {};
    if (f.fill) {
      format.fill = {};
      if (f.fill.color) format.fill.color = c?.fill ?? NO_FILL;
      if (f.fill.pattern) format.fill.pattern = c?.fill ? 'Solid' : 'None';
    }
    if (f.font) {
      format.font = {};
      if (f.font.color) format.font.color = c?.fontColor ?? AUTOMATIC_FONT;
      if (f.font.bold) format.font.bold = !!c?.bold;
    }
    if (f.wrapText) format.wrapText = !!c?.wrap;
    out.format = format;
  }
  return out;
}

export const NAMED: Record<string, string> = { white: '#FFFFFF', black: '#000000', red: '#FF0000', green: '#008000', blue: '#0000FF', yellow: '#FFFF00' };

export function normaliseColour(value: string): string {
  if (typeof value !== 'string') throw new FakeExcelError('InvalidArgument', 'A colour must be a string.');
  if (/^#[0-9A-Fa-f]{6}$/.test(value)) return value.toUpperCase();
  const named = NAMED[value.toLowerCase()];
  if (named) return named;
  throw new FakeExcelError('InvalidArgument', `"${value}" is not a colour Excel recognises.`);
}

export function everyIndex(from: number, to: number, test: (i: number) => boolean): boolean {
  for (let i = from; i <= to; i++) if (!test(i)) return false;
  return true;
}

export function checkOptions(options: object, allowed: string[]): void {
  for (const key of Object.keys(options)) if (!allowed.includes(key)) throw unsupported(`load option ${key}`);
}

export function unsupported(what: string): FakeExcelError {
  return new FakeExcelError('GeneralException', `fake-excel does not model ${what}; extend the fake before relying on it.`);
}
