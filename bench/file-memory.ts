import { readFileSync } from 'node:fs';
import { rateGrid } from '../src/engine';
import { applyPlan, NODE_COMPRESSOR, openXlsxBuffer, xlsxToBuffer } from '../src/file';

/**
 * Run in a child process per workbook (bench/file-bench.ts): reads, rates and writes the file at
 * argv[2] (only reads it with --read-only) and prints its peak resident memory, so each size's peak is its own.
 */
async function main(): Promise<void> {
  const baselineMB = process.memoryUsage().rss / 2 ** 20;
  const opened = await openXlsxBuffer(readFileSync(process.argv[2]), 'bench');
  if (!opened.ok) throw new Error(opened.problem.message);
  const readPeakMB = process.resourceUsage().maxRSS / 1024;
  if (process.argv[3] === '--read-only') {
    process.stdout.write(JSON.stringify({ baselineMB, readPeakMB, peakMB: readPeakMB }));
    return;
  }
  const rated = rateGrid(opened.file.grid, { now: new Date('2026-11-22T10:00:00Z') });
  if (!rated.ok) throw new Error(rated.problem.message);
  const applied = applyPlan(opened.file, rated.plan);
  if (!applied.ok) throw new Error(applied.problem.message);
  const out = await xlsxToBuffer(opened.file, NODE_COMPRESSOR);
  if (!out.ok) throw new Error(out.problem.message);
  process.stdout.write(JSON.stringify({ baselineMB, readPeakMB, peakMB: process.resourceUsage().maxRSS / 1024 }));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
