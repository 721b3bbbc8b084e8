import type { WorkbookGrid } from '../engine/grid';
import { createFakeExcel, type FakeExcel } from '../../test/support/fake-excel';
// The in-memory part of the file adapter: the path-based opener needs Node's fs.
import { applyPlan, openXlsxBuffer, xlsxToBuffer } from '../file/in-memory';
import type { Problem } from '../engine/run/problem';
import { workbookChanges } from './workbook-changes';

/** One workbook open in the harness: the file as loaded, and the strict Excel fake the pane works on. */
export interface WorkbookSession {
  name: string;
  /** The .xlsx as loaded, kept so a save re-applies the fake's changes to an untouched copy. */
  bytes: Uint8Array;
  original: WorkbookGrid;
  fake: FakeExcel;
}

export type SessionResult = { ok: true; session: WorkbookSession } | { ok: false; problem: Problem };

export async function openSession(data: ArrayBuffer | Uint8Array, name: string): Promise<SessionResult> {
  const bytes = new Uint8Array(data.slice(0));
  const opened = await openXlsxBuffer(bytes.slice(), name);
  if (!opened.ok) return opened;
  return { ok: true, session: { name, bytes, original: opened.file.grid, fake: createFakeExcel(opened.file.grid) } };
}

/** The fake's workbook as .xlsx: the original file with what the add-in changed applied through the file adapter. */
export async function saveSession(session: WorkbookSession): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problem: Problem }> {
  const opened = await openXlsxBuffer(session.bytes.slice(), session.name);
  if (!opened.ok) return opened;
  const applied = applyPlan(opened.file, workbookChanges(session.original, session.fake.workbook));
  if (!applied.ok) return applied;
  const saved = await xlsxToBuffer(opened.file);
  return saved.ok ? { ok: true, bytes: saved.data } : saved;
}

/** The fake's workbook as Office's `getFileAsync` gives a document: the saved .xlsx bytes (a failure throws, as Office fails the call). */
export async function sessionFile(session: WorkbookSession): Promise<Uint8Array> {
  const saved = await saveSession(session);
  if (!saved.ok) throw new Error(saved.problem.message);
  return saved.bytes;
}
