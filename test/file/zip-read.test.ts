import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryDataOffset, listZipEntries, type ZipEntry } from '../../src/file/zip-directory';
import { InflateBudget, readEntry, useRawInflate, type EntryRead, type RawInflate } from '../../src/file/zip-read';
import { inflateRawSync } from 'node:zlib';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'scorecard-2018-19-q2.xlsx'));
const native: RawInflate = (data, max) => inflateRawSync(data, { maxOutputLength: max });

/** readEntry with fflate's inflater (the browser's) and with Node's (the CLI's). */
function both(zip: Uint8Array, entry: ZipEntry, limit: number): [EntryRead, EntryRead] {
  try {
    useRawInflate(undefined);
    const fflate = readEntry(zip, entry, new InflateBudget(limit));
    useRawInflate(native);
    return [fflate, readEntry(zip, entry, new InflateBudget(limit))];
  } finally {
    useRawInflate(native);
  }
}

const sheet = () => listZipEntries(SAMPLE)!.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;

describe('reading a part with Node zlib or fflate', () => {
  it('gives the same bytes for every part of the sample', () => {
    for (const e of listZipEntries(SAMPLE)!.filter((x) => !x.name.endsWith('/'))) {
      const [a, b] = both(SAMPLE, e, 200 * 2 ** 20);
      expect(a.ok && b.ok).toBe(true);
      if (a.ok && b.ok) expect(Buffer.from(b.data).equals(Buffer.from(a.data))).toBe(true);
    }
  });

  it('stops at the limit the same way', () => {
    const e = sheet();
    expect(both(SAMPLE, e, e.size - 1)).toEqual([
      { ok: false, why: 'too-large' },
      { ok: false, why: 'too-large' },
    ]);
    const [a, b] = both(SAMPLE, e, e.size);
    expect(a.ok && b.ok).toBe(true);
  });

  it('calls a damaged stream damaged', () => {
    const e = sheet();
    const broken = Uint8Array.from(SAMPLE);
    // A first block header of 0xff asks for block type 3, which deflate does not have.
    broken[entryDataOffset(broken, e)] = 0xff;
    expect(both(broken, e, 200 * 2 ** 20)).toEqual([
      { ok: false, why: 'damaged' },
      { ok: false, why: 'damaged' },
    ]);
  });
});
