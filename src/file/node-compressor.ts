import { constants } from 'node:buffer';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { useRawInflate } from './zip-read';
import type { Compressor } from './zip-write';

/** Node's native zlib (Node only): the same deflate format as fflate, several times faster. */
export const NODE_COMPRESSOR: Compressor = {
  deflate: (data) => deflateRawSync(data, { level: 6 }),
  crc32: (data) => crc32(data),
};

// Node reads parts with native inflation too (the browser entry, in-memory.ts, keeps fflate).
useRawInflate((data, maxOutput) => inflateRawSync(data, { maxOutputLength: Math.min(maxOutput, constants.MAX_LENGTH) }));
