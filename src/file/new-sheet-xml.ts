import { fromA1 } from '../engine/grid';
import type { NewSheet } from '../engine/plan';
import { cellXml } from './cell-xml';
import type { DeriveStyle } from './sheet-patch';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A worksheet part for a sheet the plan creates or replaces wholesale. */
export function newSheetXml(spec: NewSheet, derive: DeriveStyle, selected: boolean): string {
  const rows = new Map<number, string[]>();
  const cells = spec.cells
    .map((w) => ({ w, ...fromA1(w.address) }))
    .sort((a, b) => a.row - b.row || a.column - b.column);
  for (const { w, row } of cells) {
    const style = w.style ? derive(0, w.style) : 0;
    const list = rows.get(row) ?? [];
    list.push(cellXml('', w.address.replace(/\$/g, '').toUpperCase(), style, w.value ?? null));
    rows.set(row, list);
  }
  const widths = (spec.columnWidths ?? [])
    .map((w, i) => (w === undefined ? '' : `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`))
    .join('');
  const body = [...rows.entries()].map(([r, cs]) => `<row r="${r + 1}">${cs.join('')}</row>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0"/></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (widths ? `<cols>${widths}</cols>` : '') +
    (body ? `<sheetData>${body}</sheetData>` : '<sheetData/>') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}
