import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { WorkbookGrid } from '../../src/engine';
import { createExcelPaneHost, readDocumentFile } from '../../src/excel';
import { openXlsx, openXlsxBuffer } from '../../src/file';
import { sessionFile } from '../../src/harness/workbook-session';
import { createFakeOffice } from '../support/fake-excel';
import { createOfficeJsExcel } from '../support/office-js';

const SAMPLE = path.join(__dirname, '../../examples/scorecard-2018-19-q2.xlsx');
const SMALL = { sheet: 'Scorecard', cell: 'K60', code: 'SMALL_COUNT' as const };

let sample: WorkbookGrid;
beforeAll(async () => {
  const opened = await openXlsx(SAMPLE);
  if (!opened.ok) throw new Error(opened.problem.message);
  sample = opened.file.grid;
});

/** The sample in Microsoft's client in front of the fake, with Office's document being the fake workbook saved through the file adapter. */
function excel(excelApi = '1.20') {
  const ox = createOfficeJsExcel(sample, { excelApi });
  const session = { name: 'scorecard.xlsx', bytes: new Uint8Array(readFileSync(SAMPLE)), original: sample, fake: ox.fake };
  const office = createFakeOffice({ document: () => sessionFile(session) });
  const host = createExcelPaneHost(ox.host, () => ({ document: office.office.context.document, createWorkbook: (b) => office.createWorkbook(b) }));
  return { ox, office, host };
}

const cellOf = (grid: WorkbookGrid, sheet: string, row: number, col: number) => grid.sheets.find((s) => s.name === sheet)?.values[row]?.[col];

describe('accepting a flag in Excel', () => {
  it('accepts the sample\'s count of 3 with a note: fit to circulate, stored in the very hidden settings sheet in one undo step', async () => {
    const { ox, host } = excel();
    expect(await host.rate()).toMatchObject({ ok: true });
    const before = await host.validate();
    expect(before.ok && before.report.fit).toBe(false);
    ox.resetStats();
    const runsBefore = ox.runs.length;
    const accepted = await host.accept(SMALL, 'Published figure, agreed with the DPO');
    expect(accepted.ok ? 'ok' : accepted.problem.message).toBe('ok');
    if (!accepted.ok) return;
    expect(accepted.report.fit).toBe(true);
    const flag = accepted.report.flags.find((f) => f.code === 'SMALL_COUNT')!;
    expect(flag.accepted).toMatchObject({ note: 'Published figure, agreed with the DPO', value: 3 });
    // After a rating the settings sheet exists, so only its cells are rewritten: a read, then one run Ctrl+Z undoes in one step.
    const runs = ox.runs.slice(runsBefore);
    expect(runs.map((r) => r.options?.mergeUndoGroup ?? false)).toEqual([false, true]);
    expect(runs[1].undoSteps).toBe(1);
    const settings = ox.fake.workbook.ownSheets().settings!;
    expect(ox.fake.workbook.find(settings)?.visibility).toBe('veryHidden');
    // Read again from Excel, the acceptance holds.
    const again = await host.validate();
    expect(again.ok && again.report.fit).toBe(true);
    expect(again.ok && again.report.flags.find((f) => f.code === 'SMALL_COUNT')?.accepted?.note).toBe('Published figure, agreed with the DPO');
  });

  it('accepts before any rating: the settings sheet is added outside the undo group (Excel cannot undo adding a sheet), then its cells', async () => {
    const { ox, host } = excel();
    const accepted = await host.accept(SMALL, 'Agreed');
    expect(accepted.ok && accepted.report.fit).toBe(true);
    expect(ox.runs.map((r) => r.options?.mergeUndoGroup ?? false)).toEqual([false, false, true]);
    expect(ox.fake.workbook.find(ox.fake.workbook.ownSheets().settings!)?.visibility).toBe('veryHidden');
  });

  it('takes an acceptance back: the count blocks circulation again', async () => {
    const { host } = excel();
    await host.rate();
    expect(await host.accept(SMALL, 'Agreed')).toMatchObject({ ok: true });
    const revoked = await host.revokeAcceptance(SMALL);
    expect(revoked.ok && revoked.report.fit).toBe(false);
    const again = await host.validate();
    expect(again.ok && again.report.flags.find((f) => f.code === 'SMALL_COUNT')?.accepted).toBeUndefined();
    expect(await host.revokeAcceptance(SMALL)).toMatchObject({ ok: false, problem: { code: 'NO_ACCEPTANCE' } });
  });

  it('lapses when the figure changes: the count blocks again, and the pane may accept it anew', async () => {
    const { ox, host } = excel();
    await host.rate();
    expect(await host.accept(SMALL, 'Agreed')).toMatchObject({ ok: true });
    await ox.host.run(async (context) => {
      context.workbook.worksheets.getItem('Scorecard').getRange('K60').values = [[2]];
      await context.sync();
    });
    const after = await host.validate();
    if (!after.ok) throw new Error(after.problem.message);
    const flag = after.report.flags.find((f) => f.code === 'SMALL_COUNT' && f.cell === 'K60')!;
    expect(after.report.fit).toBe(false);
    expect(flag.accepted).toBeUndefined();
    expect(flag.lapsed).toMatchObject({ note: 'Agreed', value: 3 });
    expect(flag.message).toContain('lapsed');
    const again = await host.accept(SMALL, 'Agreed for 2 as well');
    expect(again.ok && again.report.fit).toBe(true);
  });

  it('refuses an empty note and a flag that is not there, writing nothing', async () => {
    const { ox, host } = excel();
    await host.rate();
    const writes = ox.runs.filter((r) => r.writeSyncs > 0).length;
    expect(await host.accept(SMALL, '   ')).toMatchObject({ ok: false, problem: { code: 'BAD_NOTE' } });
    expect(await host.accept({ sheet: 'Scorecard', cell: 'B2', code: 'SMALL_COUNT' }, 'note')).toMatchObject({ ok: false, problem: { code: 'FLAG_NOT_FOUND' } });
    expect(ox.runs.filter((r) => r.writeSyncs > 0).length).toBe(writes);
  });
});

describe('Prepare for circulation in Excel', () => {
  it('refuses while the count of 3 is neither suppressed nor accepted, and opens nothing', async () => {
    const { host, office } = excel();
    await host.rate();
    const result = await host.prepareCirculation({ suppressSmall: true });
    expect(result).toMatchObject({ ok: false, problem: { code: 'NOT_FIT' } });
    expect(!result.ok && result.problem.message).toContain('P4.5');
    expect(office.createdWorkbooks).toHaveLength(0);
    expect(office.openFiles()).toBe(0);
  });

  it('opens the committee copy as a new workbook: no settings or checks sheet, c for the 3, ratings kept; the working workbook unchanged', async () => {
    const { ox, host, office } = excel();
    await host.rate();
    expect(await host.accept(SMALL, 'Agreed with the DPO')).toMatchObject({ ok: true });
    const working = JSON.stringify(ox.toGrid());
    const writesBefore = ox.runs.filter((r) => r.writeSyncs > 0).length;
    const result = await host.prepareCirculation({ suppressSmall: true });
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.opened).toContain('Scorecard');
    expect(office.createdWorkbooks).toHaveLength(1);
    expect(office.openFiles()).toBe(0);
    // Not one write to the working workbook.
    expect(ox.runs.filter((r) => r.writeSyncs > 0).length).toBe(writesBefore);
    expect(JSON.stringify(ox.toGrid())).toBe(working);

    const copy = await openXlsxBuffer(Buffer.from(office.createdWorkbooks[0], 'base64'), 'copy.xlsx');
    if (!copy.ok) throw new Error(copy.problem.message);
    const grid = copy.file.grid;
    expect(grid.ownSheets?.settings).toBeUndefined();
    expect(grid.ownSheets?.checks).toBeUndefined();
    expect(grid.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Scorecard', 'RAG Summary']));
    expect(grid.sheets.map((s) => s.name)).toHaveLength(ox.toGrid().sheets.length - 2);
    expect(cellOf(grid, 'Scorecard', 59, 10)).toBe('c');
    // The ratings stay: the RAG column of the working workbook and of the copy agree.
    const rag = (g: WorkbookGrid) => g.sheets.find((s) => s.name === 'Scorecard')!.values.map((r) => r?.[13] ?? null);
    expect(rag(grid)).toEqual(rag(ox.toGrid()));
    expect(rag(grid).filter((v) => v === 'Red').length).toBeGreaterThan(0);
  });

  it('says plainly that Excel before ExcelApi 1.8 cannot open a new workbook', async () => {
    const { host, office } = excel('1.7');
    const result = await host.prepareCirculation({ suppressSmall: false });
    expect(result).toMatchObject({ ok: false, problem: { code: 'NOT_SUPPORTED' } });
    expect(office.createdWorkbooks).toHaveLength(0);
  });

  it('reads a document of many slices in order and closes it', async () => {
    const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) % 256);
    const office = createFakeOffice({ document: async () => bytes });
    const read = await readDocumentFile(office.office.context.document, 1024);
    expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
    expect(office.openFiles()).toBe(0);
  });

  it('gives a clear problem when Office cannot give the file', async () => {
    const ox = createOfficeJsExcel(sample);
    const office = createFakeOffice();
    const host = createExcelPaneHost(ox.host, () => ({ document: office.office.context.document, createWorkbook: (b) => office.createWorkbook(b) }));
    const result = await host.prepareCirculation({ suppressSmall: false });
    expect(result).toMatchObject({ ok: false, problem: { code: 'COPY_FAILED' } });
    expect(!result.ok && result.problem.message).toContain('was not changed');
  });
});
