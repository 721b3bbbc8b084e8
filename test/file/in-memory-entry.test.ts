import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Every local module reachable from `entry` by static imports. */
function importGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const m of source.matchAll(/(?:import|export)[^'"]*from\s+'(\.[^']+)'/g)) {
    const base = resolve(dirname(entry), m[1]);
    const file = [`${base}.ts`, join(base, 'index.ts')].find(existsSync);
    if (file) importGraph(file, seen);
  }
  return seen;
}

describe('the in-memory entry point used by the browser harness', () => {
  test('reaches no Node built-in (fs, path, crypto...) through any import', () => {
    const files = [...importGraph(resolve(__dirname, '../../src/file/in-memory.ts'))];
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((f) => /from\s+'(node:|fs'|path'|crypto'|os')/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
