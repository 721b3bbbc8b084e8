import { readFile, stat } from 'node:fs/promises';
import { problem } from '../engine/messages';
import { openXlsxBuffer, type OpenOptions } from './open-xlsx-buffer';
import type { OpenResult } from './xlsx-file';

/** Larger than any real scorecard by far; reading more would only end in running out of memory. */
const MAX_FILE_BYTES = 512 * 1024 * 1024;

function fail(p: ReturnType<typeof problem>): OpenResult {
  return { ok: false, problem: p };
}

/** Opens an .xlsx / .xlsm from disk. Messages name the file as `path` was given, which is what the user typed. */
export async function openXlsx(path: string, options: OpenOptions = {}): Promise<OpenResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail(problem('NOT_XLSX', `${path} (it is a folder)`));
    // A FIFO would hang and a device such as /dev/zero never ends: only regular files are read.
    if (!info.isFile()) return fail(problem('NOT_XLSX', `${path} (it is not a regular file but a device, pipe or socket)`));
    size = info.size;
  } catch (e) {
    return fail(readProblem(path, e));
  }
  if (size > MAX_FILE_BYTES) return fail(problem('TOO_LARGE', `${path} is ${Math.round(size / (1024 * 1024))} MB`));
  let data: Uint8Array;
  try {
    data = await readFile(path);
  } catch (e) {
    return fail(readProblem(path, e));
  }
  return openXlsxBuffer(data, path, options);
}

function readProblem(path: string, e: unknown): ReturnType<typeof problem> {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return problem('FILE_UNREADABLE', path);
  return problem('FILE_NOT_FOUND', path);
}
