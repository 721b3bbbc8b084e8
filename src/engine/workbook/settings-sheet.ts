import type { WorkbookGrid } from '../grid';
import { toA1 } from '../grid/a1';
import { StoredAcceptances, type Acceptance } from '../flags/acceptance';
import type { CellWrite, NewSheet } from '../plan';
import { emptyLedger, hasEntries, parseLedger, serialiseLedger, type Ledger } from './ledger';
import { ownSheet } from './own-sheets';

/**
 * The add-in keeps three things in the workbook itself, in a very hidden sheet that Excel, the file
 * writer and the command line all preserve: the team's rules (so whoever opens the workbook rates
 * the same way), the ledger of the cells a run changed (so the next run and Clear only touch
 * what is still the add-in's) and the analyst's acceptances of flags (row 4). The sheet is known by its marker (`grid.ownSheets.settings`), never
 * by its name or text. Long JSON is split over cells because a cell holds 32,767 characters.
 */
export const SETTINGS_SHEET = 'Scorecard Rater Settings';
const NOTE = 'Scorecard Rater settings: kept by the add-in. Edit rules in the task pane, not here.';
const CHUNK = 30000;

export interface StoredSettings {
  /** The settings sheet's current name, or null when the workbook has none. */
  sheet: string | null;
  /** The rules document as stored (validated by rulesFor with the rules' zod schema), or null. */
  rules: unknown | null;
  rulesError: string | null;
  ledger: Ledger;
  /** The stored ledger could not be read: earlier cells cannot be restored (a flag says so). */
  ledgerDamaged: boolean;
  /** Flags the analyst accepted with a note (none when the stored list is damaged: the flags show again). */
  acceptances: Acceptance[];
}

function parseAcceptances(text: string): Acceptance[] {
  try {
    const parsed = StoredAcceptances.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.acceptances : [];
  } catch {
    return [];
  }
}

function readChunks(values: unknown[] | undefined): string {
  return (values ?? []).slice(1).filter((v): v is string => typeof v === 'string').join('');
}

export function readSettings(grid: WorkbookGrid): StoredSettings {
  const sheet = ownSheet(grid, 'settings');
  const none: StoredSettings = { sheet: null, rules: null, rulesError: null, ledger: emptyLedger(), ledgerDamaged: false, acceptances: [] };
  if (!sheet) return none;
  let rules: unknown = null;
  let rulesError: string | null = null;
  const rulesText = readChunks(sheet.values[1]);
  if (rulesText) {
    try {
      rules = JSON.parse(rulesText);
    } catch {
      rulesError = 'the rules stored in the workbook are damaged (not valid JSON)';
    }
  }
  const ledgerText = readChunks(sheet.values[2]);
  const ledger = ledgerText ? parseLedger(ledgerText) : emptyLedger();
  const acceptancesText = readChunks(sheet.values[3]);
  const acceptances = acceptancesText ? parseAcceptances(acceptancesText) : [];
  return { sheet: sheet.name, rules, rulesError, ledger: ledger ?? emptyLedger(), ledgerDamaged: ledger === null, acceptances };
}

function chunkRow(row: number, label: string, text: string): CellWrite[] {
  const cells: CellWrite[] = [{ address: toA1(row, 0), value: label }];
  for (let i = 0, c = 1; i < text.length; i += CHUNK, c++) cells.push({ address: toA1(row, c), value: text.slice(i, i + CHUNK) });
  return cells;
}

/** The settings sheet as a plan entry under the given name, or null when there is nothing to keep. */
export function settingsSheet(name: string, rules: unknown | null, ledger: Ledger, acceptances: Acceptance[]): NewSheet | null {
  const keepLedger = hasEntries(ledger);
  if (rules === null && !keepLedger && !acceptances.length) return null;
  return {
    name,
    role: 'settings',
    visibility: 'veryHidden',
    cells: [
      { address: 'A1', value: NOTE },
      ...chunkRow(1, 'rules', rules === null ? '' : JSON.stringify(rules)),
      ...chunkRow(2, 'ledger', keepLedger ? serialiseLedger(ledger) : ''),
      ...chunkRow(3, 'acceptances', acceptances.length ? JSON.stringify({ version: 1, acceptances }) : ''),
    ],
  };
}
