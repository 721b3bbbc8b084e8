import { excelAdapter } from '../support/adapter-session';
import { sheet, workbook } from '../support/grid';
import { safeWritesOn } from '../support/safe-writes-cases';

/** Issue 9 through Microsoft's Excel client library in front of the strict fake (the cases are in test/support/safe-writes-cases.ts). */
safeWritesOn(excelAdapter);

it('the formula check used above finds a formula in the fake', async () => {
  const book = await excelAdapter.open(workbook(sheet('Sheet1', [['Total', 3]], { formulas: [[undefined, true]] })));
  expect(await book.formulaCells()).toEqual(['Sheet1!B1']);
});
