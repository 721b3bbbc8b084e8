import { deflateSync } from 'fflate';
import { DOS_DATE_1980, entryDataOffset, type ZipEntry } from './zip-directory';

/**
 * How new entries are compressed: fflate everywhere by default; Node passes its native zlib
 * (node-compressor.ts), which is several times faster, for the same deflate format.
 */
export interface Compressor {
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** An entry of the output: copied from the input archive as it is, or new bytes. */
export type OutEntry = { name: string; copy: ZipEntry } | { name: string; data: Uint8Array };

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Record {
  nameBytes: Uint8Array;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  body: Uint8Array;
  offset: number;
}

const encoder = new TextEncoder();
/** Bit 11: the name is UTF-8. Bit 3 (sizes after the data) is dropped: sizes go in the header. */
const UTF8_FLAG = 0x0800;

/**
 * Writes a zip. Copied entries keep their compressed bytes, method, CRC and timestamp untouched
 * (nothing is recompressed, so an untouched part cannot change); new parts are deflated and dated
 * 1980-01-01 as Excel dates them, so the same input always gives the same bytes.
 */
export const FFLATE_COMPRESSOR: Compressor = { deflate: (data) => deflateSync(data, { level: 6 }), crc32 };

/**
 * The fields a local header (from its byte 6) and a central directory record (from its byte 8)
 * share, in the same order: flags, method, DOS time and date, CRC, sizes, name length.
 */
function putEntryFields(view: DataView, at: number, r: Record): void {
  view.setUint16(at, r.flags, true);
  view.setUint16(at + 2, r.method, true);
  view.setUint16(at + 4, r.time, true);
  view.setUint16(at + 6, r.date, true);
  view.setUint32(at + 8, r.crc, true);
  view.setUint32(at + 12, r.compressedSize, true);
  view.setUint32(at + 16, r.size, true);
  view.setUint16(at + 20, r.nameBytes.length, true);
}

export function writeZip(source: Uint8Array, entries: OutEntry[], compressor: Compressor = FFLATE_COMPRESSOR): Uint8Array {
  const records: Record[] = [];
  let offset = 0;
  for (const e of entries) {
    const nameBytes = encoder.encode(e.name);
    let r: Record;
    if ('copy' in e) {
      const start = entryDataOffset(source, e.copy);
      r = {
        nameBytes,
        method: e.copy.method,
        flags: (e.copy.flags & ~0x0008) | UTF8_FLAG,
        time: e.copy.dosTime,
        date: e.copy.dosDate,
        crc: e.copy.crc,
        compressedSize: e.copy.compressedSize,
        size: e.copy.size,
        body: source.subarray(start, start + e.copy.compressedSize),
        offset,
      };
    } else {
      const body = compressor.deflate(e.data);
      r = { nameBytes, method: 8, flags: UTF8_FLAG, time: 0, date: DOS_DATE_1980, crc: compressor.crc32(e.data), compressedSize: body.length, size: e.data.length, body, offset };
    }
    records.push(r);
    offset += 30 + nameBytes.length + r.body.length;
  }
  const centralSize = records.reduce((n, r) => n + 46 + r.nameBytes.length, 0);
  const out = new Uint8Array(offset + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const r of records) {
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    putEntryFields(view, at + 6, r);
    view.setUint16(at + 28, 0, true);
    out.set(r.nameBytes, at + 30);
    out.set(r.body, at + 30 + r.nameBytes.length);
    at += 30 + r.nameBytes.length + r.body.length;
  }
  const centralStart = at;
  for (const r of records) {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    putEntryFields(view, at + 8, r);
    // extra, comment, disk, internal and external attributes: all zero
    view.setUint32(at + 42, r.offset, true);
    out.set(r.nameBytes, at + 46);
    at += 46 + r.nameBytes.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, records.length, true);
  view.setUint16(at + 10, records.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
