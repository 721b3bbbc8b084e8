import { createOfficeJsExcel } from '../support/office-js';
import { sheet, workbook } from '../support/grid';

/** Excel's documented rules, as the fake applies them, seen through Microsoft's own client library. */
const book = () =>
  workbook(sheet('Scorecard', [['Ref', 'Measure'], ['P1', 'One']]), { ...sheet('Settings', [['kept']]), visibility: 'veryHidden' }, { ...sheet('Locked', [['x']]), protected: true });

const run = (excel: ReturnType<typeof createOfficeJsExcel>, options: Excel.RunOptions, batch: (c: Excel.RequestContext) => Promise<unknown>) =>
  excel.host.run(options, batch);

const codeOf = async (work: Promise<unknown>) => work.then(() => 'ok', (e: { code?: string }) => e.code);

describe('Excel host rules through Microsoft\'s client', () => {
  it('refuses sheet visibility and deletion inside an undo group (UndoNotSupported), allows adding sheets and names there', async () => {
    const excel = createOfficeJsExcel(book());
    const hide = (c: Excel.RequestContext) => {
      c.workbook.worksheets.getItem('Scorecard').visibility = 'Hidden';
      c.workbook.worksheets.add('Extra');
      return c.sync();
    };
    expect(await codeOf(run(excel, { mergeUndoGroup: true }, hide))).toBe('UndoNotSupported');
    expect(excel.toGrid().sheets.map((s) => s.name)).not.toContain('Extra');
    const add = (c: Excel.RequestContext) => {
      c.workbook.worksheets.add('New one');
      c.workbook.names.add('Marker', "='New one'!$A$1").visible = false;
      return c.sync();
    };
    expect(await codeOf(run(excel, { mergeUndoGroup: true }, add))).toBe('ok');
    expect(await codeOf(run(excel, { mergeUndoGroup: true }, (c) => (c.workbook.worksheets.getItem('New one').delete(), c.sync())))).toBe('UndoNotSupported');
    expect(excel.toGrid().sheets.map((s) => s.name)).toContain('New one');
    // None of that cleared the user's undo history; a call without undo outside a group does.
    expect(excel.fake.workbook.undoHistoryClearedBy).toEqual([]);
    expect(await codeOf(run(excel, {}, (c) => (c.workbook.worksheets.getItem('New one').delete(), c.sync())))).toBe('ok');
    expect(excel.fake.workbook.undoHistoryClearedBy).toEqual(['Worksheet.delete']);
  });

  it('refuses to delete a very hidden sheet (InvalidOperation) until it is made hidden', async () => {
    const excel = createOfficeJsExcel(book());
    expect(await codeOf(run(excel, {}, (c) => (c.workbook.worksheets.getItem('Settings').delete(), c.sync())))).toBe('InvalidOperation');
    await run(excel, {}, (c) => {
      const ws = c.workbook.worksheets.getItem('Settings');
      ws.visibility = 'Hidden';
      ws.delete();
      return c.sync();
    });
    expect(excel.toGrid().sheets.map((s) => s.name)).toEqual(['Scorecard', 'Locked']);
  });

  it('keeps what a failing batch did before the failure (no rollback), and protected sheets refuse writes', async () => {
    const excel = createOfficeJsExcel(book());
    const code = await codeOf(
      run(excel, {}, (c) => {
        c.workbook.worksheets.getItem('Scorecard').getRange('C1').values = [['written']];
        c.workbook.worksheets.getItem('Locked').getRange('A1').values = [['refused']];
        return c.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    expect(excel.toGrid().sheets[0].values[0][2]).toBe('written');
    expect(excel.toGrid().sheets[2].values[0][0]).toBe('x');
  });

  it('throws PropertyNotLoaded / ValueNotLoaded for what is read before load and sync, as the real client does', async () => {
    const excel = createOfficeJsExcel(book());
    const code = await codeOf(
      run(excel, {}, async (c) => {
        const range = c.workbook.worksheets.getItem('Scorecard').getRange('A1');
        return range.values;
      }),
    );
    expect(code).toBe('PropertyNotLoaded');
    const value = await codeOf(
      run(excel, {}, async (c) => c.workbook.worksheets.getItem('Scorecard').getRange('A1').getCellProperties({ format: { fill: { color: true } } }).value),
    );
    expect(value).toBe('ValueNotLoaded');
  });

  it('finds sheets by id as well as by name, and answers a missing one with a null object', async () => {
    const excel = createOfficeJsExcel(book());
    const found = await run(excel, {}, async (c) => {
      const byName = c.workbook.worksheets.getItem('Scorecard').load('id');
      const missing = c.workbook.worksheets.getItemOrNullObject('Nope');
      await c.sync();
      const byId = c.workbook.worksheets.getItem(byName.id).load('name');
      await c.sync();
      return { name: byId.name, missing: missing.isNullObject };
    });
    expect(found).toEqual({ name: 'Scorecard', missing: true });
  });

  it('keeps workbook names: added hidden, read back, re-pointed and deleted', async () => {
    const excel = createOfficeJsExcel(book());
    await run(excel, {}, (c) => {
      c.workbook.names.add('ScorecardRater_summary', "='Scorecard'!$A$1").visible = false;
      return c.sync();
    });
    const read = await run(excel, {}, async (c) => {
      const item = c.workbook.names.getItemOrNullObject('ScorecardRater_summary').load('name, formula, visible');
      const none = c.workbook.names.getItemOrNullObject('Other');
      const range = c.workbook.names.getItem('ScorecardRater_summary').getRange().load('address');
      await c.sync();
      return { name: item.name, formula: item.formula, visible: item.visible, none: none.isNullObject, address: range.address };
    });
    expect(read).toEqual({ name: 'ScorecardRater_summary', formula: "='Scorecard'!$A$1", visible: false, none: true, address: 'Scorecard!A1' });
    expect(excel.toGrid().ownSheets).toEqual({ summary: 'Scorecard' });
    await run(excel, {}, (c) => (c.workbook.names.getItem('ScorecardRater_summary').delete(), c.sync()));
    expect(excel.toGrid().ownSheets).toBeUndefined();
  });

  it('records the cleanup request Excel.run sends for the ranges it kept, and none for untracked ones', async () => {
    const excel = createOfficeJsExcel(book());
    const read = (untrack: boolean) =>
      run(excel, {}, async (c) => {
        const range = c.workbook.worksheets.getItem('Scorecard').getRange('A1:B2');
        if (untrack) range.untrack();
        range.load('values');
        await c.sync();
        return range.values;
      });
    expect(await read(false)).toEqual([['Ref', 'Measure'], ['P1', 'One']]);
    expect(excel.runs[0]).toMatchObject({ syncs: 1, cleanupSyncs: 1 });
    expect(excel.syncs[1]).toMatchObject({ cleanup: true, referenceActions: 1 });
    expect(await read(true)).toEqual([['Ref', 'Measure'], ['P1', 'One']]);
    expect(excel.runs[1]).toMatchObject({ syncs: 1, cleanupSyncs: 0 });
    expect(excel.syncs[2].referenceActions).toBe(0);
  });

  it('refuses a request over 5 MB (Excel on the web)', async () => {
    const excel = createOfficeJsExcel(book());
    const big = Array.from({ length: 3000 }, () => Array.from({ length: 100 }, () => 'twenty characters!!'));
    const code = await codeOf(run(excel, {}, (c) => ((c.workbook.worksheets.getItem('Scorecard').getRange('A1:CV3000').values = big), c.sync())));
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(excel.syncs[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });
});
