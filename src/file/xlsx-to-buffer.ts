import { problem } from '../engine/messages';
import type { Problem } from '../engine/run/problem';
import { isDamaged } from './apply-plan';
import { pinZipTimestamps } from './zip-directory';
import { workbookOf, type XlsxFile } from './xlsx-file';

export type BufferResult = { ok: true; data: Uint8Array } | { ok: false; problem: Problem };

/**
 * The workbook as .xlsx bytes, with the zip's timestamps pinned so the same workbook always gives
 * the same bytes. No file system: the browser harness downloads these.
 */
export async function xlsxToBuffer(file: XlsxFile): Promise<BufferResult> {
  if (isDamaged(file)) return { ok: false, problem: problem('WRITE_FAILED', 'an earlier change to this workbook failed part-way') };
  try {
    const raw = await workbookOf(file).xlsx.writeBuffer();
    return { ok: true, data: pinZipTimestamps(new Uint8Array(raw as ArrayBuffer)) };
  } catch (e) {
    return { ok: false, problem: problem('WRITE_FAILED', e instanceof Error ? e.message : String(e)) };
  }
}
