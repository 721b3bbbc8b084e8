import { measureBundleSizes } from './bundle-size';
import { excelBench } from './excel-bench';
import { cliStartBench } from './cli-start';
import { benchFile, peakMemory, sheetXmlBytes, syntheticXlsx, type FileBenchRow } from './file-bench';

/**
 * `npm run bench`: one JSON line on stdout. Speed is measured here, never in timed tests.
 * engine.growth5kTo50k is the per-1,000-measure time at 50,000 over that at 5,000 (1 = linear).
 * excel: syncs, request bytes and largest response of "Rate this quarter" through Microsoft's Excel client library in front of the strict fake.
 * file: read, rate-and-write, the copy floor (unzip and rezip every part), the same floor over the rated copy, and peak memory per size (issue 10);
 * largeWorkbook: peak memory for about 100 MB of sheet XML; cliStart: `scorecard --help` compiled, bare node, and through tsx.
 * bundles: gzipped JavaScript of the production task pane and commands pages (issue 4; built by `npm run bench`).
 */
async function main(): Promise<void> {
  const sizes: [number, number][] = [
    [50, 5],
    [5000, 3],
    [50000, 1],
  ];
  const rows: FileBenchRow[] = [];
  for (const [n, runs] of sizes) {
    process.stderr.write(`bench: ${n} measures...\n`);
    rows.push(await benchFile(n, runs));
  }
  const at = (n: number) => rows.find((r) => r.measures === n)!;
  // A workbook with about 100 MB of sheet XML, read in a process of its own (the goal: under 1 GB).
  process.stderr.write('bench: 260,000 measures (about 100 MB of sheet XML), read only...\n');
  const big = await syntheticXlsx(260_000);
  const bigMemory = peakMemory(big, true);
  const line = {
    node: process.version,
    engine: {
      msPer1000: Object.fromEntries(rows.map((r) => [r.measures, r.engineMsPer1000])),
      growth5kTo50k: Math.round((at(50000).engineMsPer1000 / at(5000).engineMsPer1000) * 100) / 100,
      shareOfFileIoAt5000: at(5000).engineShareOfIo,
    },
    file: rows,
    largeWorkbook: { measures: 260_000, sheetXmlMB: Math.round(sheetXmlBytes(big) / 2 ** 20), readPeakRssMB: Math.round(bigMemory.readPeakMB) },
    cliStart: cliStartBench(),
    excel: await excelBench([50, 500, 5000, 8000]),
    bundles: measureBundleSizes(),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
