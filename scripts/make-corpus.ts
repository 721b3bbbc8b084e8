import { buildCorpus } from './build-corpus';

// `node bin/run-ts.cjs scripts/make-corpus.ts <out-dir>`: writes the feature variants and lists them.
const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: make-corpus.ts <out-dir>\n');
  process.exitCode = 2;
} else {
  for (const v of buildCorpus(out)) process.stdout.write(`${v.path}\t${v.producer}\n`);
}
