import ExcelJS from 'exceljs';
import type { CellValue } from '../engine/grid';
import { dateToSerial } from './excel-date';

/** One cell as the grid sees it: the value Excel shows, and whether a formula produced it. */
export interface ReadCell {
  value: CellValue;
  formula: boolean;
}

const BLANK: ReadCell = { value: null, formula: false };

function richTextToString(rich: ExcelJS.CellRichTextValue): string {
  return rich.richText.map((run) => run.text ?? '').join('');
}

/** A plain value, or one of ExcelJS's wrappers (rich text, error, hyperlink text), as grid text. */
function plain(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v, date1904);
  if (typeof v === 'object') {
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
    if ('richText' in v && Array.isArray((v as ExcelJS.CellRichTextValue).richText)) return richTextToString(v as ExcelJS.CellRichTextValue);
    if ('text' in v) return plain((v as { text: unknown }).text, date1904);
  }
  return null;
}

/** Reads a cell the way Office.js reports it: formulas as their cached result, merged (non-anchor) cells blank. */
export function readCellValue(cell: ExcelJS.Cell, date1904: boolean): ReadCell {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return BLANK;
    case ExcelJS.ValueType.Formula: {
      const result = (cell.value as ExcelJS.CellFormulaValue).result;
      return { value: plain(result, date1904), formula: true };
    }
    default:
      return { value: plain(cell.value, date1904), formula: false };
  }
}
