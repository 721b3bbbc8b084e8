import type { CellValue, SheetGrid, WorkbookGrid } from '../grid';
import { toA1 } from '../grid/a1';
import { valueAt } from '../grid/sheet-cells';
import type { CellWrite, NewSheet } from '../plan';

/**
 * The add-in keeps two things in the workbook itself, in a very hidden sheet that Excel, the file
 * writer and the command line all preserve: the team's rules (so whoever opens the workbook rates
 * the same way) and a ledger of the cells a run changed with their previous state (so Clear puts
 * back exactly what was there). Long JSON is split over cells because a cell holds 32,767 characters.
 */
export const SETTINGS_SHEET = 'Scorecard Rater Settings';
const MARKER = 'Scorecard Rater settings: kept by the add-in. Edit rules in the task pane, not here.';
const CHUNK = 30000;

/** The state of one cell before the add-in first wrote it. */
export interface LedgerEntry {
  address: string;
  /** Present when the run wrote the cell's value (RAG / direction / appended header). */
  value?: CellValue;
  fill: string | null;
  font: string | null;
}

export interface Ledger {
  summarySheet: string | null;
  /** Sheet name → entries. */
  sheets: Record<string, LedgerEntry[]>;
}

export interface StoredSettings {
  /** The rules document as stored (validated by the caller), or null. */
  rules: unknown | null;
  rulesError: string | null;
  ledger: Ledger;
}

export function emptyLedger(): Ledger {
  return { summarySheet: null, sheets: {} };
}

export function isSettingsSheet(sheet: SheetGrid): boolean {
  return valueAt(sheet, 0, 0) === MARKER;
}

function readChunks(sheet: SheetGrid, row: number): string {
  const cells = sheet.values[row] ?? [];
  return cells.slice(1).filter((v): v is string => typeof v === 'string').join('');
}

export function readSettings(grid: WorkbookGrid): StoredSettings {
  const sheet = grid.sheets.find(isSettingsSheet);
  if (!sheet) return { rules: null, rulesError: null, ledger: emptyLedger() };
  let rules: unknown = null;
  let rulesError: string | null = null;
  const rulesText = readChunks(sheet, 1);
  if (rulesText) {
    try {
      rules = JSON.parse(rulesText);
    } catch {
      rulesError = 'the rules stored in the workbook are damaged (not valid JSON)';
    }
  }
  let ledger = emptyLedger();
  try {
    const text = readChunks(sheet, 2);
    if (text) ledger = { ...emptyLedger(), ...(JSON.parse(text) as Ledger) };
  } catch {
    // A damaged ledger only means Clear cannot restore fills; ratings still work.
  }
  return { rules, rulesError, ledger };
}

function chunkRow(row: number, label: string, text: string): CellWrite[] {
  const cells: CellWrite[] = [{ address: toA1(row, 0), value: label }];
  for (let i = 0, c = 1; i < text.length; i += CHUNK, c++) cells.push({ address: toA1(row, c), value: text.slice(i, i + CHUNK) });
  return cells;
}

/** The settings sheet as a plan entry, or null when there is nothing to keep. */
export function settingsSheet(rules: unknown | null, ledger: Ledger): NewSheet | null {
  const hasLedger = ledger.summarySheet !== null || Object.keys(ledger.sheets).length > 0;
  if (rules === null && !hasLedger) return null;
  return {
    name: SETTINGS_SHEET,
    role: 'settings',
    visibility: 'veryHidden',
    cells: [
      { address: 'A1', value: MARKER },
      ...chunkRow(1, 'rules', rules === null ? '' : JSON.stringify(rules)),
      ...chunkRow(2, 'ledger', hasLedger ? JSON.stringify(ledger) : ''),
    ],
  };
}
