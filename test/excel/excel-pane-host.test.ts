import { createExcelPaneHost, type OfficeHost } from '../../src/excel';
import { createOfficeJsExcel } from '../support/office-js';
import { sheet, workbook } from '../support/grid';

const grid = () =>
  workbook(
    sheet('Scorecard', [
      ['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1 18-19', 'Qu 2 18-19', 'RAG', 'DoT', 'Comments'],
      ['P1', 'Measure one', 'High is Good', 100, 90, 40, null, null, null],
    ]),
  );

function host(excelApi: string) {
  const excel = createOfficeJsExcel(grid(), { excelApi });
  return { fake: excel, paneHost: createExcelPaneHost(excel.host) };
}

/** The run that wrote the cells (the last one that wrote). */
const cellRun = (excel: ReturnType<typeof createOfficeJsExcel>) => excel.runs.filter((r) => r.writeSyncs > 0).slice(-1)[0];

describe('createExcelPaneHost', () => {
  it('rates in one undo step where ExcelApi 1.20 allows merging undo groups', async () => {
    const { fake, paneHost } = host('1.20');
    const result = await paneHost.rate();
    expect(result).toMatchObject({ ok: true, summarySheet: 'RAG Summary' });
    expect(cellRun(fake)).toMatchObject({ options: { mergeUndoGroup: true, delayForCellEdit: true }, undoSteps: 1 });
    // The read, which on a first rating also adds the very hidden settings sheet, is never grouped: Excel cannot undo hiding a sheet.
    expect(fake.runs.slice(0, -1).map((r) => r.options)).toEqual([{ delayForCellEdit: true }]);
  });

  it('waits for a cell edit to finish where ExcelApi 1.11 allows, without merging undo before 1.20', async () => {
    const { fake, paneHost } = host('1.11');
    await paneHost.rate();
    expect(fake.runs.map((r) => r.options)).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true }]);
  });

  it('falls back to a plain Excel.run on older Excel', async () => {
    const { fake, paneHost } = host('1.9');
    await paneHost.rate();
    expect(fake.runs.map((r) => r.options)).toEqual([undefined, undefined]);
  });

  it('validates, clears and selects through the same adapter', async () => {
    const { fake, paneHost } = host('1.20');
    const validated = await paneHost.validate();
    expect(validated.ok && validated.report.sheets[0].recognised).toBe(true);
    await paneHost.rate();
    const cleared = await paneHost.clear();
    expect(cleared.ok && cleared.cellsRestored).toBeGreaterThan(0);
    expect(await paneHost.selectCell('Scorecard', 'F2')).toEqual({ ok: true });
    expect(fake.fake.selection('Scorecard')).toBe('F2');
  });

  it('says so when a finding points at a sheet that is gone', async () => {
    const { paneHost } = host('1.20');
    const result = await paneHost.selectCell('Renamed since', 'A1');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.message.length).toBeGreaterThan(10);
  });

  it('turns a failing Excel.run into a problem the pane can show', async () => {
    const office: OfficeHost = { run: (() => Promise.reject(new Error('Excel is busy'))) as unknown as typeof Excel.run, isSetSupported: () => false };
    const result = await createExcelPaneHost(office).validate();
    expect(!result.ok && result.problem).toMatchObject({ code: 'EXCEL_ERROR', message: expect.stringContaining('Excel is busy') });
  });
});
