/**
 * Just enough of the zip format to read an .xlsx package without trusting it: the entries of the
 * central directory (names, methods, sizes, where the data lies), and pinning entry timestamps so
 * the same workbook always gives the same bytes. Plain Uint8Arrays, so the browser can use it too.
 */

export interface ZipEntry {
  name: string;
  /** Uncompressed size the archive declares (not trusted: inflating counts what really comes out). */
  size: number;
  compressedSize: number;
  /** 0 stored, 8 deflated; anything else cannot be read (but can still be copied as it is). */
  method: number;
  flags: number;
  crc: number;
  dosTime: number;
  dosDate: number;
  /** Offset of the entry's central directory record. */
  centralOffset: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
export const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

export function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

export function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

function findEndRecord(b: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= stop; at--) if (u32(b, at) === END_SIGNATURE) return at;
  return -1;
}

const NAME_DECODER = new TextDecoder('utf-8');

/** The archive's entries, or null when the central directory is missing or damaged (a truncated download). */
export function listZipEntries(b: Uint8Array): ZipEntry[] | null {
  const end = findEndRecord(b);
  if (end < 0) return null;
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL_SIGNATURE) return null;
    const size = u32(b, at + 24);
    const compressedSize = u32(b, at + 20);
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    const localOffset = u32(b, at + 42);
    if (at + 46 + nameLength > b.length) return null;
    entries.push({
      name: NAME_DECODER.decode(b.subarray(at + 46, at + 46 + nameLength)),
      size: size === ZIP64_MARK ? Infinity : size,
      compressedSize: compressedSize === ZIP64_MARK ? Infinity : compressedSize,
      method: u16(b, at + 10),
      flags: u16(b, at + 8),
      dosTime: u16(b, at + 12),
      dosDate: u16(b, at + 14),
      crc: u32(b, at + 16),
      centralOffset: at,
      localOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed bytes start, or -1 when its local header is not where the directory says. */
export function entryDataOffset(b: Uint8Array, e: ZipEntry): number {
  const at = e.localOffset;
  if (at + 30 > b.length || u32(b, at) !== LOCAL_SIGNATURE) return -1;
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  return start + e.compressedSize <= b.length ? start : -1;
}

/** MS-DOS date for 1980-01-01, time 00:00: what Excel itself writes for every part. */
export const DOS_DATE_1980 = 0x0021;

/**
 * Sets every entry's modification time to 1980-01-01 00:00, as Excel does, so the bytes of a
 * saved workbook depend only on its content. Timestamps are outside the compressed data and the
 * CRC, so nothing else changes. Returns a copy.
 */
export function pinZipTimestamps(input: Uint8Array): Uint8Array {
  const b = new Uint8Array(input);
  const entries = listZipEntries(b);
  if (!entries) return b;
  for (const e of entries) {
    setDosStamp(b, e.centralOffset + 12);
    if (e.localOffset + 30 <= b.length && u32(b, e.localOffset) === LOCAL_SIGNATURE) setDosStamp(b, e.localOffset + 10);
  }
  return b;
}

function setDosStamp(b: Uint8Array, at: number): void {
  b[at] = 0;
  b[at + 1] = 0;
  b[at + 2] = DOS_DATE_1980 & 0xff;
  b[at + 3] = DOS_DATE_1980 >> 8;
}
