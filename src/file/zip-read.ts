import { Inflate } from 'fflate';
import { entryDataOffset, type ZipEntry } from './zip-directory';

/**
 * A running total of inflated bytes across one package. Every part is counted as it comes out of
 * the decompressor, whatever its name or declared size, so a zip bomb stops at the limit instead of
 * filling memory.
 */
export class InflateBudget {
  used = 0;
  constructor(readonly limit: number) {}
}

export type EntryRead = { ok: true; data: Uint8Array } | { ok: false; why: 'too-large' | 'damaged' | 'unsupported' };

/**
 * Inflates raw deflate data into at most `maxOutput` bytes, throwing an error whose `code` is
 * `ERR_BUFFER_TOO_LARGE` beyond that (Node's zlib). The Node entry installs one (`node-compressor.ts`):
 * native inflation is several times faster than fflate's, and the limit still holds while it runs.
 */
export type RawInflate = (data: Uint8Array, maxOutput: number) => Uint8Array;
let rawInflate: RawInflate | undefined;

export function useRawInflate(inflate: RawInflate | undefined): void {
  rawInflate = inflate;
}

function inflateWithin(raw: Uint8Array, budget: InflateBudget, inflate: RawInflate): EntryRead {
  const room = budget.limit - budget.used;
  let data: Uint8Array;
  try {
    data = inflate(raw, Math.max(1, room));
  } catch (e) {
    return { ok: false, why: (e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'damaged' };
  }
  if (data.length > room) return { ok: false, why: 'too-large' };
  budget.used += data.length;
  return { ok: true, data };
}

/** Compressed input is fed in slices so the budget is checked at least every ~64 MB of output. */
const SLICE = 64 * 1024;

/** The uncompressed bytes of one entry, within the budget. */
export function readEntry(zip: Uint8Array, entry: ZipEntry, budget: InflateBudget): EntryRead {
  const start = entryDataOffset(zip, entry);
  if (start < 0) return { ok: false, why: 'damaged' };
  const raw = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (budget.used + raw.length > budget.limit) return { ok: false, why: 'too-large' };
    budget.used += raw.length;
    return { ok: true, data: raw };
  }
  if (entry.method !== 8) return { ok: false, why: 'unsupported' };
  if (rawInflate) return inflateWithin(raw, budget, rawInflate);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (budget.used + total > budget.limit) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let at = 0; at < raw.length && !over; at += SLICE) {
      const end = Math.min(raw.length, at + SLICE);
      inflater.push(raw.subarray(at, end), end === raw.length);
    }
    if (raw.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    return { ok: false, why: 'damaged' };
  }
  if (over) return { ok: false, why: 'too-large' };
  budget.used += total;
  if (chunks.length === 1) return { ok: true, data: chunks[0] };
  const data = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.length;
  }
  return { ok: true, data };
}
