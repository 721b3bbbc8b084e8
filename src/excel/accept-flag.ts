import { planAccept, planRevokeAcceptance, type AcceptOutcome, type FlagIdentity } from '../engine';
import type { Problem } from '../engine/run/problem';
import type { RunReport } from '../engine/run/run-report';
import { excelProblem } from './excel-problem';
import type { OfficeHost } from './office-host';
import { readInRun } from './read-in-run';
import { writePlan } from './write-plan';

export type AcceptResult = { ok: true; report: RunReport } | { ok: false; problem: Problem };

/** Reads the workbook, plans the settings sheet's new acceptances with the engine, writes it. */
async function storeAcceptances(host: OfficeHost, plan: (read: Parameters<typeof planAccept>[0]) => AcceptOutcome): Promise<AcceptResult> {
  try {
    const read = await readInRun(host);
    if (!read.ok) return read;
    const planned = plan(read.grid);
    if (!planned.ok) return { ok: false, problem: planned.problem };
    // After a rating only the settings sheet's cells change (one undo step); before one, writePlan adds and hides it outside the group first.
    const written = await writePlan(host, read, planned.plan);
    return written.ok ? { ok: true, report: planned.report } : written;
  } catch (error) {
    return { ok: false, problem: excelProblem(error) };
  }
}

/** Accepts a warning or a small count with a note, dated on the analyst's calendar; the report as it reads afterwards. */
export function acceptFlag(host: OfficeHost, flag: FlagIdentity, note: string, now?: Date): Promise<AcceptResult> {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return storeAcceptances(host, (grid) => planAccept(grid, { ...flag, note, now, timeZone }));
}

/** Takes an acceptance back; the flag counts again. */
export function revokeAcceptance(host: OfficeHost, flag: FlagIdentity): Promise<AcceptResult> {
  return storeAcceptances(host, (grid) => planRevokeAcceptance(grid, flag));
}
