import type { NewSheet, PrintSetup } from '../engine/plan';
import { isPlainAddress, parseAddress } from './cell-address';
import { cellXml } from './cell-xml';
import type { DeriveStyle } from './sheet-patch';
import { escapeXml } from './xml-text';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Excel's default column width (characters) and row height (points, one line of 11 pt Calibri). */
const DEFAULT_WIDTH = 8.43;
const LINE_HEIGHT = 15;

/** Lines a wrapped text takes in a column this many characters wide (greedy word wrap, as Excel breaks lines). */
export function wrappedLines(text: string, width: number): number {
  // A column's width counts digits; ordinary text is a little narrower, about 1.1 characters a digit.
  const room = Math.max(1, Math.floor(width * 1.1));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used ? used + 1 + word.length : word.length;
      if (need <= room) used = need;
      else {
        // A word longer than the column is broken across lines.
        lines += used ? 1 : 0;
        lines += Math.ceil(word.length / room) - 1;
        used = word.length % room || room;
      }
    }
  }
  return lines;
}

/**
 * The height of a row holding wrapped text: neither Excel nor LibreOffice fits rows to their text
 * when opening a file, so without it wrapped reasons and commentary would overlap the next row.
 */
function rowHeight(cells: { w: NewSheet['cells'][number]; column: number }[], from: number, to: number, widths: (number | undefined)[]): number | undefined {
  let lines = 1;
  for (let i = from; i < to; i++) {
    const { w, column } = cells[i];
    if (!w.style?.wrap || typeof w.value !== 'string') continue;
    lines = Math.max(lines, wrappedLines(w.value, widths[column] ?? DEFAULT_WIDTH));
  }
  return lines > 1 ? lines * LINE_HEIGHT : undefined;
}

const MAX_HEADER = 255;

/** OOXML paper sizes by the plan's names. */
const PAPER = { A4: 9 } as const;

/** `<pageSetup>` and `<headerFooter>` (they follow `<pageMargins>` in the schema's order). */
function printXml(print: PrintSetup): string {
  const fit = print.fitToPagesWide > 0 ? ` fitToWidth="${print.fitToPagesWide}" fitToHeight="0"` : '';
  const setup = `<pageSetup paperSize="${PAPER[print.paperSize]}" orientation="${print.orientation}"${fit}/>`;
  // The texts already carry Excel's header codes (`&P`, `&&` for a literal ampersand); XML escapes the rest.
  // Excel refuses a header or footer over 255 characters (a repair on opening), so one that long is left out rather than cut inside a code.
  const fits = (t: string | undefined): t is string => !!t && t.length <= MAX_HEADER;
  const head = fits(print.header) ? `<oddHeader>${escapeXml(print.header)}</oddHeader>` : '';
  const foot = fits(print.footer) ? `<oddFooter>${escapeXml(print.footer)}</oddFooter>` : '';
  return setup + (head || foot ? `<headerFooter>${head}${foot}</headerFooter>` : '');
}

/**
 * A worksheet part for a sheet the plan creates or replaces wholesale, with its print setup and,
 * when the sheet has charts, the `<drawing>` that places them (`drawingRelId`, in the sheet's rels).
 * Elements follow the schema's order: sheetPr, sheetViews, sheetFormatPr, cols, sheetData,
 * printOptions, pageMargins, pageSetup, headerFooter, drawing.
 */
export function newSheetXml(spec: NewSheet, derive: DeriveStyle, selected: boolean, drawingRelId?: string): string {
  const cells = spec.cells.map((w) => {
    const { row, column } = parseAddress(w.address);
    return { w, row, column };
  });
  // Plans list cells row by row already; sorting is only needed (and stable either way) when they do not.
  let ordered = true;
  for (let i = 1; i < cells.length && ordered; i++) ordered = cells[i - 1].row < cells[i].row || (cells[i - 1].row === cells[i].row && cells[i - 1].column <= cells[i].column);
  if (!ordered) cells.sort((a, b) => a.row - b.row || a.column - b.column);
  // One array of pieces for the whole sheetData, each row's open tag filled in once its cells (and so its height) are known.
  const pieces: string[] = [];
  const widthsOf = spec.columnWidths ?? [];
  for (let i = 0; i < cells.length; ) {
    const row = cells[i].row;
    const open = pieces.push('') - 1;
    let j = i;
    for (; j < cells.length && cells[j].row === row; j++) {
      const { w } = cells[j];
      const style = w.style ? derive(0, w.style) : 0;
      pieces.push(cellXml('', isPlainAddress(w.address) ? w.address : w.address.replace(/\$/g, '').toUpperCase(), style, w.value ?? null));
    }
    const ht = rowHeight(cells, i, j, widthsOf);
    pieces[open] = `<row r="${row + 1}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>`;
    pieces.push('</row>');
    i = j;
  }
  const widths = (spec.columnWidths ?? [])
    .map((w, i) => (w === undefined ? '' : `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`))
    .join('');
  const body = pieces.join('');
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
