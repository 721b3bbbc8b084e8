import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { performance } from 'node:perf_hooks';
import { rateGrid } from '../src/engine';
import { applyPlan, NODE_COMPRESSOR, openXlsxBuffer, xlsxToBuffer } from '../src/file';
import { listZipEntries } from '../src/file/zip-directory';
import { InflateBudget, readEntry } from '../src/file/zip-read';
import { asNewSheet, syntheticScorecard } from '../examples/synthetic-scorecard';

export interface FileBenchRow {
  measures: number;
  /** Median engine time (recognise, rate, flag, plan) over the runs. */
  engineMs: number;
  /** The engine's first run at this size, before the JIT has warmed up (what a one-off CLI run pays). */
  engineFirstRunMs: number;
  engineMsPer1000: number;
  readMs: number;
  /** Applying the plan and writing the package (the rated copy's bytes). */
  writeMs: number;
  /** Engine, apply and write: what `scorecard rate` spends after reading. */
  rateAndWriteMs: number;
  /** The floor: unzip every part and compress them all again, doing nothing else. */
  copyFloorMs: number;
  /** writeMs over the copy floor (the goal is at most 3). */
  writeOverCopyFloor: number;
  /**
   * The same floor over the rated copy: the written package holds new sheets (summary, checks,
   * settings, a chart) and so about three times the input's XML at 5,000 measures, all of which any
   * writer must deflate. Shown beside the goal's floor, which it does not replace.
   */
  outputFloorMs: number;
  /** writeMs over the output floor: the write's own overhead above compressing what it writes. */
  writeOverOutputFloor: number;
  /** Peak resident memory of a fresh process reading, rating and writing this workbook (MB), and its baseline before reading. */
  peakRssMB: number;
  baselineRssMB: number;
  sheetXmlMB: number;
  /** Engine time as a share of .xlsx read + write. */
  engineShareOfIo: number;
  fileBytes: number;
}

const SAMPLE = join(__dirname, '..', 'examples', 'scorecard-2018-19-q2.xlsx');
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Builds a real .xlsx of n synthetic measures through the file adapter (the sample's sheet replaced). */
export async function syntheticXlsx(n: number): Promise<Uint8Array> {
  const opened = await openXlsxBuffer(readFileSync(SAMPLE), 'sample');
  if (!opened.ok) throw new Error(opened.problem.message);
  const applied = applyPlan(opened.file, { writes: [], sheets: [asNewSheet(syntheticScorecard(n, 'Synthetic'))], deleteSheets: ['Scorecard'] });
  if (!applied.ok) throw new Error(applied.problem.message);
  const out = await xlsxToBuffer(opened.file);
  if (!out.ok) throw new Error(out.problem.message);
  return out.data;
}

/** Peak memory of read, rate and write in a child process of its own (bench/file-memory.ts). */
export function peakMemory(bytes: Uint8Array, readOnly = false): { baselineMB: number; readPeakMB: number; peakMB: number } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-mem-'));
  try {
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, bytes);
    const root = join(__dirname, '..');
    const out = execFileSync(process.execPath, [join(root, 'bin', 'run-ts.cjs'), join(root, 'bench', 'file-memory.ts'), path, ...(readOnly ? ['--read-only'] : [])], { encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The floor a rated copy is measured against: inflate every part and deflate it again with the same
 * code the CLI reads and writes with (Node's zlib both ways), CRCs included; the zip headers are not
 * even written. (It inflated with fflate until the CLI read parts with Node's zlib too: once nothing
 * else ran fflate's inflater, it ran cold in the floor and made the floor 2.5x slower, flattering the ratio.)
 */
function copyFloor(bytes: Uint8Array): number {
  let n = 0;
  for (const entry of listZipEntries(bytes) ?? []) {
    if (entry.name.endsWith('/')) continue;
    const read = readEntry(bytes, entry, new InflateBudget(2 ** 31));
    if (!read.ok) throw new Error(`${entry.name}: ${read.why}`);
    n += NODE_COMPRESSOR.deflate(read.data).length + (NODE_COMPRESSOR.crc32(read.data) & 1);
  }
  return n;
}

/** Uncompressed size of the worksheet parts. */
export function sheetXmlBytes(bytes: Uint8Array): number {
  const parts = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/worksheets/') && f.name.endsWith('.xml') });
  return Object.values(parts).reduce((n, p) => n + p.length, 0);
}

/** Each phase starts on a collected heap (node --expose-gc), so one phase's garbage is not billed to the next. */
async function timed<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  (globalThis as { gc?: () => void }).gc?.();
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

/**
 * Engine and file I/O for n synthetic measures. Read and write are timed `runs` times after a
 * warm-up and the median kept. The engine, which takes milliseconds, is run up to 20 times on the
 * grid read from the file and the median of the second half kept, so both sides are measured warm.
 * The engine's first run at each size is reported too: what a one-off CLI run pays before the JIT warms.
 */
function engineRuns(n: number): number {
  return Math.max(4, Math.min(20, Math.round(200_000 / n)));
}

export async function benchFile(n: number, runs = 3): Promise<FileBenchRow> {
  const bytes = await syntheticXlsx(n);
  const now = new Date('2026-11-22T10:00:00Z');
  const reads: number[] = [];
  const writes: number[] = [];
  const rateAndWrites: number[] = [];
  const floors: number[] = [];
  const outputFloors: number[] = [];
  const engines: number[] = [];
  let engineFirstMs = 0;
  for (let i = 0; i <= runs; i++) {
    const [readMs, opened] = await timed(() => openXlsxBuffer(bytes, 'synthetic'));
    if (!opened.ok) throw new Error(opened.problem.message);
    const [engineMs, outcome] = await timed(() => rateGrid(opened.file.grid, { now }));
    if (!outcome.ok) throw new Error(outcome.problem.message);
    if (outcome.report.sheets[0].measures.length !== n) throw new Error(`expected ${n} measures, rated ${outcome.report.sheets[0].measures.length}`);
    if (i === 0) {
      engineFirstMs = engineMs;
      for (let e = 0; e < engineRuns(n); e++) engines.push((await timed(() => rateGrid(opened.file.grid, { now })))[0]);
      engines.splice(0, engines.length >> 1);
    }
    const [writeMs, written] = await timed(async () => {
      const applied = applyPlan(opened.file, outcome.plan);
      return applied.ok ? xlsxToBuffer(opened.file, NODE_COMPRESSOR) : applied;
    });
    if (!written.ok) throw new Error(written.problem.message);
    const [floorMs] = await timed(() => copyFloor(bytes));
    const [outputFloorMs] = await timed(() => copyFloor(written.data));
    if (i > 0) {
      reads.push(readMs);
      writes.push(writeMs);
      rateAndWrites.push(engineMs + writeMs);
      floors.push(floorMs);
      outputFloors.push(outputFloorMs);
    }
  }
  const [engineMs, readMs, writeMs] = [median(engines), median(reads), median(writes)];
  const memory = peakMemory(bytes);
  return {
    measures: n,
    engineMs: round(engineMs),
    engineFirstRunMs: round(engineFirstMs),
    engineMsPer1000: round((engineMs / n) * 1000),
    readMs: round(readMs),
    writeMs: round(writeMs),
    rateAndWriteMs: round(median(rateAndWrites)),
    copyFloorMs: round(median(floors)),
    writeOverCopyFloor: round(writeMs / median(floors)),
    outputFloorMs: round(median(outputFloors)),
    writeOverOutputFloor: round(writeMs / median(outputFloors)),
    peakRssMB: Math.round(memory.peakMB),
    baselineRssMB: Math.round(memory.baselineMB),
    sheetXmlMB: round(sheetXmlBytes(bytes) / 2 ** 20),
    engineShareOfIo: round(engineMs / (readMs + writeMs), 4),
    fileBytes: bytes.byteLength,
  };
}
