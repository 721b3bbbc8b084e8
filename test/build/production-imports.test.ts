import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');

/** The production entries, as webpack.config.js names them (read from it, so a new entry is not missed). */
function productionEntries(): string[] {
  const config = readFileSync(resolve(ROOT, 'webpack.config.js'), 'utf8');
  const block = /entry:\s*{([^}]*)}/.exec(config)?.[1] ?? '';
  return [...block.matchAll(/'(\.\/src\/[^']+)'/g)].map((m) => resolve(ROOT, m[1]));
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null; // a package: node_modules is not walked
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(tsx?|json)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every project file an entry reaches through its static and dynamic imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const ref of info.importedFiles) {
      const target = resolveImport(file, ref.fileName);
      if (target) stack.push(target);
    }
  }
  return seen;
}

describe('production bundles', () => {
  const entries = productionEntries();

  it('are found in webpack.config.js: the task pane and the ribbon commands', () => {
    expect(entries.map((e) => relative(ROOT, e)).sort()).toEqual(['src/commands/commands.ts', 'src/entries/taskpane.tsx']);
  });

  it.each(productionEntries().map((e) => [relative(ROOT, e), e]))('%s never reaches the Excel fake or any test code', (_name, entry) => {
    const files = [...reachable(entry)].map((f) => relative(ROOT, f));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => !f.startsWith('src/') || f.includes('fake-excel'))).toEqual([]);
  });

  it('would notice an import of the fake', () => {
    // The walk itself: the harness entry (test and demo support) does reach the fake.
    const harness = [...reachable(resolve(ROOT, 'src/harness/harness-main.tsx'))].map((f) => relative(ROOT, f));
    expect(harness).toContain('test/support/fake-excel/index.ts');
  });
});
