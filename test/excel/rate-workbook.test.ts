import { rateGrid, type WorkbookGrid } from '../../src/engine';
import { clearRatings, rateWorkbook, validateWorkbook } from '../../src/excel';
import { createFakeExcel, type FakeExcel } from '../../src/fake-excel';
import { syntheticWorkbook } from '../../examples/synthetic-scorecard';
import { applyPlan, openXlsx, rereadGrid } from '../../src/file';
import { sheet, workbook } from '../support/grid';
import { seenCells, sheetList } from './workbook-cells';

const SAMPLE = 'examples/scorecard-2018-19-q2.xlsx';
const NOW = new Date('2018-11-05T09:30:00Z');

async function sampleGrid(): Promise<WorkbookGrid> {
  const opened = await openXlsx(SAMPLE);
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.file.grid;
}

const rate = (fake: FakeExcel) => fake.run((context) => rateWorkbook(context, { now: NOW }));

describe('rateWorkbook on the 2018-19 Q2 sample', () => {
  it('writes in one sync after two reads, and activates the summary', async () => {
    const fake = createFakeExcel(await sampleGrid());
    const result = await rate(fake);
    expect(result).toMatchObject({ ok: true, summarySheet: 'RAG Summary' });
    expect(fake.syncs.map((s) => s.wrote)).toEqual([false, false, true]);
    expect(fake.syncs[2].screenUpdatingSuspended).toBe(true);
    expect(fake.activeSheet()).toBe('RAG Summary');
    expect(sheetList(fake.toGrid())).toEqual(['Scorecard (visible)', 'RAG Summary (visible)', 'Checks (visible)', 'Scorecard Rater Settings (veryHidden)']);
  });

  it('writes the same cells as the file path applying the same plan', async () => {
    const opened = await openXlsx(SAMPLE);
    if (!opened.ok) throw new Error(opened.problem.message);
    const fake = createFakeExcel(opened.file.grid);
    await rate(fake);

    const outcome = rateGrid(opened.file.grid, { now: NOW });
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(applyPlan(opened.file, outcome.plan)).toEqual({ ok: true });
    const viaFile = rereadGrid(opened.file);

    expect(sheetList(fake.toGrid())).toEqual(sheetList(viaFile));
    expect(seenCells(fake.toGrid())).toEqual(seenCells(viaFile));
  });

  it('changes nothing when run a second time', async () => {
    const fake = createFakeExcel(await sampleGrid());
    await rate(fake);
    const once = fake.toGrid();
    fake.resetStats();
    const again = await rate(fake);
    expect(again.ok).toBe(true);
    expect(fake.toGrid()).toEqual(once);
    expect(fake.syncs.length).toBeLessThanOrEqual(3);
  });

  it('validates without writing anything, in two syncs', async () => {
    const grid = await sampleGrid();
    const fake = createFakeExcel(grid);
    const before = fake.toGrid();
    const result = await fake.run((context) => validateWorkbook(context, { now: NOW }));
    expect(result.ok && result.report.sheets[0]).toMatchObject({ name: 'Scorecard', recognised: true });
    expect(fake.syncs.map((s) => s.wrote)).toEqual([false, false]);
    expect(fake.toGrid()).toEqual(before);
  });

  it('clears back to the workbook as it was before rating', async () => {
    const fake = createFakeExcel(await sampleGrid());
    const before = seenCells(fake.toGrid());
    await rate(fake);
    const cleared = await fake.run((context) => clearRatings(context));
    expect(cleared).toMatchObject({ ok: true });
    const after = fake.toGrid();
    // Only the very hidden settings sheet (the team's rules and the ledger) may remain.
    const visibleAfter = Object.fromEntries(Object.entries(seenCells(after)).filter(([k]) => !k.startsWith('Scorecard Rater Settings!')));
    expect(visibleAfter).toEqual(before);
  });
});

describe('rateWorkbook guarantees', () => {
  it('refuses a protected scorecard with a clear message and writes nothing', async () => {
    const grid = await sampleGrid();
    grid.sheets[0].protected = true;
    const fake = createFakeExcel(grid);
    const before = fake.toGrid();
    const result = await rate(fake);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatchObject({ code: 'SHEET_PROTECTED', message: expect.stringContaining('Unprotect it') });
    expect(fake.syncs.some((s) => s.wrote)).toBe(false);
    expect(fake.toGrid()).toEqual(before);
  });

  it('writes text that looks like a formula or a number as text', async () => {
    const _ = null;
    const fake = createFakeExcel(
      workbook(
        sheet('Scorecard', [
          ['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1 18-19', 'Qu 2 18-19', 'RAG', 'DoT', 'Comments'],
          ['=SUM(A1:A3)', '=HYPERLINK("http://x","click")', 'High is Good', 100, 90, 50, _, _, '+cmd'],
          ['-2+3', '@risky measure', 'High is Good', 100, 90, 40, _, _, '-2+3'],
          ['P1', '97', 'Low is Good', 10, 12, 30, _, _, '@x'],
        ]),
      ),
    );
    const result = await rate(fake);
    expect(result.ok).toBe(true);
    const grid = fake.toGrid();
    const formulas = grid.sheets.flatMap((s) => (s.formulas ?? []).flatMap((row, r) => row.map((f, c) => (f ? `${s.name}!${r},${c}` : null)).filter(Boolean)));
    expect(formulas).toEqual([]);
    const summary = grid.sheets.find((s) => s.name === 'RAG Summary')!;
    const texts = summary.values.flat();
    expect(texts).toEqual(expect.arrayContaining(['=HYPERLINK("http://x","click")', '@risky measure', '97']));
  });

  it('never overwrites a user’s own sheet named like the summary', async () => {
    const grid = await sampleGrid();
    grid.sheets.push(sheet('RAG Summary', [['My own notes'], ['Keep me']]));
    const fake = createFakeExcel(grid);
    const result = await rate(fake);
    expect(result.ok && result.summarySheet).not.toBe('RAG Summary');
    const mine = fake.toGrid().sheets.find((s) => s.name === 'RAG Summary')!;
    expect(mine.values).toEqual([['My own notes'], ['Keep me']]);
  });

  it('rates the active sheet when it is a scorecard, else the first (the ribbon’s scope)', async () => {
    const card = (name: string) => sheet(name, [['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1 18-19', 'RAG'], ['M1', 'Measure one', 'High is Good', 10, 12, null]]);
    const grid = workbook(sheet('Notes', [['Read me']]), card('North'), card('South'));
    const onSouth = createFakeExcel(grid, { activeSheet: 'South' });
    const south = await onSouth.run((c) => rateWorkbook(c, { now: NOW, scope: 'active-or-first' }));
    expect(south.ok && south.report.sheets.filter((s) => s.quarter).map((s) => s.name)).toEqual(['South']);
    const onNotes = createFakeExcel(grid, { activeSheet: 'Notes' });
    const first = await onNotes.run((c) => rateWorkbook(c, { now: NOW, scope: 'active-or-first' }));
    expect(first.ok && first.report.sheets.filter((s) => s.quarter).map((s) => s.name)).toEqual(['North']);
  });

  it('says there is no scorecard when there is none, writing nothing', async () => {
    const fake = createFakeExcel(workbook(sheet('Notes', [['Just notes']])));
    const result = await rate(fake);
    expect(!result.ok && result.problem.code).toBe('NO_SCORECARD');
    expect(fake.syncs.some((s) => s.wrote)).toBe(false);
  });
});

describe('size', () => {
  it.each([50, 500, 5000])('rates %i measures in at most 3 syncs, each request under 4 MB and each response under 5 MB', async (measures) => {
    const fake = createFakeExcel(syntheticWorkbook(measures));
    const result = await rate(fake);
    expect(result.ok && result.report.sheets[0].measures.length).toBe(measures);
    expect(fake.syncs.length).toBeLessThanOrEqual(3);
    expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeLessThan(4 * 1024 * 1024);
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeLessThan(5 * 1024 * 1024);
  });

  it('splits the writes into chunks when they pass the request limit', async () => {
    const fake = createFakeExcel(syntheticWorkbook(500));
    const result = await fake.run((context) => rateWorkbook(context, { now: NOW, maxRequestBytes: 64 * 1024 }));
    expect(result.ok).toBe(true);
    const writes = fake.syncs.filter((s) => s.wrote);
    expect(writes.length).toBeGreaterThan(3);
    expect(writes.every((s) => s.screenUpdatingSuspended)).toBe(true);
    const whole = createFakeExcel(syntheticWorkbook(500));
    await rate(whole);
    expect(fake.toGrid()).toEqual(whole.toGrid());
  });

  it('reads a sheet too large for one Excel on the web response in bands, and rates it as desktop Excel would', async () => {
    const web = createFakeExcel(syntheticWorkbook(8000));
    const result = await rate(web);
    expect(result.ok).toBe(true);
    expect(Math.max(...web.syncs.map((s) => s.responseBytes))).toBeGreaterThan(5 * 1024 * 1024); // the one-go read, refused
    const desktop = createFakeExcel(syntheticWorkbook(8000), { limits: { responseBytes: Infinity, requestBytes: Infinity } });
    await rate(desktop);
    expect(desktop.syncs.filter((s) => !s.wrote).length).toBe(2);
    expect(web.toGrid()).toEqual(desktop.toGrid());
  });

  it('refuses a sheet past the 5,000,000-cell read limit with a clear problem', async () => {
    const grid = syntheticWorkbook(50);
    grid.sheets.push({ name: 'Data dump', visibility: 'visible', protected: false, values: [['x']] });
    // One value far out: the used range runs to CV60000, 6,000,000 cells.
    grid.sheets[1].values[59999] = [];
    grid.sheets[1].values[59999][99] = 1;
    const fake = createFakeExcel(grid);
    const result = await rate(fake);
    expect(!result.ok && result.problem).toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('Data dump') });
    expect(fake.syncs.some((s) => s.wrote)).toBe(false);
  });
});
