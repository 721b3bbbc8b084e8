/**
 * Builds the 2018-19 Q2 scorecard workbook, laid out as the council's Excel original: a merged
 * title, a header split over two rows, section rows, and the title and header repeated at the two
 * page breaks where the circulated PDF shows them. Fixed dates and pinned zip timestamps make the
 * bytes the same on every run. make-sample.ts writes it to disk; tests build it in memory.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { pinZipTimestamps } from '../src/file/zip-directory';
import { HEADER_BOTTOM, HEADER_TOP, LINES, TITLE, type MeasureRow } from './scorecard-data';

export const SAMPLE_PATH = join(__dirname, 'scorecard-2018-19-q2.xlsx');
export const SHEET_NAME = 'Scorecard';
const COLUMNS = HEADER_TOP.length; // A to R
const LAST_COLUMN = 'R';
const WIDTHS = [7, 16, 14, 46, 12, 8, 8, 10, 8, 8, 8, 8, 8, 8, 12, 70, 18, 12];
const COMMENTS_COLUMN = 16;
const MEASURE_COLUMN = 4;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const FIXED_DATE = new Date(Date.UTC(2018, 10, 1, 9, 0, 0));

/** A figure as the analyst typed it: `91.0%` is 0.91 shown `0.0%`, `477` a number, anything else text. */
export function figureCell(text: string): { value: ExcelJS.CellValue; numFmt?: string } {
  if (text === '') return { value: null };
  const pct = /^(\d+)(?:\.(\d+))?%$/.exec(text);
  if (pct) {
    const decimals = pct[2]?.length ?? 0;
    const value = Number((Number(text.slice(0, -1)) / 100).toFixed(decimals + 2));
    return { value, numFmt: decimals ? `0.${'0'.repeat(decimals)}%` : '0%' };
  }
  if (/^\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  return { value: text };
}

function addTitleAndHeader(ws: ExcelJS.Worksheet): void {
  const title = ws.addRow([TITLE]);
  ws.mergeCells(`A${title.number}:${LAST_COLUMN}${title.number}`);
  title.font = { bold: true, size: 14 };
  title.height = 21;
  for (const labels of [HEADER_TOP, HEADER_BOTTOM]) {
    const row = ws.addRow(labels.map((l) => (l === '' ? null : l)));
    for (let c = 1; c <= COLUMNS; c++) {
      const cell = row.getCell(c);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    }
  }
}

function addSection(ws: ExcelJS.Worksheet, label: string): void {
  const row = ws.addRow([label]);
  for (let c = 1; c <= COLUMNS; c++) row.getCell(c).fill = SECTION_FILL;
  row.getCell(1).font = { bold: true };
}

function addMeasure(ws: ExcelJS.Worksheet, m: MeasureRow): void {
  const figures = [m.statNeighbour, m.national, m.target, m.yearEnd, m.q1, m.q2].map(figureCell);
  const row = ws.addRow([
    m.ref, m.source, m.lead || null, m.measure, m.polarity || null,
    ...figures.map((f) => f.value),
    null, null, null, null, // Q3, Q4, RAG, direction: not yet filled in
    m.comments || null, m.cypPriority || null, m.corporatePriority || null,
  ]);
  figures.forEach((f, i) => {
    const cell = row.getCell(6 + i);
    if (f.numFmt) cell.numFmt = f.numFmt;
    cell.alignment = { horizontal: 'center', vertical: 'top' };
  });
  for (const c of [1, 2, 3, 5, 17, 18]) row.getCell(c).alignment = { vertical: 'top', wrapText: true };
  row.getCell(MEASURE_COLUMN).alignment = { vertical: 'top', wrapText: true };
  row.getCell(COMMENTS_COLUMN).alignment = { vertical: 'top', wrapText: true };
}

export function buildSample(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = workbook.lastModifiedBy = 'Scorecard Rater sample';
  workbook.created = workbook.modified = FIXED_DATE;
  const ws = workbook.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 3, activeCell: 'A4' }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  addTitleAndHeader(ws);
  for (const line of LINES) {
    if (line.kind === 'section') addSection(ws, line.label);
    else if (line.kind === 'measure') addMeasure(ws, line);
    else {
      ws.lastRow!.addPageBreak();
      addTitleAndHeader(ws);
    }
  }
  return workbook;
}

export async function sampleBytes(): Promise<Uint8Array> {
  const raw = await buildSample().xlsx.writeBuffer();
  return pinZipTimestamps(new Uint8Array(raw as ArrayBuffer));
}
