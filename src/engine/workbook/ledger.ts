import { z } from 'zod';
import type { CellValue } from '../grid';

/**
 * The ledger: what each run wrote into a scorecard sheet and what the cell held before, so that the
 * next run and Clear change a cell only while it still holds what the add-in wrote (spec §6).
 *
 * A cell is anchored by what it is for, not by where it was: the measure (its ref, or its text when
 * it has no ref) and the role of the cell. Inserted or deleted rows and columns move the cell; the
 * anchor finds it again in the current layout. The address is kept as last seen, for cells that
 * have no measure to anchor to.
 *
 * The ledger is read from the workbook, so it is untrusted input: parsed with zod, strings bounded,
 * and sheet names kept in a Map (no name is special).
 */

const MAX_TEXT = 32_767;
const Address = z.string().regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/);
const Colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/).nullable();
const Value = z.union([z.string().max(MAX_TEXT), z.number(), z.boolean(), z.null()]);

/** The parts of a cell the add-in writes or restores. `value` absent: the value was not written (a fill). */
export const CellState = z
  .object({
    value: Value.optional(),
    fill: Colour.optional(),
    font: Colour.optional(),
  })
  .strict();
export type CellState = z.infer<typeof CellState>;

/**
 * `rag` / `direction`: the measure's output cells; `fill`: a flag fill on the measure's cell in the
 * column with header `column`; `header`: the header the add-in appended for the `column` output
 * (`rag` or `direction`).
 */
export const CellRole = z.enum(['rag', 'direction', 'fill', 'header']);
export type CellRole = z.infer<typeof CellRole>;

export const LedgerCell = z
  .object({
    role: CellRole,
    /** The measure's ref, or its text when it has no ref; '' when the cell has no measure (anchored by address). */
    ref: z.string().max(MAX_TEXT),
    /** For `fill`: the header of the cell's column; for `header`: `rag` or `direction`. */
    column: z.string().max(MAX_TEXT).optional(),
    /** Where the cell was when last written. */
    address: Address,
    wrote: CellState,
    before: CellState,
  })
  .strict();
export type LedgerCell = z.infer<typeof LedgerCell>;

/**
 * The parts of a cell each role writes, in a fixed order: what is stored per cell is a tuple, not
 * an object, because the ledger is written into the workbook on every run (a few bytes per cell
 * count at 5,000 measures), and a role can never carry a part it does not write.
 */
const PARTS: Record<CellRole, (keyof CellState)[]> = { rag: ['value', 'fill', 'font'], direction: ['value', 'font'], fill: ['fill'], header: ['value'] };

/** `[role, ref, address, wrote, before, column?]`; `before` is 0 when every part was blank. The parts are checked by `CellState` once the role says what they are. */
const Parts = z.array(z.unknown()).max(3);
const StoredCell = z.tuple([CellRole, z.string().max(MAX_TEXT), Address, Parts, z.union([Parts, z.literal(0)])], z.string().max(MAX_TEXT)).refine((t) => t.length <= 6);

const StoredLedger = z
  .object({
    version: z.literal(2),
    summarySheet: z.string().max(31).nullable(),
    checksSheet: z.string().max(31).nullable().optional(),
    sheets: z.array(z.object({ sheet: z.string().min(1).max(31), cells: z.array(StoredCell) }).strict()),
  })
  .strict();

function toState(role: CellRole, parts: unknown[] | 0): CellState | null {
  const names = PARTS[role];
  if (parts !== 0 && parts.length !== names.length) return null;
  const state: Record<string, unknown> = {};
  names.forEach((name, i) => (state[name] = parts === 0 ? null : parts[i]));
  const checked = CellState.safeParse(state);
  return checked.success ? checked.data : null;
}

function fromState(role: CellRole, state: CellState): CellValue[] {
  return PARTS[role].map((name) => state[name] ?? null);
}

function toCell(stored: z.infer<typeof StoredCell>): LedgerCell | null {
  const [role, ref, address, wrote, before, column] = stored;
  const w = toState(role, wrote);
  const b = toState(role, before);
  if (!w || !b) return null;
  return column === undefined ? { role, ref, address, wrote: w, before: b } : { role, ref, column, address, wrote: w, before: b };
}

export interface Ledger {
  /** The name the add-in gave its summary sheet in the last run: a marked summary under another name was renamed by the analyst. */
  summarySheet: string | null;
  /** The name the add-in gave its checks sheet in the last run (as `summarySheet`); absent in ledgers from before the checks sheet. */
  checksSheet?: string | null;
  /** Sheet name → its cells. */
  sheets: Map<string, LedgerCell[]>;
}

export function emptyLedger(): Ledger {
  return { summarySheet: null, sheets: new Map() };
}

export function hasEntries(ledger: Ledger): boolean {
  return ledger.summarySheet !== null || (ledger.checksSheet ?? null) !== null || [...ledger.sheets.values()].some((cells) => cells.length > 0);
}

/** Parses the ledger's JSON text; null when it is damaged or not a ledger (never throws). */
export function parseLedger(text: string): Ledger | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = StoredLedger.safeParse(json);
  if (!parsed.success) return null;
  const sheets = new Map<string, LedgerCell[]>();
  for (const s of parsed.data.sheets) {
    const cells = s.cells.map(toCell);
    if (cells.some((c) => c === null)) return null;
    sheets.set(s.sheet, [...(sheets.get(s.sheet) ?? []), ...(cells as LedgerCell[])]);
  }
  return { summarySheet: parsed.data.summarySheet, checksSheet: parsed.data.checksSheet ?? null, sheets };
}

export function serialiseLedger(ledger: Ledger): string {
  const sheets = [...ledger.sheets]
    .filter(([, cells]) => cells.length > 0)
    .map(([sheet, cells]) => ({
      sheet,
      cells: cells.map((c) => {
        const before = fromState(c.role, c.before);
        const stored: unknown[] = [c.role, c.ref, c.address, fromState(c.role, c.wrote), before.every((v) => v === null) ? 0 : before];
        if (c.column !== undefined) stored.push(c.column);
        return stored;
      }),
    }));
  return JSON.stringify({ version: 2, summarySheet: ledger.summarySheet, ...(ledger.checksSheet ? { checksSheet: ledger.checksSheet } : {}), sheets });
}
