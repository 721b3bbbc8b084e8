import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultOutput, runCli } from '../../src/cli';
import { clearGrid, rateGrid } from '../../src/engine';
import { openXlsx } from '../../src/file';
import { buildCorpus, VARIANT_NAMES, type Variant } from '../../scripts/build-corpus';
import { libreOfficeCsv } from '../support/libreoffice';
import { onlyOwnedChanges } from '../support/package-compare';
import { makeTempDir, removeTempDirs, unzipAll } from '../support/xlsx-fixtures';

/**
 * Every feature variant of the sample is rated and then cleared through the command line, and the
 * copies are compared with their input part by part (uncompressed bytes): only the cells the run
 * owns, styles appended, the add-in's own sheets and the package's indexes may differ.
 */
const NOW = new Date('2026-11-22T10:00:00Z');
const quiet = { stdout: () => undefined, stderr: () => undefined };
let variants: Map<string, Variant>;
let dir: string;

beforeAll(() => {
  dir = makeTempDir('corpus-');
  variants = new Map(buildCorpus(dir).map((v) => [v.name, v]));
}, 180_000);
afterAll(removeTempDirs);

async function gridOf(path: string) {
  const opened = await openXlsx(path);
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.file.grid;
}

describe('every corpus variant is read, rated and cleared, keeping every part it does not own', () => {
  test.each(VARIANT_NAMES)('%s', async (name) => {
    const v = variants.get(name)!;
    const ext = v.path.endsWith('.xlsm') ? '.xlsm' : '.xlsx';
    const rated = join(dir, `${name}.rated${ext}`);
    const cleared = join(dir, `${name}.cleared${ext}`);
    expect(await runCli(['rate', v.path, '--out', rated], quiet, NOW)).toBeLessThan(2);
    expect(await runCli(['clear', rated, '--out', cleared], quiet, NOW)).toBeLessThan(2);

    const rateOutcome = rateGrid(await gridOf(v.path), { now: NOW });
    const clearOutcome = clearGrid(await gridOf(rated), { now: NOW });
    if (!rateOutcome.ok || !clearOutcome.ok) throw new Error('the engine refused the variant');
    const [input, ratedParts, clearedParts] = [v.path, rated, cleared].map((p) => unzipAll(readFileSync(p)));
    onlyOwnedChanges(input, ratedParts, rateOutcome.plan);
    onlyOwnedChanges(ratedParts, clearedParts, clearOutcome.plan);
    // Cleared, the workbook reads as it did before rating.
    const [before, after] = [await gridOf(v.path), await gridOf(cleared)];
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(after.sheets[0].values).toEqual(before.sheets[0].values);
  }, 60_000);
});

describe('what the corpus proves beyond the parts', () => {
  test('LibreOffice opens every rated copy and shows the 57 ratings', () => {
    const rated = VARIANT_NAMES.map((n) => join(dir, `${n}.rated${variants.get(n)!.path.endsWith('.xlsm') ? '.xlsm' : '.xlsx'}`));
    const sheets = libreOfficeCsv(rated, makeTempDir('corpus-csv-'));
    const ragWords = sheets.map((rows) => rows.filter((r) => ['Red', 'Amber', 'Green', 'n/a'].includes(r[13])).length);
    expect(ragWords).toEqual(VARIANT_NAMES.map(() => 57));
  }, 180_000);

  test('an .xlsm stays macro-enabled, under its own extension', () => {
    const v = variants.get('macros')!;
    const rated = unzipAll(readFileSync(join(dir, 'macros.rated.xlsm')));
    expect(rated.get('[Content_Types].xml')!.toString()).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(rated.get('xl/vbaProject.bin')).toEqual(unzipAll(readFileSync(v.path)).get('xl/vbaProject.bin'));
    expect(defaultOutput(v.path, 'rated')).toMatch(/macros\.rated\.xlsm$/);
  });

  test('a figure formatted 0\\% reads as 95 %, not 9,500 %: P2.4 stays amber with no out-of-range flag', async () => {
    const out: string[] = [];
    await runCli(['validate', variants.get('literalPercent')!.path, '--json'], { stdout: (t) => out.push(t), stderr: () => undefined }, NOW);
    const report = JSON.parse(out[0]);
    const p24 = report.sheets[0].measures.find((m: { ref: string }) => m.ref === 'P2.4');
    expect(p24.rag).toBe('amber');
    expect(report.sheets[0].flags.filter((f: { ref: string; code: string }) => f.ref === 'P2.4' && f.code === 'PERCENT_OUT_OF_RANGE')).toEqual([]);
  });
});
