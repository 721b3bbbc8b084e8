import type { SheetGrid, WorkbookGrid } from '../grid';
import { fromA1 } from '../grid/a1';
import { valueAt } from '../grid/sheet-cells';
import { isAcceptable, isFit, lapsedWords, type Acceptance } from '../flags/acceptance';
import type { AcceptedFor, Flag } from '../flags/flag';
import type { AcceptanceReport, RunReport, SheetReport } from '../run/run-report';
import { locator, type Locator } from './cell-anchors';

/**
 * Acceptances meet flags (spec §5). A flag on a measure's cell is matched by sheet, code, measure
 * (ref, case-insensitive, as the ledger anchors it) and the cell's column role, so inserted rows
 * and columns do not move an acceptance onto another cell; any other flag by sheet, code and cell.
 * An acceptance holds while the flagged value is the one it was given for; otherwise it lapses and
 * the flag counts again.
 */

export interface FlagAnchor {
  sheet: string;
  code: string;
  ref: string;
  column?: string;
  cell: string;
}

const SINGLE_CELL = /^[A-Z]{1,3}[1-9]\d*$/;

/** The anchor of a flag in the sheet as it is now. */
export function flagAnchor(flag: Flag, loc: Locator | undefined): FlagAnchor {
  const base = { sheet: flag.sheet, code: flag.code, cell: flag.cell };
  if (!loc || !SINGLE_CELL.test(flag.cell)) return { ...base, ref: '' };
  const { row, column } = fromA1(flag.cell);
  const ref = loc.measureKey(row);
  const col = loc.columnKeyAt(column);
  return ref !== null && col !== null ? { ...base, ref, column: col } : { ...base, ref: '' };
}

export function anchorKeyOf(a: FlagAnchor): string {
  const where = a.ref ? `${a.ref.trim().toLowerCase()}\u0000${(a.column ?? '').toLowerCase()}` : a.cell;
  return `${a.sheet}\u0000${a.code}\u0000${where}`;
}

/** What an acceptance is given for: the flagged cell's value, or the flag's own words for a flag on no single cell. */
export function acceptedValue(sheet: SheetGrid | undefined, flag: Flag): AcceptedFor['value'] {
  if (!SINGLE_CELL.test(flag.cell)) return baseMessage(flag);
  if (!sheet) return null;
  const { row, column } = fromA1(flag.cell);
  const v = valueAt(sheet, row, column);
  return v === undefined || v === '' ? null : v;
}

function sameValue(a: AcceptedFor['value'], b: AcceptedFor['value']): boolean {
  const norm = (v: AcceptedFor['value']) => (typeof v === 'string' ? v.trim() || null : v);
  return norm(a) === norm(b);
}

/** A flag's message without the words a lapsed acceptance added (so acceptances can be applied again). */
function baseMessage(flag: Flag): string {
  const extra = flag.lapsed ? lapsedWords(flag.lapsed) : '';
  return extra && flag.message.endsWith(extra) ? flag.message.slice(0, -extra.length) : flag.message;
}

/** Locators for every recognised sheet of the report, made once. */
export function locators(report: RunReport): Map<string, Locator> {
  return new Map(report.sheets.filter((s) => s.recognised).map((s) => [s.name, locator(s.layout)]));
}

/**
 * The report with the acceptances applied: `accepted` or `lapsed` on each flag they match, the
 * report-level list (the lapsed ones and those whose flag is gone included), and fitness
 * recomputed. Applying it again to its own result gives the same report.
 */
export function applyAcceptances(grid: WorkbookGrid, report: RunReport, acceptances: Acceptance[]): RunReport {
  // Nothing accepted, nothing applied before: the report as it is (the common case, and cheap at 50,000 measures).
  if (!acceptances.length && !report.flags.some((f) => f.accepted || f.lapsed)) return { ...report, fit: isFit(report.flags), acceptances: [] };
  const byKey = new Map<string, Acceptance>();
  for (const a of acceptances) byKey.set(anchorKeyOf(a), a);
  const locs = locators(report);
  const grids = new Map(grid.sheets.map((s) => [s.name, s]));
  const status = new Map<Acceptance, AcceptanceReport>();
  const apply = (f: Flag): Flag => {
    const { accepted: _a, lapsed: _l, ...plain } = f;
    const flag: Flag = { ...plain, message: baseMessage(f) };
    const anchor = flagAnchor(flag, locs.get(f.sheet));
    const found = byKey.get(anchorKeyOf(anchor));
    if (!found || !isAcceptable(flag)) return flag;
    const given: AcceptedFor = { note: found.note, date: found.date, value: found.value };
    const holds = sameValue(acceptedValue(grids.get(f.sheet), flag), found.value);
    status.set(found, { sheet: f.sheet, cell: f.cell, ref: f.ref, code: f.code, note: found.note, date: found.date, value: found.value, status: holds ? 'accepted' : 'lapsed' });
    return holds ? { ...flag, accepted: given } : { ...flag, lapsed: given, message: flag.message + lapsedWords(given) };
  };
  const sheets: SheetReport[] = report.sheets.map((s) => ({ ...s, flags: s.flags.map(apply) }));
  const flags = sheets.flatMap((s) => s.flags);
  const list = acceptances.map(
    (a) => status.get(a) ?? { sheet: a.sheet, cell: a.cell, ref: a.ref, code: a.code, note: a.note, date: a.date, value: a.value, status: 'notRaised' as const },
  );
  return { ...report, sheets, flags, fit: isFit(flags), acceptances: list };
}
