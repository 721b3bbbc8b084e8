import { fromA1 } from '../engine/grid';
import type { NewSheet, PrintSetup } from '../engine/plan';
import { cellXml } from './cell-xml';
import type { DeriveStyle } from './sheet-patch';
import { escapeXml } from './xml-text';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** OOXML paper sizes by the plan's names. */
const PAPER = { A4: 9 } as const;

/** `<pageSetup>` and `<headerFooter>` (they follow `<pageMargins>` in the schema's order). */
function printXml(print: PrintSetup): string {
  const fit = print.fitToPagesWide > 0 ? ` fitToWidth="${print.fitToPagesWide}" fitToHeight="0"` : '';
  const setup = `<pageSetup paperSize="${PAPER[print.paperSize]}" orientation="${print.orientation}"${fit}/>`;
  // The texts already carry Excel's header codes (`&P`, `&&` for a literal ampersand); XML escapes the rest.
  const head = print.header ? `<oddHeader>${escapeXml(print.header)}</oddHeader>` : '';
  const foot = print.footer ? `<oddFooter>${escapeXml(print.footer)}</oddFooter>` : '';
  return setup + (head || foot ? `<headerFooter>${head}${foot}</headerFooter>` : '');
}

/**
 * A worksheet part for a sheet the plan creates or replaces wholesale, with its print setup and,
 * when the sheet has charts, the `<drawing>` that places them (`drawingRelId`, in the sheet's rels).
 * Elements follow the schema's order: sheetPr, sheetViews, sheetFormatPr, cols, sheetData,
 * printOptions, pageMargins, pageSetup, headerFooter, drawing.
 */
export function newSheetXml(spec: NewSheet, derive: DeriveStyle, selected: boolean, drawingRelId?: string): string {
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
    (spec.print && spec.print.fitToPagesWide > 0 ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0"/></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (widths ? `<cols>${widths}</cols>` : '') +
    (body ? `<sheetData>${body}</sheetData>` : '<sheetData/>') +
    (spec.print ? '<printOptions horizontalCentered="1"/>' : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (spec.print ? printXml(spec.print) : '') +
    (drawingRelId ? `<drawing r:id="${escapeXml(drawingRelId)}"/>` : '') +
    '</worksheet>'
  );
}
