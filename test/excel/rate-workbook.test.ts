import { rateGrid, type WorkbookGrid } from '../../src/engine';
import { clearRatings, rateWorkbook, validateWorkbook } from '../../src/excel';
import { createOfficeJsExcel as createExcel, type OfficeJsExcel } from '../support/office-js';
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

const rate = (excel: OfficeJsExcel) => rateWorkbook(excel.host, { now: NOW });
const activeSheet = (excel: OfficeJsExcel) => excel.fake.activeSheet();
/** Syncs of the batches that wrote, in order (the library's cleanup requests left out). */
const wrote = (excel: OfficeJsExcel) => excel.syncs.filter((s) => !s.cleanup).map((s) => s.wrote);

describe('rateWorkbook on the 2018-19 Q2 sample', () => {
  it('rates in three syncs: the read (adding its very hidden settings sheet, which no undo group can hide), then cells and visible sheets in one undo step', async () => {
    const fake = createExcel(await sampleGrid());
    const result = await rate(fake);
    expect(result).toMatchObject({ ok: true, summarySheet: 'RAG Summary', undo: 'one-step' });
    expect(wrote(fake)).toEqual([false, true, true]);
    expect(fake.runs.map((r) => [r.options?.mergeUndoGroup === true, r.syncs])).toEqual([
      [false, 2],
      [true, 1],
    ]);
    expect(fake.fake.syncs.filter((s) => s.wrote).every((s) => s.screenUpdatingSuspended)).toBe(true);
    expect(activeSheet(fake)).toBe('RAG Summary');
    // Excel adds sheets at the end: the settings sheet, added with the read, comes before the summary.
    expect(sheetList(fake.toGrid())).toEqual(['Scorecard (visible)', 'Scorecard Rater Settings (veryHidden)', 'RAG Summary (visible)', 'Checks (visible)']);
    // Hiding that sheet is the one call Excel cannot undo (on Windows and Mac it clears the undo history); a later rating has none.
    expect(fake.fake.workbook.undoHistoryClearedBy).toEqual(['Worksheet.visibility']);
    await rate(fake);
    expect(fake.fake.workbook.undoHistoryClearedBy).toEqual(['Worksheet.visibility']);
  });

  it('writes the same cells as the file path applying the same plan', async () => {
    const opened = await openXlsx(SAMPLE);
    if (!opened.ok) throw new Error(opened.problem.message);
    const fake = createExcel(opened.file.grid);
    await rate(fake);

    const outcome = rateGrid(opened.file.grid, { now: NOW });
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(applyPlan(opened.file, outcome.plan)).toEqual({ ok: true });
    const viaFile = rereadGrid(opened.file);

    // The same sheets, the visible ones in the same order; Excel has the very hidden settings sheet earlier (added with the read).
    const visible = (list: string[]) => list.filter((s) => s.endsWith('(visible)'));
    expect(visible(sheetList(fake.toGrid()))).toEqual(visible(sheetList(viaFile)));
    expect(sheetList(fake.toGrid()).sort()).toEqual(sheetList(viaFile).sort());
    expect(seenCells(fake.toGrid())).toEqual(seenCells(viaFile));
  });

  it('changes nothing when run a second time', async () => {
    const fake = createExcel(await sampleGrid());
    await rate(fake);
    const once = fake.toGrid();
    fake.resetStats();
    const again = await rate(fake);
    expect(again.ok).toBe(true);
    expect(fake.toGrid()).toEqual(once);
    // The own sheets are there and marked: the second run is the read and one grouped write.
    expect(fake.stats().syncs).toBe(3);
    expect(fake.runs.filter((r) => r.writeSyncs > 0).map((r) => r.options?.mergeUndoGroup)).toEqual([true]);
  });

  it('validates without writing anything, in two syncs', async () => {
    const grid = await sampleGrid();
    const fake = createExcel(grid);
    const before = fake.toGrid();
    const result = await validateWorkbook(fake.host, { now: NOW });
    expect(result.ok && result.report.sheets[0]).toMatchObject({ name: 'Scorecard', recognised: true });
    expect(wrote(fake)).toEqual([false, false]);
    expect(fake.toGrid()).toEqual(before);
  });

  it('clears back to the workbook as it was before rating', async () => {
    const fake = createExcel(await sampleGrid());
    const before = seenCells(fake.toGrid());
    await rate(fake);
    const cleared = await clearRatings(fake.host);
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
    const fake = createExcel(grid);
    const before = fake.toGrid();
    const result = await rate(fake);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatchObject({ code: 'SHEET_PROTECTED', message: expect.stringContaining('Unprotect it') });
    expect(wrote(fake).some(Boolean)).toBe(false);
    expect(fake.toGrid()).toEqual(before);
  });

  it('with a protected sheet in the workbook, adds its settings sheet in a small run of its own once the rating goes ahead', async () => {
    const grid = await sampleGrid();
    grid.sheets.push({ ...sheet('Locked notes', [['not rated']]), protected: true });
    const fake = createExcel(grid);
    expect(await rate(fake)).toMatchObject({ ok: true, undo: 'one-step' });
    expect(fake.runs.map((r) => [r.options?.mergeUndoGroup === true, r.syncs])).toEqual([
      [false, 2],
      [false, 1],
      [true, 1],
    ]);
    expect(sheetList(fake.toGrid())).toEqual(['Scorecard (visible)', 'Locked notes (visible)', 'Scorecard Rater Settings (veryHidden)', 'RAG Summary (visible)', 'Checks (visible)']);
  });

  it('writes text that looks like a formula or a number as text', async () => {
    const _ = null;
    const fake = createExcel(
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
    const fake = createExcel(grid);
    const result = await rate(fake);
    expect(result.ok && result.summarySheet).not.toBe('RAG Summary');
    const mine = fake.toGrid().sheets.find((s) => s.name === 'RAG Summary')!;
    expect(mine.values).toEqual([['My own notes'], ['Keep me']]);
  });

  it('rates the active sheet when it is a scorecard, else the first (the ribbon’s scope)', async () => {
    const card = (name: string) => sheet(name, [['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1 18-19', 'RAG'], ['M1', 'Measure one', 'High is Good', 10, 12, null]]);
    const grid = workbook(sheet('Notes', [['Read me']]), card('North'), card('South'));
    const onSouth = createExcel(grid, { activeSheet: 'South' });
    const south = await rateWorkbook(onSouth.host, { now: NOW, scope: 'active-or-first' });
    expect(south.ok && south.report.sheets.filter((s) => s.quarter).map((s) => s.name)).toEqual(['South']);
    const onNotes = createExcel(grid, { activeSheet: 'Notes' });
    const first = await rateWorkbook(onNotes.host, { now: NOW, scope: 'active-or-first' });
    expect(first.ok && first.report.sheets.filter((s) => s.quarter).map((s) => s.name)).toEqual(['North']);
  });

  it('says there is no scorecard when there is none, and leaves the workbook as it was', async () => {
    const fake = createExcel(workbook(sheet('Notes', [['Just notes']])));
    const before = fake.toGrid();
    const result = await rate(fake);
    expect(!result.ok && result.problem.code).toBe('NO_SCORECARD');
    // The settings sheet the read added for a first rating is taken away again, with its marker.
    expect(fake.toGrid()).toEqual(before);
    expect(fake.fake.workbook.names).toEqual([]);
    // Validate reads only: it never adds the sheet.
    const validated = createExcel(workbook(sheet('Notes', [['Just notes']])));
    await validateWorkbook(validated.host);
    expect(wrote(validated).some(Boolean)).toBe(false);
  });
});

describe('size, measured on the JSON Microsoft\'s client sends', () => {
  it.each([50, 500, 5000])('rates %i measures in 3 syncs the first time and the next, no request over 4 MB', async (measures) => {
    // Desktop Excel: no response limit. The 5 MB response limit of Excel on the web is the next test's.
    const excel = createExcel(syntheticWorkbook(measures), { limits: { responseBytes: Infinity } });
    const first = await rate(excel);
    expect(first.ok && first.report.sheets[0].measures.length).toBe(measures);
    expect(excel.stats().syncs).toBe(3);
    excel.resetStats();
    expect((await rate(excel)).ok).toBe(true);
    const again = excel.stats();
    expect(again.syncs).toBe(3);
    // Ranges are untracked: no reference bookkeeping and no cleanup request after the runs.
    expect(again.referenceActions).toBe(0);
    expect(again.cleanupSyncs).toBe(0);
    expect(again.maxRequestBytes).toBeLessThan(4 * 1024 * 1024);
  });

  it.each([
    [50, 3],
    [500, 3],
    [5000, 3],
  ])('on Excel on the web rates %i measures a second time in %i syncs, no response over 5 MB', async (measures, syncs) => {
    const excel = createExcel(syntheticWorkbook(measures));
    await rate(excel);
    excel.resetStats();
    expect((await rate(excel)).ok).toBe(true);
    // The summary and checks sheets are not read (a run rewrites them whole), so at 5,000 measures the
    // scorecard and its ledger still fit one response under Excel on the web's 5 MB.
    expect(excel.stats().syncs).toBe(syncs);
    expect(Math.max(...excel.syncs.filter((s) => !s.error).map((s) => s.responseBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(excel.stats().maxRequestBytes).toBeLessThan(4 * 1024 * 1024);
  });

  it('never underestimates a request: the split estimate is at least the real serialised size', async () => {
    const excel = createExcel(syntheticWorkbook(5000));
    await rate(excel);
    excel.resetStats();
    // Split at 1 MB: every request stays under it, so the estimate never passes a larger request.
    await rateWorkbook(excel.host, { now: NOW, maxRequestBytes: 1024 * 1024 });
    const writes = excel.syncs.filter((s) => s.wrote);
    expect(writes.length).toBeGreaterThan(2);
    expect(Math.max(...writes.map((s) => s.requestBytes))).toBeLessThan(1024 * 1024);
  });

  it('splits the writes into chunks when they pass the request limit, with the same result', async () => {
    const excel = createExcel(syntheticWorkbook(500));
    const result = await rateWorkbook(excel.host, { now: NOW, maxRequestBytes: 64 * 1024 });
    expect(result.ok).toBe(true);
    const writes = excel.fake.syncs.filter((s) => s.wrote);
    expect(writes.length).toBeGreaterThan(3);
    expect(writes.every((s) => s.screenUpdatingSuspended)).toBe(true);
    // Still one undo step: all chunks are syncs of the one grouped run.
    expect(excel.runs.filter((r) => r.options?.mergeUndoGroup).map((r) => r.undoSteps)).toEqual([1]);
    const whole = createExcel(syntheticWorkbook(500));
    await rate(whole);
    expect(excel.toGrid()).toEqual(whole.toGrid());
  });

  it('reads a sheet too large for one Excel on the web response in bands, and rates it as desktop Excel would', async () => {
    const web = createExcel(syntheticWorkbook(8000));
    const result = await rate(web);
    expect(result.ok).toBe(true);
    expect(web.syncs.some((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true); // the one-go read, refused
    // The writes pass 4 MB at this size: cut by their estimated size, every real request stays under it.
    expect(web.syncs.filter((s) => s.wrote).length).toBeGreaterThan(2);
    expect(web.stats().maxRequestBytes).toBeLessThan(4 * 1024 * 1024);
    expect(Math.max(...web.syncs.filter((s) => !s.error).map((s) => s.responseBytes))).toBeLessThan(5 * 1024 * 1024);
    const desktop = createExcel(syntheticWorkbook(8000), { limits: { responseBytes: Infinity, requestBytes: Infinity } });
    await rate(desktop);
    expect(desktop.runs[0].syncs).toBe(2);
    expect(web.toGrid()).toEqual(desktop.toGrid());
  });

  it('refuses a sheet past the 5,000,000-cell read limit with a clear problem', async () => {
    const grid = syntheticWorkbook(50);
    grid.sheets.push({ name: 'Data dump', visibility: 'visible', protected: false, values: [['x']] });
    // One value far out: the used range runs to CV60000, 6,000,000 cells.
    grid.sheets[1].values[59999] = [];
    grid.sheets[1].values[59999][99] = 1;
    const excel = createExcel(grid);
    const result = await rate(excel);
    expect(!result.ok && result.problem).toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('Data dump') });
    expect(wrote(excel).some(Boolean)).toBe(false);
    expect(excel.toGrid().sheets.map((s) => s.name)).toEqual(['Scorecard', 'Data dump']);
  });
});
