import type ExcelJS from 'exceljs';
import type { NewSheet } from '../engine/plan';
import { findWorksheet, sameSheetName } from './sheet-lookup';
import { writeCell } from './write-cell';

/** ExcelJS orders tabs by this private-but-stable number. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/**
 * Creates the sheet, or replaces a sheet of that name in the same tab position (a re-run must not
 * shuffle the tabs). A new sheet goes after the last tab.
 */
export function putSheet(workbook: ExcelJS.Workbook, spec: NewSheet): ExcelJS.Worksheet {
  const old = findWorksheet(workbook, spec.name) as Ordered | undefined;
  const position = old?.orderNo;
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(spec.name, { state: spec.visibility }) as Ordered;
  if (position !== undefined) ws.orderNo = position;
  (spec.columnWidths ?? []).forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const write of spec.cells) writeCell(ws, write);
  return ws;
}

export function deleteSheet(workbook: ExcelJS.Workbook, name: string): void {
  const ws = findWorksheet(workbook, name);
  if (ws) workbook.removeWorksheet(ws.id);
}

/** The name of the tab Excel will show on opening. */
export function activeSheetName(workbook: ExcelJS.Workbook): string | undefined {
  const index = workbook.views?.[0]?.activeTab ?? 0;
  return workbook.worksheets[index]?.name;
}

/**
 * Points the workbook's active tab at `name` (or, if that sheet is gone or hidden, the first
 * visible one) and makes it the only selected tab: two selected tabs would group them in Excel,
 * so a user's next edit would land on both.
 */
export function setActiveSheet(workbook: ExcelJS.Workbook, name: string | undefined): void {
  const sheets = workbook.worksheets;
  let index = name === undefined ? -1 : sheets.findIndex((ws) => sameSheetName(ws.name, name) && ws.state === 'visible');
  if (index < 0) index = Math.max(0, sheets.findIndex((ws) => (ws.state ?? 'visible') === 'visible'));
  const views = workbook.views?.length ? workbook.views : [{} as ExcelJS.WorkbookView];
  views[0] = { ...views[0], activeTab: index };
  if ((views[0].firstSheet ?? 0) >= sheets.length) views[0].firstSheet = 0;
  workbook.views = views;
  sheets.forEach((ws, i) => {
    const current = ws.views?.length ? ws.views : [{}];
    ws.views = current.map((v) => ({ ...v, tabSelected: i === index })) as ExcelJS.WorksheetView[];
  });
}
