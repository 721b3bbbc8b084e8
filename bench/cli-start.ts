import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(__dirname, '..');

function medianMs(args: string[], runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[times.length >> 1]);
}

/**
 * Start-up of `scorecard --help` on the compiled bundle (bin/build-cli.cjs, built first), beside bare
 * `node` and beside running the TypeScript through tsx as the CLI did before.
 */
export function cliStartBench(): { compiledMs: number; nodeMs: number; tsxMs: number } {
  spawnSync(process.execPath, [join(ROOT, 'bin', 'build-cli.cjs')], { stdio: 'inherit' });
  return {
    compiledMs: medianMs([join(ROOT, 'bin', 'scorecard.cjs'), '--help']),
    nodeMs: medianMs(['-e', '0']),
    tsxMs: medianMs(['-r', 'tsx/cjs', join(ROOT, 'src', 'cli', 'main.ts'), '--help']),
  };
}
