import type { JsonReport } from '../../src/cli';
import { openXlsx } from '../../src/file';
import { fileAdapter, fileSessionAt } from '../support/adapter-session';
import { cli } from '../support/cli';
import { safeWritesOn } from '../support/safe-writes-cases';
import { makeTempDir, removeTempDirs, writeGridFixture } from '../support/xlsx-fixtures';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_PATH } from '../../examples/sample-workbook';

/** Issue 9 on real .xlsx files through the command line (the cases are in test/support/safe-writes-cases.ts). */
afterAll(removeTempDirs);

safeWritesOn(fileAdapter);

it('the formula check used above finds a formula in a file', async () => {
  const book = fileSessionAt(await writeGridFixture([['Total', { formula: 'SUM(1,2)', result: 3 }]]));
  expect(await book.formulaCells()).toEqual(['xl/worksheets/sheet1.xml!B1']);
});

describe('clear --json', () => {
  it('describes the cleared file: its sheets, not those it had before clearing', async () => {
    const dir = makeTempDir();
    const input = join(dir, 'scorecard.xlsx');
    copyFileSync(SAMPLE_PATH, input);
    const ratedFile = join(dir, 'rated.xlsx');
    const clearedFile = join(dir, 'cleared.xlsx');
    await cli('rate', input, '--out', ratedFile);
    const r = await cli('clear', ratedFile, '--out', clearedFile, '--json');
    expect(r.err).toBe('');
    const json = JSON.parse(r.out) as JsonReport;
    const opened = await openXlsx(clearedFile);
    if (!opened.ok) throw new Error(opened.problem.message);
    expect(json.sheets.map((s) => s.name)).toEqual(opened.file.grid.sheets.map((s) => s.name));
    expect(json.sheets.map((s) => s.name)).toEqual(['Scorecard']);
    expect(json.sheets[0].measures).toHaveLength(57);
  });
});
