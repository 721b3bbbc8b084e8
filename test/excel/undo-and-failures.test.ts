import type { WorkbookGrid } from '../../src/engine';
import { clearRatings, rateWorkbook, readWorkbook, runBatch } from '../../src/excel';
import { readInRun } from '../../src/excel/read-in-run';
import { writePlan } from '../../src/excel/write-plan';
import { openXlsx } from '../../src/file';
import { createOfficeJsExcel, type OfficeJsExcel } from '../support/office-js';
import { sheet, workbook } from '../support/grid';
import { seenCells } from './workbook-cells';

const NOW = new Date('2018-11-05T09:30:00Z');
/** The calls the add-in makes that Microsoft's page "Excel add-ins undo capabilities" lists as not undoable (visibility: on Windows and Mac). */
const NOT_UNDOABLE = /^Worksheet\.(Visibility|Delete)$/;

async function sampleGrid(): Promise<WorkbookGrid> {
  const opened = await openXlsx('examples/scorecard-2018-19-q2.xlsx');
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.file.grid;
}

const groupedCalls = (excel: OfficeJsExcel) => excel.syncs.filter((s) => s.undoGroup).flatMap((s) => s.apis);
const cellRuns = (excel: OfficeJsExcel) => excel.runs.filter((r) => r.options?.mergeUndoGroup);

describe('Rate, Rate again and Clear on the sample with ExcelApi 1.20 and Excel\'s host rules on', () => {
  it('all succeed; nothing Excel cannot undo runs in the undo group, which holds every cell write', async () => {
    const excel = createOfficeJsExcel(await sampleGrid());
    const before = seenCells(excel.toGrid());

    const first = await rateWorkbook(excel.host, { now: NOW });
    expect(first).toMatchObject({ ok: true, undo: 'one-step' });
    const again = await rateWorkbook(excel.host, { now: NOW });
    expect(again).toMatchObject({ ok: true, undo: 'one-step' });
    const cleared = await clearRatings(excel.host);
    expect(cleared).toMatchObject({ ok: true, undo: 'one-step' });

    expect(groupedCalls(excel).filter((api) => NOT_UNDOABLE.test(api))).toEqual([]);
    expect(groupedCalls(excel)).toEqual(expect.arrayContaining(['Range.Values', 'Range.SetCellProperties']));
    // Every write of cells happened inside a grouped run: one Ctrl+Z per action.
    const cellWrites = excel.syncs.filter((s) => s.apis.some((a) => a === 'Range.Values' || a === 'Range.SetCellProperties' || a === 'Range.Clear'));
    expect(cellWrites.every((s) => s.undoGroup)).toBe(true);
    expect(cellRuns(excel).map((r) => r.undoSteps)).toEqual([1, 1, 1]);

    const visibleAfter = Object.fromEntries(Object.entries(seenCells(excel.toGrid())).filter(([k]) => !k.startsWith('Scorecard Rater Settings!')));
    expect(visibleAfter).toEqual(before);
  });

  it('marks its own sheets with hidden names, reads them back, and drops them when Clear deletes the sheets', async () => {
    const excel = createOfficeJsExcel(await sampleGrid());
    await rateWorkbook(excel.host, { now: NOW });
    expect(excel.fake.workbook.names).toEqual([
      { name: 'ScorecardRater_settings', formula: "='Scorecard Rater Settings'!$A$1", visible: false },
      { name: 'ScorecardRater_summary', formula: "='RAG Summary'!$A$1", visible: false },
      { name: 'ScorecardRater_checks', formula: "='Checks'!$A$1", visible: false },
    ]);
    const read = await runBatch(excel.host, (c) => readWorkbook(c));
    expect(read.ok && read.grid.ownSheets).toEqual({ summary: 'RAG Summary', checks: 'Checks', settings: 'Scorecard Rater Settings' });
    excel.resetStats();
    await rateWorkbook(excel.host, { now: NOW });
    // Marked already: the second run adds no sheet and no name.
    expect(excel.syncs.flatMap((s) => s.apis).filter((api) => /^(Worksheet\.(Visibility|Delete)|WorksheetCollection\.Add|NamedItemCollection\.Add)$/.test(api))).toEqual([]);
    // With no rules stored, Clear removes the summary and the very hidden settings sheet (made hidden first).
    expect(await clearRatings(excel.host)).toMatchObject({ ok: true });
    expect(excel.toGrid().sheets.map((s) => s.name)).toEqual(['Scorecard']);
    expect(excel.fake.workbook.names).toEqual([]);
  });

  it('re-points a marker left at #REF! (its sheet deleted by hand) instead of adding it again', async () => {
    const excel = createOfficeJsExcel(await sampleGrid());
    excel.fake.workbook.names.push({ name: 'ScorecardRater_summary', formula: '=#REF!', visible: false });
    const read = await runBatch(excel.host, (c) => readWorkbook(c));
    expect(read.ok && [read.grid.ownSheets, read.markerNames]).toEqual([undefined, ['ScorecardRater_summary']]);
    expect(await rateWorkbook(excel.host, { now: NOW })).toMatchObject({ ok: true });
    expect(excel.fake.workbook.names.find((n) => n.name === 'ScorecardRater_summary')).toEqual({ name: 'ScorecardRater_summary', formula: "='RAG Summary'!$A$1", visible: false });
  });

  it('reads merged areas where ExcelApi 1.13 is there, in the same syncs', async () => {
    const grid = workbook(sheet('Scorecard', [['Title', null, null], ['Ref', 'Measure', 'Qu 1 18-19']], { merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] }));
    const modern = createOfficeJsExcel(grid);
    const read = await runBatch(modern.host, (c) => readWorkbook(c, { merges: true }));
    expect(read.ok && read.grid.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(modern.stats().syncs).toBe(2);
    // getMergedAreasOrNullObject needs ExcelApi 1.13: before it the adapter does not ask, and the engine gets no merges.
    const older = await readInRun(createOfficeJsExcel(grid, { excelApi: '1.12' }).host);
    expect(older.ok && older.grid.sheets[0].merges).toBeUndefined();
    const newer = await readInRun(createOfficeJsExcel(grid, { excelApi: '1.13' }).host);
    expect(newer.ok && newer.grid.sheets[0].merges).toHaveLength(1);
  });
});

describe('when Excel will not group or stops part-way', () => {
  const card = () => workbook(sheet('Scorecard', [['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1 18-19', 'Qu 2 18-19', 'RAG', 'DoT'], ['P1', 'One', 'High is Good', 100, 90, 40, null, null]]));

  it('writes the cells again without the group when Excel answers UndoNotSupported, and says so', async () => {
    const excel = createOfficeJsExcel(card(), { notUndoable: ['Range.setCellProperties'] });
    const result = await rateWorkbook(excel.host, { now: NOW });
    expect(result).toMatchObject({ ok: true, undo: 'step-by-step' });
    expect(excel.syncs.filter((s) => s.error).map((s) => s.error)).toEqual(['UndoNotSupported']);
    expect(excel.toGrid().sheets[0].values[1][6]).toBe('Red');
    // The refused try had already added the summary and checks sheets and their names (no rollback): the retry uses them.
    expect(excel.toGrid().sheets.map((s) => s.name)).toEqual(['Scorecard', 'Scorecard Rater Settings', 'RAG Summary', 'Checks']);
    expect(excel.fake.workbook.names.map((n) => n.name)).toEqual(['ScorecardRater_settings', 'ScorecardRater_summary', 'ScorecardRater_checks']);
  });

  it('deletes a very hidden sheet by making it hidden first, outside the group', async () => {
    const grid = workbook(sheet('Scorecard', [['x']]), { ...sheet('Old', [['y']]), visibility: 'veryHidden' });
    const excel = createOfficeJsExcel(grid);
    const read = await runBatch(excel.host, (c) => readWorkbook(c));
    if (!read.ok) throw new Error('read failed');
    const outcome = await writePlan(excel.host, read, { writes: [], sheets: [], deleteSheets: ['Old'] });
    expect(outcome).toEqual({ ok: true, undo: 'step-by-step' });
    expect(excel.toGrid().sheets.map((s) => s.name)).toEqual(['Scorecard']);
    expect(excel.syncs.filter((s) => s.apis.includes('Worksheet.Delete')).every((s) => !s.undoGroup)).toBe(true);
  });

  it('says no cell of the user\'s sheets changed when Excel fails while hiding the add-in\'s sheets', async () => {
    const excel = createOfficeJsExcel(card());
    await rateWorkbook(excel.host, { now: NOW });
    // Saved by LibreOffice, which has no "very hidden": the next rating hides the settings sheet again, in a run of its own.
    excel.fake.workbook.find('Scorecard Rater Settings')!.visibility = 'hidden';
    const before = excel.toGrid().sheets[0];
    const run = excel.host.run;
    let calls = 0;
    excel.host.run = ((...args: unknown[]) => {
      // Meanwhile a co-author deletes the settings sheet, so Excel cannot hide it.
      if (++calls === 2) excel.fake.workbook.remove(excel.fake.workbook.find('Scorecard Rater Settings')!);
      return (run as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as typeof Excel.run;
    const result = await rateWorkbook(excel.host, { now: NOW });
    expect(!result.ok && result.problem.code).toBe('EXCEL_PARTIAL');
    expect(!result.ok && result.problem.message).toMatch(/while adding, hiding or removing the add-in's own sheets\. No cell of your sheets was changed/);
    expect(excel.toGrid().sheets[0]).toEqual(before);
  });

  it('on a first rating Excel refuses part-way (a co-author added a sheet named like the summary): says cells may be written, keeps the settings sheet that records them', async () => {
    const excel = createOfficeJsExcel(card());
    const run = excel.host.run;
    let calls = 0;
    excel.host.run = ((...args: unknown[]) => {
      if (++calls === 2) excel.fake.workbook.newSheet('RAG Summary');
      return (run as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as typeof Excel.run;
    const result = await rateWorkbook(excel.host, { now: NOW });
    expect(!result.ok && result.problem.code).toBe('EXCEL_PARTIAL');
    expect(!result.ok && result.problem.message).toMatch(/may already be written/);
    expect(excel.toGrid().ownSheets?.settings).toBe('Scorecard Rater Settings');
    // Rate again: the co-author's sheet is theirs, the add-in's summary gets another name.
    excel.host.run = run;
    const again = await rateWorkbook(excel.host, { now: NOW });
    expect(again).toMatchObject({ ok: true, summarySheet: 'RAG Summary (2)' });
    expect(excel.toGrid().sheets[0].values[1][6]).toBe('Red');
  });

  it('tells the truth when a write stops part-way: what may be written, and how to undo it', async () => {
    const excel = createOfficeJsExcel(card());
    await rateWorkbook(excel.host, { now: NOW });
    const summaryBefore = excel.toGrid().sheets.find((s) => s.name === 'RAG Summary')!.values.length;
    // The settings sheet is protected between the read and the write: Excel refuses it mid-batch.
    const run = excel.host.run;
    let calls = 0;
    excel.host.run = ((...args: unknown[]) => {
      if (++calls === 2) excel.fake.workbook.find('Scorecard Rater Settings')!.protected = true;
      return (run as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as typeof Excel.run;
    const result = await rateWorkbook(excel.host, { now: NOW });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.code).toBe('EXCEL_PARTIAL');
    expect(!result.ok && result.problem.message).toMatch(/Some of this run's cells may already be written: press Ctrl\+Z once or click Clear ratings/);
    expect(!result.ok && result.problem.message).not.toMatch(/Nothing was written/);
    // No rollback: the summary was cleared before Excel reached the protected sheet.
    expect(excel.toGrid().sheets.find((s) => s.name === 'RAG Summary')!.values.length).toBeLessThan(summaryBefore);
  });
});
