import { selectCell } from '../../src/excel';
import { createFakeExcel } from '../support/fake-excel';
import { sheet, workbook } from '../support/grid';

describe('selectCell', () => {
  it('activates the finding’s sheet and selects its cell in one sync', async () => {
    const fake = createFakeExcel(workbook(sheet('Summary', [['x']]), sheet('Scorecard', [['Ref']])));
    expect(await fake.run((context) => selectCell(context, 'Scorecard', 'K12'))).toEqual({ ok: true });
    expect(fake.activeSheet()).toBe('Scorecard');
    expect(fake.selection('Scorecard')).toBe('K12');
    expect(fake.syncs.length).toBe(1);
  });

  it('reports a sheet that is gone as a problem instead of throwing', async () => {
    const fake = createFakeExcel(workbook(sheet('Scorecard', [['Ref']])));
    const result = await fake.run((context) => selectCell(context, 'Deleted', 'A1'));
    expect(!result.ok && result.problem.code).toBe('EXCEL_ERROR');
  });
});
