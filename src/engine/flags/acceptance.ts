import { z } from 'zod';
import type { AcceptedFor, Flag } from './flag';

/**
 * Accepting a flag (spec §5): an analyst may accept a warning, or a SMALL_COUNT (a count that is
 * not about individuals), with a short note. Other errors cannot be accepted: they must be fixed.
 * The acceptance is kept in the workbook (the settings sheet) and lapses when the value it was
 * given for changes.
 */

export const MAX_NOTE = 200;

/**
 * One stored acceptance. Anchored like the ledger's cells, so inserted rows and columns do not
 * move it to another cell: the measure (`ref`, compared case-insensitively) and the cell's column
 * role (`column`: a role or `quarter N`) when the flag is on a measure's cell, else the flag's
 * `cell` as written (a sheet-level flag has ''). `cell` is also the address last seen, for display.
 */
export const Acceptance = z
  .object({
    sheet: z.string().min(1).max(31),
    code: z.string().min(1).max(40),
    ref: z.string().max(255),
    column: z.string().max(255).optional(),
    cell: z.string().max(40),
    note: z.string().trim().min(1).max(MAX_NOTE),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** The flagged cell's value, or the flag's message for a flag on no single cell. */
    value: z.union([z.string().max(32_767), z.number(), z.boolean(), z.null()]),
  })
  .strict();
export type Acceptance = z.infer<typeof Acceptance>;

export const StoredAcceptances = z.object({ version: z.literal(1), acceptances: z.array(Acceptance).max(100_000) }).strict();

/** Only warnings and SMALL_COUNT (of either severity) may be accepted. */
export function isAcceptable(flag: Pick<Flag, 'code' | 'severity'>): boolean {
  return flag.severity === 'warning' || flag.code === 'SMALL_COUNT';
}

/** Fit to circulate: no error that is not accepted. */
export function isFit(flags: Flag[]): boolean {
  return !flags.some((f) => f.severity === 'error' && !f.accepted);
}

function shown(value: AcceptedFor['value']): string {
  return value === null || value === '' ? 'an empty cell' : typeof value === 'string' ? `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"` : String(value);
}

/** The words a lapsed acceptance adds to its flag's message. */
export function lapsedWords(lapsed: AcceptedFor): string {
  return ` (An acceptance of ${lapsed.date} lapsed: it was given for ${shown(lapsed.value)}, and the figure has changed since. Accept it again if it still holds.)`;
}
