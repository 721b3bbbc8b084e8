#!/usr/bin/env node
// The compiled CLI (bin/build-cli.cjs, run at `npm ci`); from a checkout that has not built it, the TypeScript through tsx.
const { existsSync } = require('node:fs');
const built = require('node:path').join(__dirname, '..', 'build', 'scorecard-cli.cjs');
if (existsSync(built)) {
  // Node 22+ caches the compiled bundle between runs; Node 20 has no such cache and skips this.
  require('node:module').enableCompileCache?.();
  require(built);
} else {
  require('tsx/cjs');
  require('../src/cli/main.ts');
}
