import type ExcelJS from 'exceljs';

/** Excel sheet names are unique regardless of case; prefer an exact match, then a case-insensitive one. */
export function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const sheets = workbook.worksheets;
  return sheets.find((ws) => ws.name === name) ?? sheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
}

export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function isSheetProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return p?.sheet === true;
}
