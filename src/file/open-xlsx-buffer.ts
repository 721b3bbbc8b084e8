import { problem } from '../engine/messages';
import type { Problem } from '../engine/run/problem';
import { isEmptyGrid, readGrid } from './read-workbook';
import { GridTooLarge } from './sheet-xml-reader';
import { DEFAULT_LIMITS, describeSize, sniffXlsxBytes, type SniffLimits } from './sniff-bytes';
import { listZipEntries } from './zip-directory';
import { newPackage, PartError, workbookPartName } from './xlsx-package';
import { toHandle, type OpenResult } from './xlsx-file';

export type OpenOptions = Partial<SniffLimits>;

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** The one-line message for a part that could not be read. */
export function partProblem(e: unknown, displayName: string, limit: number): Problem {
  if (e instanceof GridTooLarge) return problem('TOO_LARGE', `${displayName}: ${e.message}, more than this tool holds in memory`);
  if (e instanceof PartError) {
    if (e.why === 'too-large') return problem('TOO_LARGE', `${displayName}: its parts hold more than ${describeSize(limit)} of XML (part ${e.part})`);
    if (e.why === 'unsupported') return problem('NOT_XLSX', `${displayName} (part ${e.part} is compressed in a way Excel does not use)`);
    return problem('NOT_XLSX', `${displayName} (it looks damaged: part ${e.part} could not be read)`);
  }
  return problem('NOT_XLSX', `${displayName} (it holds parts this tool cannot read: ${e instanceof Error ? e.message : String(e)})`);
}

/**
 * Opens .xlsx / .xlsm bytes. No file system here, so the browser harness opens workbooks through
 * this too. Only the parts the grid needs are inflated, within a running size limit. Bad input
 * comes back as a Problem, never a throw.
 */
export async function openXlsxBuffer(data: ArrayBuffer | Uint8Array, displayName: string, options: OpenOptions = {}): Promise<OpenResult> {
  const bytes = toBytes(data);
  const refused = sniffXlsxBytes(bytes, displayName);
  if (refused) return { ok: false, problem: refused };
  const limits = { ...DEFAULT_LIMITS, ...options };
  const pkg = newPackage(bytes, listZipEntries(bytes)!, limits.maxSheetXmlBytes);
  let grid;
  let workbookPart: string | undefined;
  try {
    workbookPart = workbookPartName(pkg);
    if (!workbookPart) return { ok: false, problem: problem('NOT_XLSX', `${displayName} (it is a zip archive but not a workbook)`) };
    grid = readGrid({ pkg, workbookPart });
  } catch (e) {
    return { ok: false, problem: partProblem(e, displayName, limits.maxSheetXmlBytes) };
  }
  if (isEmptyGrid(grid)) return { ok: false, problem: problem('EMPTY_WORKBOOK', displayName) };
  return { ok: true, file: { displayName, grid, handle: toHandle({ pkg, workbookPart }) } };
}
