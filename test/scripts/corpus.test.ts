import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultOutput, runCli } from '../../src/cli';
import { clearGrid, rateGrid } from '../../src/engine';
import type { WritePlan } from '../../src/engine/plan';
import { openXlsx } from '../../src/file';
import { buildCorpus, VARIANT_NAMES, type Variant } from '../../scripts/build-corpus';
import { libreOfficeCsv } from '../support/libreoffice';
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

type Parts = Map<string, Buffer>;
const INDEX_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

/** Worksheet part names by sheet name, from workbook.xml and its rels. */
function sheetParts(parts: Parts): Map<string, string> {
  const wb = parts.get('xl/workbook.xml')!.toString();
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString();
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])![1].replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const id = /r:id="([^"]*)"/.exec(m[0])![1];
    const rel = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(rels)![0];
    const target = /Target="([^"]*)"/.exec(rel)![1];
    out.set(name, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/** The `<c>` elements of a sheet part, by reference. */
function cellsOf(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c\b[^>]*?(?:\/>|>.*?<\/c>)/gs)) out.set(/\br="([A-Z]+\d+)"/.exec(m[0])![1], m[0]);
  return out;
}

const outsideCells = (xml: string) => xml.replace(/<sheetData\b.*(<\/sheetData>|<sheetData\/>)/s, '<sheetData/>').replace(/ tabSelected="(?:[01]|true|false)"/g, '');

/** Each original element of an index part (relationships, content types) is still there as written, but those of parts taken out. */
function keepsElements(before: string, after: string, tag: string, removedParts: string[]): void {
  for (const m of before.matchAll(new RegExp(`<${tag}\\b[^>]*/>`, 'g'))) {
    if (removedParts.some((p) => m[0].includes(p.replace(/^xl\//, '')))) continue;
    expect([tag, after.includes(m[0]) ? m[0] : `missing: ${m[0]}`]).toEqual([tag, m[0]]);
  }
}

/** styles.xml only grew: with the containers' counts set aside, the old text is the new text minus inserted runs. */
function appendOnly(before: string, after: string): void {
  const strip = (s: string) => s.replace(/ count="\d+"/g, '');
  const [a, b] = [strip(before), strip(after)];
  let at = 0;
  for (const chunk of a.split(/(?=<\/(?:numFmts|fonts|fills|cellXfs)>)/)) {
    const found = b.indexOf(chunk, at);
    expect(found).toBeGreaterThanOrEqual(at);
    at = found + chunk.length;
  }
}

function plannedCells(plan: WritePlan): Map<string, Set<string>> {
  return new Map(plan.writes.map((w) => [w.sheet, new Set(w.cells.map((c) => c.address))]));
}

/** The copy differs from its input only where the plan writes. */
function onlyOwnedChanges(input: Parts, output: Parts, plan: WritePlan): void {
  const owned = plannedCells(plan);
  const sheetsIn = sheetParts(input);
  const sheetsOut = sheetParts(output);
  const writtenParts = new Set([...owned.keys()].map((s) => sheetsIn.get(s)!));
  const ownSheetParts = new Set([...plan.sheets.map((s) => sheetsOut.get(s.name)), ...plan.deleteSheets.map((s) => sheetsIn.get(s))].filter((p): p is string => !!p));
  for (const [name, bytes] of input) {
    if (INDEX_PARTS.includes(name) || writtenParts.has(name) || ownSheetParts.has(name)) continue;
    expect([name, output.get(name)?.equals(bytes) ? 'same' : 'changed']).toEqual([name, 'same']);
  }
  for (const name of output.keys()) if (!input.has(name)) expect([name, ownSheetParts.has(name)]).toEqual([name, true]);
  for (const [sheet, cells] of owned) {
    const part = sheetsIn.get(sheet)!;
    const before = input.get(part)!.toString();
    const after = output.get(part)!.toString();
    expect(outsideCells(after)).toBe(outsideCells(before));
    const afterCells = cellsOf(after);
    for (const [ref, xml] of cellsOf(before)) if (!cells.has(ref)) expect([ref, afterCells.get(ref)]).toEqual([ref, xml]);
  }
  const removed = [...ownSheetParts].filter((p) => !output.has(p));
  keepsElements(input.get('xl/_rels/workbook.xml.rels')!.toString(), output.get('xl/_rels/workbook.xml.rels')!.toString(), 'Relationship', removed);
  keepsElements(input.get('[Content_Types].xml')!.toString(), output.get('[Content_Types].xml')!.toString(), '(?:Override|Default)', removed);
  appendOnly(input.get('xl/styles.xml')!.toString(), output.get('xl/styles.xml')!.toString());
  const wbFrame = (s: string) => s.replace(/<sheets>.*<\/sheets>/s, '').replace(/<definedNames>.*<\/definedNames>/s, '').replace(/<bookViews>.*<\/bookViews>/s, '').replace(/<calcPr\b[^>]*\/>/, '');
  expect(wbFrame(output.get('xl/workbook.xml')!.toString())).toBe(wbFrame(input.get('xl/workbook.xml')!.toString()));
}

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
