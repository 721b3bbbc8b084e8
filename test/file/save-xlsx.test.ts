import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPlan, openXlsx, saveXlsx, xlsxToBuffer, type XlsxFile } from '../../src/file';
import { makeTempDir, removeTempDirs, writeGridFixture } from '../support/xlsx-fixtures';

afterAll(removeTempDirs);

async function open(path: string): Promise<XlsxFile> {
  const opened = await openXlsx(path);
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.file;
}

const rows = [
  ['Ref', 'Qu 1', 'RAG'],
  ['P1', 0.95, null],
];

const rate = (file: XlsxFile) =>
  applyPlan(file, { writes: [{ sheet: 'Sheet1', cells: [{ address: 'C2', value: 'Green', style: { fill: '#C6EFCE' } }] }], sheets: [], deleteSheets: [] });

describe('saveXlsx', () => {
  test('writes a workbook that opens again with the changes, and leaves the input as it was', async () => {
    const input = await writeGridFixture(rows, { numFmts: { B2: '0%' } });
    const original = readFileSync(input);
    const file = await open(input);
    rate(file);
    const out = join(makeTempDir(), 'rated.xlsx');
    expect(await saveXlsx(file, out)).toEqual({ ok: true });
    expect((await open(out)).grid.sheets[0].values).toEqual([
      ['Ref', 'Qu 1', 'RAG'],
      ['P1', 0.95, 'Green'],
    ]);
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  test('replaces an existing file at the path it is given, leaving no temp file behind', async () => {
    const dir = makeTempDir();
    const out = join(dir, 'rated.xlsx');
    writeFileSync(out, 'an older rated copy');
    const file = await open(await writeGridFixture(rows));
    rate(file);
    expect(await saveXlsx(file, out)).toEqual({ ok: true });
    expect((await open(out)).grid.sheets[0].values[1]).toEqual(['P1', 0.95, 'Green']);
    expect(readdirSync(dir)).toEqual(['rated.xlsx']);
  });

  test('a save into a folder that does not exist fails cleanly and creates nothing', async () => {
    const dir = makeTempDir();
    const file = await open(await writeGridFixture(rows));
    const result = await saveXlsx(file, join(dir, 'no-such-folder', 'rated.xlsx'));
    expect(result).toMatchObject({ ok: false, problem: { code: 'WRITE_FAILED' } });
    if (!result.ok) expect(result.problem.message).toContain('does not exist');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a save that fails at the last step (the target is a folder) leaves no partial file', async () => {
    const dir = makeTempDir();
    const target = join(dir, 'rated.xlsx');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'mine');
    const file = await open(await writeGridFixture(rows));
    const result = await saveXlsx(file, target);
    expect(result).toMatchObject({ ok: false, problem: { code: 'WRITE_FAILED' } });
    expect(readdirSync(dir)).toEqual(['rated.xlsx']); // the temp file is gone
    expect(readdirSync(target)).toEqual(['keep.txt']);
  });

  test('the same workbook always gives the same bytes', async () => {
    const file = await open(await writeGridFixture(rows));
    rate(file);
    const a = await xlsxToBuffer(file);
    await new Promise((r) => setTimeout(r, 2100)); // zip timestamps have two-second resolution
    const b = await xlsxToBuffer(file);
    if (!a.ok || !b.ok) throw new Error('should serialise');
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
  });
});
