import type { WorkbookGrid } from '../../src/engine';
import { columnLetters, OWN_SHEET_ROLES, ownSheetMarkerName, toA1 } from '../../src/engine/grid';
import { buildWorkbook, type FixtureSheet } from './xlsx-fixtures';

/**
 * A workbook grid saved as a new .xlsx with the fixture writer (ExcelJS): values, number formats,
 * fills, font colours, merges, hidden rows and columns, visibility, protection, and the add-in's
 * marker names `ScorecardRater_<role>` pointing at its own sheets. With `test/support/edit-grid.ts`
 * this is how the file tests insert or delete a row or a column the way Excel does it: the file is
 * opened by the adapter, edited as a grid (the same edits the engine and Excel tests make) and
 * written again whole by another program, as Excel itself rewrites the whole package on save.
 * LibreOffice headless only converts (inserting a row would take a UNO script, a second program to
 * keep), and patching rows into sheet XML by hand would test our own shifting code, not the adapter.
 * Formulas are not carried (the grid knows only that one is there); the workbooks edited here have none.
 */
export async function gridToXlsx(grid: WorkbookGrid): Promise<Buffer> {
  const workbook = buildWorkbook(grid.sheets.map(fixtureSheet));
  for (const role of OWN_SHEET_ROLES) {
    const sheet = grid.ownSheets?.[role];
    if (sheet) workbook.definedNames.add(`'${sheet.replace(/'/g, "''")}'!$A$1`, ownSheetMarkerName(role));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function fixtureSheet(s: WorkbookGrid['sheets'][number]): FixtureSheet {
  const byAddress = <T>(rows: (T | undefined)[][] | undefined, keep: (v: T) => boolean): Record<string, T> => {
    const out: Record<string, T> = {};
    rows?.forEach((row, r) => row?.forEach((v, c) => (v !== undefined && v !== null && keep(v) ? (out[toA1(r, c)] = v) : undefined)));
    return out;
  };
  return {
    name: s.name,
    rows: s.values.map((row) => Array.from(row ?? [], (v) => v ?? null)),
    state: s.visibility,
    numFmts: byAddress(s.numberFormats, (f) => f !== 'General'),
    fills: byAddress(s.fills, () => true),
    fontColors: byAddress(s.fontColors, () => true),
    merges: (s.merges ?? []).map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`),
    hiddenRows: (s.hiddenRows ?? []).map((r) => r + 1),
    hiddenColumns: (s.hiddenColumns ?? []).map(columnLetters),
    protect: s.protected,
  };
}
