import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { fromA1 } from '../../src/engine/grid';
import { rateGrid } from '../../src/engine';
import { applyPlan, openXlsxBuffer, xlsxToBuffer } from '../../src/file';
import { parseAddress } from '../../src/file/cell-address';
import { scanTags } from '../../src/file/xml-scan';
import { asNewSheet, syntheticScorecard } from '../../examples/synthetic-scorecard';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'scorecard-2018-19-q2.xlsx');

async function ratedCopy(n: number): Promise<Uint8Array> {
  const sample = await openXlsxBuffer(readFileSync(SAMPLE), 'sample');
  if (!sample.ok) throw new Error(sample.problem.message);
  expect(applyPlan(sample.file, { writes: [], sheets: [asNewSheet(syntheticScorecard(n, 'Synthetic'))], deleteSheets: ['Scorecard'] })).toEqual({ ok: true });
  const book = await xlsxToBuffer(sample.file);
  if (!book.ok) throw new Error(book.problem.message);
  const opened = await openXlsxBuffer(book.data, 'synthetic');
  if (!opened.ok) throw new Error(opened.problem.message);
  const rated = rateGrid(opened.file.grid, { now: new Date('2026-11-22T10:00:00Z') });
  if (!rated.ok) throw new Error(rated.problem.message);
  expect(applyPlan(opened.file, rated.plan)).toEqual({ ok: true });
  const out = await xlsxToBuffer(opened.file);
  if (!out.ok) throw new Error(out.problem.message);
  return out.data;
}

describe('speed work leaves the rated copy byte for byte as it was', () => {
  // Digests of the rated copy of a 300-measure synthetic scorecard, taken with the code before the
  // write was optimised (commit 0162fe1). A change to what a rated copy holds must update them on
  // purpose; a speed-up must not. Entry names, order and each part's inflated bytes are covered,
  // and the zip itself (fflate, level 6) too. Updated once on purpose: the chart's cNvPr name is
  // now `ScorecardRater_chart` (was `Chart 1`), the only byte that changed.
  it('writes the same parts and the same zip', async () => {
    const zip = await ratedCopy(300);
    const parts = createHash('sha256');
    for (const [name, data] of Object.entries(unzipSync(zip))) parts.update(`${name}\0${createHash('sha256').update(data).digest('hex')}\n`);
    expect(parts.digest('hex')).toBe('e183b575896c270b351bab57fcde02392e2ad4ef84090f11240e8c31c8d40333');
    expect(createHash('sha256').update(zip).digest('hex')).toBe('2da90c3212db415946b565a437bcbe57e3c98c59e9c476c91acd7b1d5cd127d8');
  });
});

describe('parseAddress reads addresses as fromA1 does', () => {
  it.each(['A1', 'C4', 'XFD1048576', 'AA10', 'Z99', 'A0', 'A01', '$C$4', 'c4', ' C4', 'B123456789', 'B1234567890'])('%s', (address) => {
    expect(parseAddress(address)).toEqual(fromA1(address));
  });
  it.each(['', 'ABCD1', '4C', 'C', 'C4x'])('refuses %p as fromA1 does', (address) => {
    expect(() => fromA1(address)).toThrow();
    expect(() => parseAddress(address)).toThrow(/Not an A1 cell address/);
  });
});

describe('scanTags names', () => {
  it('reads every tag name and prefix as written', () => {
    const xml = '<x:ab><ab/><a_b/><aab/><x:ab/><y:ab/><abb/><r/><rr/></x:ab>';
    const seen: string[] = [];
    scanTags(xml, (t) => void seen.push(`${t.kind}:${t.prefix}${t.name}`));
    expect(seen).toEqual(['open:x:ab', 'empty:ab', 'empty:a_b', 'empty:aab', 'empty:x:ab', 'empty:y:ab', 'empty:abb', 'empty:r', 'empty:rr', 'close:x:ab']);
  });
  it('with a list of names, visits those tags only (by local name, any prefix), stepping over quoted > and comments', () => {
    const xml = '<x:row r="1"><x:c r="A1" a=">"><x:v>1</x:v></x:c><!-- <c r="Z9"/> --><cc/><c r="B1"><is><t>a</t></is></c></x:row>';
    const seen: string[] = [];
    scanTags(xml, (t) => void seen.push(`${t.kind}:${t.prefix}${t.name}@${t.start}`), 0, xml.length, ['c', 'row']);
    const all: string[] = [];
    scanTags(xml, (t) => void all.push(`${t.kind}:${t.prefix}${t.name}@${t.start}`));
    expect(seen).toEqual(all.filter((s) => /:(x:)?(c|row)@/.test(s)));
    expect(seen.length).toBe(6);
  });
});
