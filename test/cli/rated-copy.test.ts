import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import { openXlsx } from '../../src/file';
import { libreOfficeConvert, libreOfficeCsv } from '../support/libreoffice';
import { packageProblems } from '../support/package-consistency';
import { drawUserChart, USER_ANCHOR } from '../support/user-chart';
import { makeTempDir, removeTempDirs, unzipAll } from '../support/xlsx-fixtures';

const SAMPLE = join(__dirname, '../../examples/scorecard-2018-19-q2.xlsx');
const NOW = new Date('2026-11-22T10:00:00Z');
const quiet = { stdout: () => undefined, stderr: () => undefined };

afterAll(removeTempDirs);

describe('the rated copy, opened by a spreadsheet application', () => {
  it('LibreOffice reads every figure, comment and label as in the original; only RAG and direction changed', async () => {
    const dir = makeTempDir();
    const original = join(dir, 'original.xlsx');
    copyFileSync(SAMPLE, original);
    const rated = join(dir, 'rated.xlsx');
    expect(await runCli(['rate', original, '--out', rated], quiet, NOW)).toBe(1); // written; exit 1 for P4.5's count of 3 (not fit to circulate)

    const [before, after] = libreOfficeCsv([original, rated], dir);
    expect(after.length).toBeGreaterThan(60);
    const RAG = 13;
    const DIRECTION = 14;
    let ragWords = 0;
    before.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (c === RAG || c === DIRECTION) return;
        expect([r, c, after[r][c]]).toEqual([r, c, cell]);
      }),
    );
    for (const row of after) if (['Red', 'Amber', 'Green', 'n/a'].includes(row[RAG])) ragWords++;
    expect(ragWords).toBe(57);
  }, 180_000);

  it('rating the rated copy again gives the same cells', async () => {
    const dir = makeTempDir();
    const once = join(dir, 'once.xlsx');
    const twice = join(dir, 'twice.xlsx');
    await runCli(['rate', SAMPLE, '--out', once], quiet, NOW);
    await runCli(['rate', once, '--out', twice], quiet, NOW);
    const [a, b] = await Promise.all([openXlsx(once), openXlsx(twice)]);
    if (!a.ok || !b.ok) throw new Error('could not reopen');
    expect(b.file.grid).toEqual(a.file.grid);
  });

  it('saved again by LibreOffice (which has no "very hidden"), is still known as rated: a second rating replaces its own sheets and Clear removes them', async () => {
    const dir = makeTempDir();
    const original = join(dir, 'original.xlsx');
    copyFileSync(SAMPLE, original);
    const rated = join(dir, 'rated.xlsx');
    await runCli(['rate', original, '--out', rated], quiet, NOW);
    const lo = join(dir, 'lo');
    libreOfficeConvert([rated], 'xlsx:Calc MS Excel 2007 XML', lo);
    const resaved = join(lo, 'rated.xlsx');
    const sheetsOf = async (file: string) => {
      const opened = await openXlsx(file);
      if (!opened.ok) throw new Error(opened.problem.message);
      return opened.file.grid.sheets.map((s) => s.name);
    };
    expect(await sheetsOf(resaved)).toEqual(['Scorecard', 'RAG Summary', 'Checks', 'Scorecard Rater Settings']);

    const again = join(dir, 'again.xlsx');
    await runCli(['rate', resaved, '--out', again], quiet, NOW);
    expect(await sheetsOf(again)).toEqual(['Scorecard', 'RAG Summary', 'Checks', 'Scorecard Rater Settings']);
    const reopened = await openXlsx(again);
    expect(reopened.ok && reopened.file.grid.sheets[3].visibility).toBe('veryHidden');
    const cleared = join(dir, 'cleared.xlsx');
    await runCli(['clear', again, '--out', cleared], quiet, NOW);
    expect(await sheetsOf(cleared)).toEqual(['Scorecard']);
  });

  it("an analyst's chart drawn on the summary after a rating is still there after the next one, beside the add-in's new chart", async () => {
    const dir = makeTempDir();
    const once = join(dir, 'once.xlsx');
    await runCli(['rate', SAMPLE, '--out', once], quiet, NOW);
    const drawn = drawUserChart(readFileSync(once), 'RAG Summary');
    const withChart = join(dir, 'with-chart.xlsx');
    writeFileSync(withChart, drawn.bytes);
    const twice = join(dir, 'twice.xlsx');
    await runCli(['rate', withChart, '--out', twice], quiet, NOW);
    const before = unzipAll(drawn.bytes);
    const after = unzipAll(readFileSync(twice));
    expect(after.get(drawn.chartPart)).toEqual(before.get(drawn.chartPart));
    const drawing = after.get(drawn.drawingPart)!.toString();
    expect(drawing).toContain(USER_ANCHOR);
    expect([...drawing.matchAll(/<xdr:cNvPr\b[^>]*name="([^"]*)"/g)].map((m) => m[1])).toEqual(['My chart', 'ScorecardRater_chart']);
    expect(packageProblems(after)).toEqual([]);
  });
});

