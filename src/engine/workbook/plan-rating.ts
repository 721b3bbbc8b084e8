import type { SheetGrid, WorkbookGrid } from '../grid';
import { fromA1, toA1 } from '../grid/a1';
import { hasFormulaAt } from '../grid/sheet-cells';
import type { Flag } from '../flags/flag';
import { makeFlag } from '../flags/make-flag';
import type { CellWrite, SheetWrites, WritePlan } from '../plan';
import { outputColumns } from '../rating/rate-sheet';
import type { RuleSet } from '../rules';
import { addFlags } from '../run/add-flags';
import type { RunReport, SheetReport } from '../run/run-report';
import { CHECKS_SHEET, checksSheet } from '../summary/checks-sheet';
import { summarySheet } from '../summary/summary-sheet';
import { applyAcceptances } from './acceptances';
import type { Analysis } from './analyse-workbook';
import { anchorKey, holds, locator, restoreWrite, snapshot, type Anchor, type CellAt, type Locator } from './cell-anchors';
import type { CellState, Ledger, LedgerCell } from './ledger';
import { currentOwnSheet, currentSummary, uniqueSheetName } from './own-sheets';
import { SETTINGS_SHEET, settingsSheet } from './settings-sheet';

const RAG_TEXT = { red: 'Red', amber: 'Amber', green: 'Green', na: 'n/a' } as const;

/** A cell the run wants to write, with what it is for. */
interface Wanted {
  anchor: Anchor;
  at: CellAt;
  write: CellWrite;
  wrote: CellState;
}

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

/** Everything the run wants to write on a rated sheet, each cell anchored to its measure and role. */
function wantedCells(sheet: SheetGrid, report: SheetReport, rules: RuleSet, loc: Locator): Wanted[] {
  const wanted: Wanted[] = [];
  const add = (anchor: Omit<Anchor, 'address'>, at: CellAt, wrote: CellState, bold = false) => {
    const address = toA1(at.row, at.column);
    const write: CellWrite = { address };
    if (wrote.value !== undefined) write.value = wrote.value;
    const style: CellWrite['style'] = {};
    if (wrote.fill !== undefined) style.fill = wrote.fill;
    if (wrote.font !== undefined) style.font = wrote.font;
    if (bold) style.bold = true;
    if (Object.keys(style).length) write.style = style;
    wanted.push({ anchor: { ...anchor, address }, at, write, wrote });
  };
  const { layout } = report;
  const out = outputColumns(layout);
  for (const a of out.appended) {
    add({ role: 'header', ref: '', column: a.column === out.rag ? 'rag' : 'direction' }, { row: layout.headerRow, column: a.column }, { value: a.header }, true);
  }
  // RAG and direction cells carry the rating's own colours (or a user's formula): never a flag fill.
  const outputs = new Set<string>(report.measures.flatMap((m) => [m.ragCell, m.directionCell]));
  for (const m of report.measures) {
    const ref = loc.measureKey(m.row) ?? '';
    if (!hasFormulaAt(sheet, m.row, out.rag)) {
      const swatch = rules.palette[m.rag];
      add({ role: 'rag', ref }, { row: m.row, column: out.rag }, { value: RAG_TEXT[m.rag], fill: swatch.fill, font: swatch.font });
    }
    if (!hasFormulaAt(sheet, m.row, out.direction)) {
      add({ role: 'direction', ref }, { row: m.row, column: out.direction }, { value: m.arrow, font: rules.palette[m.direction].font });
    }
  }
  for (const [address, severity] of fillTargets(report, outputs)) {
    const at = fromA1(address);
    const ref = loc.measureKey(at.row);
    const column = loc.columnKeyAt(at.column);
    const anchor = ref !== null && column !== null ? { role: 'fill' as const, ref, column } : { role: 'fill' as const, ref: '' };
    add(anchor, at, { fill: (severity === 'error' ? rules.palette.flagError : rules.palette.flagWarning).fill });
  }
  return wanted;
}

export interface SheetPlan {
  cells: CellWrite[];
  entries: LedgerCell[];
  /** CELL_CHANGED flags: cells the run left alone because the analyst changed them. */
  flags: Flag[];
}

const sameCell = (a: CellAt | undefined, b: CellAt) => a !== undefined && a.row === b.row && a.column === b.column;

/**
 * Compare before write (spec §6): a cell the add-in wrote before is overwritten or restored only
 * while it still holds what the add-in wrote; a cell it never wrote is written and its state kept.
 * A cell back to exactly its state before the add-in counts as never written.
 */
export function planSheetWrites(sheet: SheetGrid, report: SheetReport, rules: RuleSet, oldCells: LedgerCell[]): SheetPlan {
  const loc = locator(report.layout);
  const old = new Map<string, LedgerCell>();
  for (const e of oldCells) old.set(anchorKey(e), e);
  const cells: CellWrite[] = [];
  // Each entry with its position now, to keep the ledger in sheet order (the same text every run).
  const placed: { at: CellAt; entry: LedgerCell }[] = [];
  const keep = (at: CellAt, entry: LedgerCell) => placed.push({ at, entry });
  const flags: Flag[] = [];
  const refs = new Map(report.layout.measures.map((m) => [m.row, m.ref]));
  const changed = (at: CellAt, fill: boolean) => flags.push(makeFlag('CELL_CHANGED', { sheet: sheet.name, cell: toA1(at.row, at.column), ref: refs.get(at.row) }, { fill, clearing: false }));

  const wanted = wantedCells(sheet, report, rules, loc);
  const written = new Set(wanted.map((w) => w.write.address));
  for (const w of wanted) {
    const key = anchorKey(w.anchor);
    const prev = old.get(key);
    const prevAt = prev && loc.find(prev);
    // A previous cell of this anchor found elsewhere (its column not recognised again) stays in `old`, to be restored below.
    if (!prev || !prevAt || sameCell(prevAt, w.at)) old.delete(key);
    const same = prev !== undefined && sameCell(prevAt, w.at);
    const ours = same && holds(sheet, w.at, prev.wrote);
    if (same && !ours && !holds(sheet, w.at, prev.before)) {
      changed(w.at, w.anchor.role === 'fill');
      keep(w.at, { ...prev, address: w.write.address });
      continue;
    }
    cells.push(w.write);
    keep(w.at, { ...w.anchor, wrote: w.wrote, before: ours ? prev.before : snapshot(sheet, w.at, w.wrote) });
  }
  // Cells written before and not wanted now: a flag that went away, a measure no longer rated.
  for (const prev of old.values()) {
    const at = loc.find(prev);
    if (!at || written.has(toA1(at.row, at.column))) continue; // its row or column is gone, or another anchor owns the cell now
    if (holds(sheet, at, prev.wrote)) {
      // The appended headers stay as long as their column does: they are what recognition finds next time.
      if (prev.role === 'header') keep(at, { ...prev, address: toA1(at.row, at.column) });
      else cells.push(restoreWrite(prev, at));
    } else if (prev.role !== 'header' && !holds(sheet, at, prev.before) && !hasFormulaAt(sheet, at.row, at.column)) {
      changed(at, prev.role === 'fill');
    }
  }
  placed.sort((a, b) => a.at.row - b.at.row || a.at.column - b.at.column);
  return { cells, entries: placed.map((p) => p.entry), flags };
}

export interface PlannedRating {
  plan: WritePlan;
  /** The report with the flags only planning can find (cells changed since the last run). */
  report: RunReport;
}

/** The report with the planning flags, and no RAG_CHANGED where the run leaves the cell alone. */
function withFlags(report: RunReport, flags: Flag[]): RunReport {
  const left = new Set(flags.map((f) => `${f.sheet}!${f.cell}`));
  const sheets = report.sheets.map((s) => ({ ...s, flags: s.flags.filter((f) => !(f.code === 'RAG_CHANGED' && left.has(`${f.sheet}!${f.cell}`))) }));
  return addFlags({ ...report, sheets, flags: sheets.flatMap((s) => s.flags) }, flags);
}

/** Everything a rating run writes (spec §6), as a plan both adapters apply the same way. */
export function planRating(grid: WorkbookGrid, analysis: Analysis): PlannedRating {
  const { report, settings } = analysis;
  const rated = new Set(analysis.rated);
  const sheetsByName = new Map(grid.sheets.map((s) => [s.name, s]));
  const ledger: Ledger = { summarySheet: null, sheets: new Map() };
  const writes: SheetWrites[] = [];
  const added: Flag[] = [];
  for (const s of report.sheets) {
    const sheet = sheetsByName.get(s.name);
    const oldCells = settings.ledger.sheets.get(s.name) ?? [];
    if (!sheet) continue;
    if (!rated.has(s.name)) {
      if (oldCells.length) ledger.sheets.set(s.name, oldCells);
      continue;
    }
    const planned = planSheetWrites(sheet, s, report.rules, oldCells);
    if (planned.cells.length) writes.push({ sheet: s.name, cells: planned.cells });
    if (planned.entries.length) ledger.sheets.set(s.name, planned.entries);
    added.push(...planned.flags);
  }
  const ours = currentSummary(grid, settings.ledger.summarySheet);
  const name = uniqueSheetName(grid, report.rules.summarySheetName, ours?.name);
  ledger.summarySheet = name;
  // The checks sheet follows the summary's rules: replaced only while it has the name the add-in gave it.
  const oursChecks = currentOwnSheet(grid, 'checks', settings.ledger.checksSheet);
  const checksName = uniqueSheetName(grid, CHECKS_SHEET, oursChecks?.name, [name]);
  ledger.checksSheet = checksName;
  const settingsName = settings.sheet ?? uniqueSheetName(grid, SETTINGS_SHEET, undefined, [name, checksName]);
  const settingsPlan = settingsSheet(settingsName, settings.rules, ledger, settings.acceptances);
  const finalReport = applyAcceptances(grid, withFlags(report, added), settings.acceptances);
  const times = { timeZone: analysis.timeZone };
  const replaced = [ours && ours.name !== name ? ours.name : null, oursChecks && oursChecks.name !== checksName ? oursChecks.name : null];
  return {
    plan: {
      writes,
      sheets: [summarySheet(name, finalReport, times), checksSheet(checksName, finalReport, times), ...(settingsPlan ? [settingsPlan] : [])],
      deleteSheets: replaced.filter((n): n is string => n !== null),
    },
    report: finalReport,
  };
}
