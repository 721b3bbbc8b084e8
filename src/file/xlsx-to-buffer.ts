import { problem } from '../engine/messages';
import type { Problem } from '../engine/run/problem';
import { isDamaged } from './apply-plan';
import { packageOf, type XlsxFile } from './xlsx-file';
import { partKey } from './xlsx-package';
import { writeZip, type Compressor, type OutEntry } from './zip-write';

export type BufferResult = { ok: true; data: Uint8Array } | { ok: false; problem: Problem };

const encoder = new TextEncoder();

/**
 * The package as bytes: every entry in its original order, untouched ones copied compressed as
 * they were (same bytes, method, CRC and date), edited ones re-encoded, new ones appended. No file
 * system: the browser harness downloads these. Node callers may pass native compression.
 */
export async function xlsxToBuffer(file: XlsxFile, compressor?: Compressor): Promise<BufferResult> {
  if (isDamaged(file)) return { ok: false, problem: problem('WRITE_FAILED', 'an earlier change to this workbook failed part-way') };
  try {
    const { pkg } = packageOf(file);
    const out: OutEntry[] = [];
    const done = new Set<string>();
    for (const e of pkg.entries) {
      const key = partKey(e.name);
      if (done.has(key) || pkg.removed.has(key)) continue;
      done.add(key);
      const edited = pkg.edited.get(key);
      out.push(edited ? { name: e.name, data: encoder.encode(edited.text) } : { name: e.name, copy: e });
    }
    for (const [key, part] of pkg.edited) if (!done.has(key)) out.push({ name: part.name, data: encoder.encode(part.text) });
    return { ok: true, data: writeZip(pkg.zip, out, compressor) };
  } catch (e) {
    return { ok: false, problem: problem('WRITE_FAILED', e instanceof Error ? e.message : String(e)) };
  }
}
