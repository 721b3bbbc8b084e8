import { selectCell } from '../../src/excel';
import { createOfficeJsExcel } from '../support/office-js';
import { sheet, workbook } from '../support/grid';

describe('selectCell', () => {
  it('activates the finding’s sheet and selects its cell in one sync', async () => {
    const excel = createOfficeJsExcel(workbook(sheet('Summary', [['x']]), sheet('Scorecard', [['Ref']])));
    expect(await selectCell(excel.host, 'Scorecard', 'K12')).toEqual({ ok: true });
    expect(excel.fake.activeSheet()).toBe('Scorecard');
    expect(excel.fake.selection('Scorecard')).toBe('K12');
    expect(excel.stats().syncs).toBe(1);
  });

  it('reports a sheet that is gone as a problem instead of throwing', async () => {
    const excel = createOfficeJsExcel(workbook(sheet('Scorecard', [['Ref']])));
    const result = await selectCell(excel.host, 'Deleted', 'A1');
    expect(!result.ok && result.problem).toMatchObject({ code: 'EXCEL_ERROR', message: expect.stringContaining('Deleted') });
  });
});
