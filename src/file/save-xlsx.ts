import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { problem } from '../engine/messages';
import { NODE_COMPRESSOR } from './node-compressor';
import type { FileResult, XlsxFile } from './xlsx-file';
import { xlsxToBuffer } from './xlsx-to-buffer';

/** A hidden sibling of the target, so the final rename stays on one file system and is atomic. */
function tempPathFor(outPath: string): string {
  return join(dirname(outPath), `.${basename(outPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes the workbook to `outPath` atomically: the bytes go to a temp file in the same folder,
 * which is then renamed over the target, so a failure never leaves a half-written workbook.
 * Overwrites `outPath` if it exists; deciding whether that is allowed is the caller's job.
 */
export async function saveXlsx(file: XlsxFile, outPath: string): Promise<FileResult> {
  const bytes = await xlsxToBuffer(file, NODE_COMPRESSOR);
  if (!bytes.ok) return bytes;
  const temp = tempPathFor(outPath);
  try {
    await writeFile(temp, bytes.data, { flag: 'wx' });
    await rename(temp, outPath);
    return { ok: true };
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    return { ok: false, problem: problem('WRITE_FAILED', describe(outPath, e)) };
  }
}

function describe(outPath: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `the folder of ${outPath} does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to write ${outPath}`;
    case 'EISDIR':
      return `${outPath} is a folder`;
    case 'ENOSPC':
      return 'the disk is full';
    case 'EBUSY':
      return `${outPath} is open in another program`;
    default:
      return `${outPath}: ${e instanceof Error ? e.message : String(e)}`;
  }
}
