import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { importGraph, importSpecifiers, resolveImport, sourceFiles } from '../support/import-graph';

const ROOT = resolve(__dirname, '../..');
const rel = (f: string) => relative(ROOT, f).split('\\').join('/');
/** Where the pane may not reach: the Office.js adapter and the Excel fake (wherever the fake lives). */
const FORBIDDEN = [/^src\/excel(\/|$)/, /^src\/fake-excel(\/|$)/, /^test\/support\/fake-excel(\/|$)/, /^src\/commands(\/|$)/];
const forbidden = (file: string) => FORBIDDEN.some((re) => re.test(rel(file)));

describe('one-way arrows: the task pane never imports the Excel adapter', () => {
  it('no file under src/taskpane imports src/excel, src/commands or the fake', () => {
    const files = sourceFiles(join(ROOT, 'src/taskpane'));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap((f) =>
      importSpecifiers(readFileSync(f, 'utf8'))
        .map((s) => resolveImport(f, s))
        .filter((target): target is string => !!target && forbidden(target))
        .map((target) => `${rel(f)} imports ${rel(target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('nothing the pane reaches through its imports is in src/excel', () => {
    const reached = [...importGraph(join(ROOT, 'src/taskpane/index.ts'))].map(rel);
    expect(reached).toContain('src/taskpane/app.tsx');
    expect(reached).toContain('src/host/pane-host.ts');
    expect(reached.filter((f) => forbidden(join(ROOT, f)))).toEqual([]);
  });

  it('the entry composes both, and the adapter implements the interface from src/host', () => {
    const entry = [...importGraph(join(ROOT, 'src/entries/taskpane.tsx'))].map(rel);
    expect(entry).toEqual(expect.arrayContaining(['src/excel/index.ts', 'src/taskpane/index.ts']));
    const adapter = importSpecifiers(readFileSync(join(ROOT, 'src/excel/excel-pane-host.ts'), 'utf8'));
    expect(adapter).toContain('../host');
  });

  it('the check sees every kind of import a file can make (so it can fail)', () => {
    const source = "import a from '../excel';\nexport { b } from '../excel/x';\nimport '../fake-excel';\nconst c = import('../excel/y');\nconst d = require('../excel/z');";
    expect(importSpecifiers(source)).toEqual(['../excel', '../excel/x', '../fake-excel', '../excel/y', '../excel/z']);
    const from = join(ROOT, 'src/taskpane/app.tsx');
    expect(importSpecifiers(source).map((s) => resolveImport(from, s)!).every(forbidden)).toBe(true);
  });
});
