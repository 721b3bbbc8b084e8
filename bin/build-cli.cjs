#!/usr/bin/env node
// Bundles the command line into one CommonJS file with esbuild (a devDependency), so `scorecard`
// starts on compiled JavaScript rather than transpiling TypeScript at every start. Runs at
// `npm ci` / `npm install` (the `prepare` script) and before `npm test`.
const path = require('node:path');
const root = path.join(__dirname, '..');
require('esbuild').buildSync({
  entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
  outfile: path.join(root, 'build', 'scorecard-cli.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
});
