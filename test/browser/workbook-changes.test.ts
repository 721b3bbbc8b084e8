import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../src/engine';
import { createFakeExcel } from '../support/fake-excel';
import { workbookChanges } from '../../src/harness/workbook-changes';
import { openSession, saveSession } from '../../src/harness/workbook-session';
import { openXlsxBuffer } from '../../src/file/in-memory';

const grid = (): WorkbookGrid => ({
  sheets: [
    {
      name: 'Scorecard',
      visibility: 'visible',
      protected: false,
      values: [
        ['Ref', 'Qu 1', 'RAG'],
        ['P1', 5, 'Old'],
        ['P2', 7, null],
      ],
      fills: [[], [undefined, '#ffeb9c'], []],
    },
    { name: 'Notes', visibility: 'visible', protected: false, values: [['gone soon']] },
  ],
});

describe('workbookChanges (what the harness saves)', () => {
  it('plans changed values, fills and fonts, removed fills, new sheets and deleted sheets', () => {
    const fake = createFakeExcel(grid());
    const sc = fake.workbook.find('Scorecard')!;
    Object.assign(sc.cellForWrite(1, 2), { value: 'Green', fill: '#C6EFCE', fontColor: '#006100' });
    Object.assign(sc.cellForWrite(2, 2), { value: 'n/a' });
    delete sc.cellForWrite(1, 1).fill; // the amber fill on B2 was cleared
    const settings = fake.workbook.newSheet('Scorecard settings');
    settings.visibility = 'veryHidden';
    Object.assign(settings.cellForWrite(0, 0), { value: '{"measures":{}}', bold: true });
    fake.workbook.remove(fake.workbook.find('Notes')!);

    const plan = workbookChanges(grid(), fake.workbook);
    expect(plan.writes).toEqual([
      {
        sheet: 'Scorecard',
        cells: expect.arrayContaining([
          { address: 'C2', value: 'Green', style: { fill: '#C6EFCE', font: '#006100' } },
          { address: 'C3', value: 'n/a' },
          { address: 'B2', style: { fill: null } },
        ]),
      },
    ]);
    expect(plan.writes[0].cells).toHaveLength(3);
    expect(plan.sheets).toEqual([{ name: 'Scorecard settings', visibility: 'veryHidden', cells: [{ address: 'A1', value: '{"measures":{}}', style: { bold: true } }] }]);
    expect(plan.deleteSheets).toEqual(['Notes']);
  });

  it('plans nothing for an untouched workbook', () => {
    expect(workbookChanges(grid(), createFakeExcel(grid()).workbook)).toEqual({ writes: [], sheets: [], deleteSheets: [] });
  });

  it('plans a cell the add-in emptied as a blank write', () => {
    const fake = createFakeExcel(grid());
    const sc = fake.workbook.find('Scorecard')!;
    sc.cells.delete(1 * 16384 + 2);
    expect(workbookChanges(grid(), fake.workbook).writes).toEqual([{ sheet: 'Scorecard', cells: [{ address: 'C2', value: null }] }]);
  });
});

describe('saveSession', () => {
  it('writes the fake workbook back to .xlsx, keeping formulas it did not touch', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Scorecard');
    ws.addRow(['Ref', 'Qu 1', 'Qu 2', 'Sum']);
    ws.addRow(['P1', 5, 6]);
    ws.getCell('D2').value = { formula: 'B2+C2', result: 11 };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const opened = await openSession(bytes, 'book.xlsx');
    if (!opened.ok) throw new Error(opened.problem.message);
    const { session } = opened;
    Object.assign(session.fake.workbook.find('Scorecard')!.cellForWrite(1, 4), { value: 'Amber', fill: '#FFEB9C' });
    const hidden = session.fake.workbook.newSheet('Settings');
    hidden.visibility = 'veryHidden';
    hidden.cellForWrite(0, 0).value = 'kept';

    const saved = await saveSession(session);
    if (!saved.ok) throw new Error(saved.problem.message);
    const again = await openXlsxBuffer(saved.bytes, 'saved.xlsx');
    if (!again.ok) throw new Error(again.problem.message);
    const sc = again.file.grid.sheets.find((s) => s.name === 'Scorecard')!;
    expect(sc.values[1]).toEqual(['P1', 5, 6, 11, 'Amber']);
    expect(sc.formulas?.[1]?.[3]).toBe(true);
    expect(sc.fills?.[1]?.[4]?.toUpperCase()).toBe('#FFEB9C');
    const settings = again.file.grid.sheets.find((s) => s.name === 'Settings')!;
    expect(settings.visibility).toBe('veryHidden');
    expect(settings.values[0][0]).toBe('kept');
  });
});
