/**
 * Writes examples/scorecard-2018-19-q2.xlsx from the transcription in scorecard-data.ts.
 * Run: node bin/run-ts.cjs examples/make-sample.ts  (or npm run sample). Re-running writes
 * identical bytes.
 */
import { writeFileSync } from 'node:fs';
import { SAMPLE_PATH, sampleBytes } from './sample-workbook';

void sampleBytes().then((bytes) => {
  writeFileSync(SAMPLE_PATH, bytes);
  process.stdout.write(`Wrote ${SAMPLE_PATH} (${bytes.length} bytes)\n`);
});
