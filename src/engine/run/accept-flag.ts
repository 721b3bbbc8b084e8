import type { WorkbookGrid } from '../grid';
import { isAcceptable, MAX_NOTE, type Acceptance } from '../flags/acceptance';
import type { Flag, FlagCode } from '../flags/flag';
import { problem } from '../messages';
import type { WritePlan } from '../plan';
import type { RuleSet } from '../rules';
import { localDate } from '../summary/local-time';
import { acceptedValue, anchorKeyOf, applyAcceptances, flagAnchor, locators } from '../workbook/acceptances';
import { uniqueSheetName } from '../workbook/own-sheets';
import { readSettings, SETTINGS_SHEET, settingsSheet, type StoredSettings } from '../workbook/settings-sheet';
import type { Outcome } from './outcome';
import type { RunReport } from './run-report';
import { refusal, validateGrid } from './run-workbook';

/**
 * Accepting a flag with a note, and taking an acceptance back (spec §5). Both plans only rewrite
 * the add-in's settings sheet (rules and ledger kept as they are); the report returned is the
 * workbook's as it will be once the plan is applied, so the pane can show it at once.
 */

export interface FlagIdentity {
  sheet: string;
  /** The flag's cell as the report gives it (`K19`, `12:12`, or '' for a sheet-level flag). */
  cell: string;
  /** Which flag on that cell; absent: every acceptable flag on it. */
  code?: FlagCode;
}

export interface AcceptRequest extends FlagIdentity {
  note: string;
  /** The day recorded with the acceptance, on the calendar of `timeZone` (default the machine's). */
  now?: Date;
  timeZone?: string;
  /** The rules in force when they are not the workbook's (the CLI's --rules). */
  rules?: RuleSet;
}

export type AcceptOutcome = Outcome<{ plan: WritePlan; report: RunReport }>;

const where = (id: FlagIdentity) => `${id.code ? `${id.code} ` : ''}on sheet "${id.sheet}"${id.cell ? ` at ${id.cell}` : ''}`;

function flagsAt(report: RunReport, id: FlagIdentity): Flag[] {
  return report.flags.filter((f) => f.sheet === id.sheet && f.cell === id.cell && (!id.code || f.code === id.code));
}

/** The plan that stores `acceptances` in the settings sheet, and the report as it will read then. */
function storePlan(grid: WorkbookGrid, settings: StoredSettings, report: RunReport, acceptances: Acceptance[]): AcceptOutcome {
  const name = settings.sheet ?? uniqueSheetName(grid, SETTINGS_SHEET);
  const sheet = settingsSheet(name, settings.rules, settings.ledger, acceptances);
  const plan: WritePlan = { writes: [], sheets: sheet ? [sheet] : [], deleteSheets: !sheet && settings.sheet ? [settings.sheet] : [] };
  const refused = refusal(grid, plan);
  if (refused) return { ok: false, problem: refused, report };
  return { ok: true, plan, report: applyAcceptances(grid, report, acceptances) };
}

/**
 * Accepts the flag(s) at `cell` with a note, for the value the cell holds now. A later change of
 * that value lapses the acceptance. Errors other than SMALL_COUNT are refused: they must be fixed.
 */
export function planAccept(grid: WorkbookGrid, request: AcceptRequest): AcceptOutcome {
  const validated = validateGrid(grid, { rules: request.rules, now: request.now });
  if (!validated.ok) return validated;
  const { report } = validated;
  const note = request.note.trim();
  if (!note) return { ok: false, problem: problem('BAD_NOTE', 'is empty'), report };
  if (note.length > MAX_NOTE) return { ok: false, problem: problem('BAD_NOTE', `is ${note.length} characters long`), report };
  const found = flagsAt(report, request);
  if (!found.length) return { ok: false, problem: problem('FLAG_NOT_FOUND', where(request)), report };
  const acceptable = found.filter(isAcceptable);
  if (!acceptable.length) return { ok: false, problem: problem('NOT_ACCEPTABLE', `${found[0].code} ${where({ ...request, code: undefined })}`), report };
  const date = localDate(request.now ?? new Date(), request.timeZone);
  const sheet = grid.sheets.find((s) => s.name === request.sheet);
  const loc = locators(report).get(request.sheet);
  const added = acceptable.map((f): Acceptance => ({ ...flagAnchor(f, loc), note, date, value: acceptedValue(sheet, f) }));
  const replaced = new Set(added.map(anchorKeyOf));
  const settings = readSettings(grid);
  const kept = settings.acceptances.filter((a) => !replaced.has(anchorKeyOf(a)));
  return storePlan(grid, settings, report, [...kept, ...added]);
}

/** Takes back the acceptance(s) of the flag at `cell` (the flag counts again), whether it holds, lapsed or is no longer raised. */
export function planRevokeAcceptance(grid: WorkbookGrid, id: FlagIdentity & { rules?: RuleSet }): AcceptOutcome {
  const validated = validateGrid(grid, { rules: id.rules });
  if (!validated.ok) return validated;
  const { report } = validated;
  const loc = locators(report).get(id.sheet);
  const raised = new Set(flagsAt(report, id).map((f) => anchorKeyOf(flagAnchor(f, loc))));
  const settings = readSettings(grid);
  const stored = settings.acceptances;
  const matches = (a: Acceptance) => raised.has(anchorKeyOf(a)) || (a.sheet === id.sheet && a.cell === id.cell && (!id.code || a.code === id.code));
  if (!stored.some(matches)) return { ok: false, problem: problem('NO_ACCEPTANCE', where(id)), report };
  return storePlan(grid, settings, report, stored.filter((a) => !matches(a)));
}
