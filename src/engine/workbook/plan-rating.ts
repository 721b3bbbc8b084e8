import type { SheetGrid, WorkbookGrid } from '../grid';
import { fromA1, toA1 } from '../grid/a1';
import { fillAt, fontColorAt, hasFormulaAt, valueAt } from '../grid/sheet-cells';
import type { Flag } from '../flags/flag';
import type { CellWrite, SheetWrites, WritePlan } from '../plan';
import { outputColumns } from '../rating/rate-sheet';
import type { RuleSet } from '../rules';
import type { SheetReport } from '../run/run-report';
import { summarySheet } from '../summary/summary-sheet';
import type { Analysis } from './analyse-workbook';
import { chooseSummaryName } from './own-sheets';
import type { Ledger, LedgerEntry } from './settings-sheet';
import { settingsSheet } from './settings-sheet';

const RAG_TEXT = { red: 'Red', amber: 'Amber', green: 'Green', na: 'n/a' } as const;

/** Cells a flag's fill may go on: one cell, inside the table, not a cell the run writes anyway. */
function fillTargets(report: SheetReport, excluded: Set<string>): Map<string, Flag['severity']> {
  const out = new Map<string, Flag['severity']>();
  const { layout } = report;
  for (const f of report.flags) {
    if (f.severity === 'info' || !/^[A-Z]+\d+$/.test(f.cell) || excluded.has(f.cell)) continue;
    const { row, column } = fromA1(f.cell);
    if (row < layout.headerRow || row > layout.lastRow || column > layout.lastColumn) continue;
    if (out.get(f.cell) !== 'error') out.set(f.cell, f.severity);
  }
  return out;
}

/** Remembers a cell's state before the add-in first touched it; later runs keep the first record. */
function remember(sheet: SheetGrid, address: string, withValue: boolean, old: Map<string, LedgerEntry>, at = fromA1(address)): LedgerEntry {
  const previous = old.get(address);
  if (previous) return previous;
  const { row, column } = at;
  return snapshot(sheet, address, row, column, withValue);
}

function snapshot(sheet: SheetGrid, address: string, row: number, column: number, withValue: boolean): LedgerEntry {
  const entry: LedgerEntry = { address, fill: fillAt(sheet, row, column) ?? null, font: fontColorAt(sheet, row, column) ?? null };
  if (withValue) entry.value = valueAt(sheet, row, column);
  return entry;
}

export function restoreWrite(entry: LedgerEntry): CellWrite {
  const w: CellWrite = { address: entry.address, style: { fill: entry.fill, font: entry.font } };
  if (entry.value !== undefined) w.value = entry.value ?? '';
  return w;
}

function planSheet(sheet: SheetGrid, report: SheetReport, rules: RuleSet, oldEntries: LedgerEntry[]): { writes: SheetWrites; entries: LedgerEntry[] } {
  const old = new Map(oldEntries.map((e) => [e.address, e]));
  const cells: CellWrite[] = [];
  const entries = new Map<string, LedgerEntry>();
  const touch = (write: CellWrite, withValue: boolean, at?: { row: number; column: number }) => {
    entries.set(write.address, remember(sheet, write.address, withValue, old, at));
    cells.push(write);
  };
  const out = outputColumns(report.layout);
  for (const a of out.appended) touch({ address: toA1(report.layout.headerRow, a.column), value: a.header, style: { bold: true } }, true);

  // RAG and direction cells carry the rating's own colours (or a user's formula): never a flag fill.
  const written = new Set<string>(report.measures.flatMap((m) => [m.ragCell, m.directionCell]));
  for (const m of report.measures) {
    if (!hasFormulaAt(sheet, m.row, out.rag)) {
      const swatch = rules.palette[m.rag];
      touch({ address: m.ragCell, value: RAG_TEXT[m.rag], style: { fill: swatch.fill, font: swatch.font } }, true, { row: m.row, column: out.rag });
    }
    if (!hasFormulaAt(sheet, m.row, out.direction)) {
      touch({ address: m.directionCell, value: m.arrow, style: { font: rules.palette[m.direction].font } }, true, { row: m.row, column: out.direction });
    }
  }
  for (const [address, severity] of fillTargets(report, written)) {
    touch({ address, style: { fill: (severity === 'error' ? rules.palette.flagError : rules.palette.flagWarning).fill } }, false);
  }
  // Cells flagged by an earlier run but not by this one get their own state back.
  for (const e of oldEntries) if (!entries.has(e.address)) cells.push(restoreWrite(e));
  return { writes: { sheet: sheet.name, cells }, entries: [...entries.values()] };
}

/** Everything a rating run writes (spec §6), as a plan both adapters apply the same way. */
export function planRating(grid: WorkbookGrid, analysis: Analysis): WritePlan {
  const { report, settings } = analysis;
  const ledger: Ledger = { summarySheet: null, sheets: {} };
  const writes: SheetWrites[] = [];
  for (const s of report.sheets) {
    const sheet = grid.sheets.find((g) => g.name === s.name)!;
    const oldEntries = settings.ledger.sheets[s.name] ?? [];
    if (!analysis.rated.includes(s.name)) {
      if (oldEntries.length) ledger.sheets[s.name] = oldEntries;
      continue;
    }
    const planned = planSheet(sheet, s, report.rules, oldEntries);
    if (planned.writes.cells.length) writes.push(planned.writes);
    if (planned.entries.length) ledger.sheets[s.name] = planned.entries;
  }
  const name = chooseSummaryName(grid, report.rules.summarySheetName);
  ledger.summarySheet = name;
  const settingsPlan = settingsSheet(settings.rules, ledger);
  return { writes, sheets: [summarySheet(name, report), ...(settingsPlan ? [settingsPlan] : [])], deleteSheets: [] };
}

