import { COMMANDS, registerCommands } from '../../src/commands';
import type { OfficeHost } from '../../src/excel';
import { createFakeOffice, type FakeOffice } from '../support/fake-excel';
import { createOfficeJsExcel, type OfficeJsExcel } from '../support/office-js';
import { sheet, workbook } from '../support/grid';

const HEADER = ['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1 18-19', 'Qu 2 18-19', 'RAG', 'DoT', 'Comments'];
const card = (name: string) => sheet(name, [HEADER, ['P1', 'Measure one', 'High is Good', 100, 90, 40, null, null, 'Why.']]);
const MESSAGE_PAGE = 'https://localhost:3000/message.html';

/** The ribbon on Microsoft's Excel client library (ExcelApi as the fake Office reports it) in front of the fake. */
function setUp(excel: OfficeJsExcel, officeOptions: Parameters<typeof createFakeOffice>[0] = {}): FakeOffice {
  const office = createFakeOffice(officeOptions);
  registerCommands(office.office, excel.host, MESSAGE_PAGE);
  return office;
}

/** Waits (a few event-loop turns at most) for the command to open its n-th dialog. */
async function dialogOpened(office: FakeOffice, count = 1): Promise<void> {
  for (let i = 0; i < 400 && office.dialogs.length < count; i++) await new Promise((r) => setTimeout(r, 1));
  if (office.dialogs.length < count) throw new Error('no dialog opened');
}

/** Runs a command, answering each dialog it opens with `answers` in turn, and returns when it completes. */
async function invokeAnswering(office: FakeOffice, id: string, answers: string[]): Promise<{ completed: number }> {
  const before = office.dialogs.length;
  const running = office.invoke(id);
  for (let i = 0; i < answers.length; i++) {
    await dialogOpened(office, before + i + 1);
    office.dialogs[before + i].sendToParent(answers[i]);
  }
  return running;
}

describe('ribbon commands', () => {
  it('registers exactly the functions the manifest calls', () => {
    const office = setUp(createOfficeJsExcel(workbook(card('Scorecard'))));
    expect([...office.actions.keys()].sort()).toEqual(Object.values(COMMANDS).sort());
    expect(COMMANDS).toEqual({ rate: 'rateThisQuarter', validate: 'validateScorecard', clear: 'clearRatings' });
  });

  it('Rate this quarter rates the active scorecard, lands on the summary, says what it found, and completes once', async () => {
    const excel = createOfficeJsExcel(workbook(sheet('Notes', [['Read me']]), card('North'), card('South')), { activeSheet: 'South' });
    const office = setUp(excel);
    const done = await invokeAnswering(office, COMMANDS.rate, ['ok']);
    expect(done.completed).toBe(1);
    expect(office.dialogs[0].message).toMatch(/^Rated "South", Qu 2 18-19: 1 red, 0 amber, 0 green, 0 n\/a\./);
    expect(office.dialogs[0].message).toMatch(/fit to circulate/i);
    expect(office.dialogs[0].message).toMatch(/One Ctrl\+Z undoes the rating/);
    expect(excel.fake.activeSheet()).toBe('RAG Summary');
    const south = excel.toGrid().sheets.find((s) => s.name === 'South')!;
    const north = excel.toGrid().sheets.find((s) => s.name === 'North')!;
    expect(south.values[1][6]).toBe('Red');
    expect(north.values[1][6]).toBeNull();
    expect(excel.runs.filter((r) => r.writeSyncs > 0).slice(-1)[0].options).toEqual({ mergeUndoGroup: true, delayForCellEdit: true });
  });

  it('rates the first scorecard when the active sheet is not one', async () => {
    const excel = createOfficeJsExcel(workbook(sheet('Notes', [['Read me']]), card('North'), card('South')), { activeSheet: 'Notes' });
    await invokeAnswering(setUp(excel), COMMANDS.rate, ['ok']);
    expect(excel.toGrid().sheets.find((s) => s.name === 'North')!.values[1][6]).toBe('Red');
  });

  it('Validate checks the whole workbook, writes nothing and says whether it is fit to circulate', async () => {
    const excel = createOfficeJsExcel(workbook(card('North'), card('South')));
    const before = excel.toGrid();
    const office = setUp(excel);
    expect(await invokeAnswering(office, COMMANDS.validate, ['ok'])).toEqual({ completed: 1 });
    expect(office.dialogs[0].message).toMatch(/Checked "North", Qu 2 18-19: 1 red/);
    expect(office.dialogs[0].message).toMatch(/Checked "South", Qu 2 18-19: 1 red/);
    expect(office.dialogs[0].message).toMatch(/fit to circulate/i);
    expect(excel.toGrid()).toEqual(before);
  });

  it('shows the problem in a dialog when the sheet is protected, and completes only after the user dismisses it', async () => {
    const excel = createOfficeJsExcel(workbook({ ...card('Scorecard'), protected: true }));
    const office = setUp(excel);
    let completed = false;
    const running = office.invoke(COMMANDS.rate).then((r) => {
      completed = true;
      return r;
    });
    await dialogOpened(office);
    expect(office.dialogs[0].message).toMatch(/Sheet "Scorecard" is protected, so nothing was written/);
    expect(office.dialogs[0].url.startsWith(`${MESSAGE_PAGE}?message=`)).toBe(true);
    expect(completed).toBe(false);
    office.dialogs[0].sendToParent('ok');
    expect(await running).toEqual({ completed: 1 });
    expect(office.dialogs[0].closed).toBe(true);
    expect(excel.syncs.some((s) => s.wrote)).toBe(false);
  });

  it('says so when there is no scorecard (closing the dialog with its X also completes)', async () => {
    const office = setUp(createOfficeJsExcel(workbook(sheet('Notes', [['Just notes']]))));
    const running = office.invoke(COMMANDS.rate);
    await dialogOpened(office);
    expect(office.dialogs[0].message).toMatch(/No scorecard table was found/);
    office.dialogs[0].dismiss();
    expect(await running).toEqual({ completed: 1 });
  });

  it('completes even when Excel.run itself throws, after showing the error', async () => {
    const office = createFakeOffice();
    const host: OfficeHost = { run: (() => Promise.reject(new Error('The workbook is in cell-edit mode'))) as unknown as typeof Excel.run, isSetSupported: () => true };
    registerCommands(office.office, host, MESSAGE_PAGE);
    const done = await invokeAnswering(office, COMMANDS.rate, ['ok']);
    expect(office.dialogs[0].message).toMatch(/Excel reported a problem: The workbook is in cell-edit mode/);
    expect(done).toEqual({ completed: 1 });
  });

  it('completes when no dialog can be opened', async () => {
    const office = setUp(createOfficeJsExcel(workbook(sheet('Notes', [['Just notes']]))), { dialogsFail: true });
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await office.invoke(COMMANDS.rate)).toEqual({ completed: 1 });
    expect(error).toHaveBeenCalledWith('Scorecard Rater:', expect.stringMatching(/No scorecard/));
    error.mockRestore();
  });
});

describe('Clear ratings', () => {
  async function rated(): Promise<{ excel: OfficeJsExcel; office: FakeOffice; before: unknown }> {
    const excel = createOfficeJsExcel(workbook(card('Scorecard')));
    const before = excel.toGrid().sheets[0].values;
    const office = setUp(excel);
    await invokeAnswering(office, COMMANDS.rate, ['ok']);
    return { excel, office, before };
  }

  it('asks first, with Clear and Cancel, and on Clear puts the scorecard back', async () => {
    const { excel, office, before } = await rated();
    const done = await invokeAnswering(office, COMMANDS.clear, ['confirm']);
    expect(done).toEqual({ completed: 1 });
    const question = office.dialogs[1];
    expect(question).toMatchObject({ confirm: 'Clear', closed: true });
    expect(question.message).toMatch(/^Clear ratings\?/);
    expect(office.dialogs).toHaveLength(2);
    expect(excel.toGrid().sheets[0].values).toEqual(before);
    expect(excel.toGrid().sheets.map((s) => s.name)).not.toContain('RAG Summary');
  });

  it('clears nothing on Cancel, or when the question is closed', async () => {
    const { excel, office } = await rated();
    const after = excel.toGrid();
    expect(await invokeAnswering(office, COMMANDS.clear, ['cancel'])).toEqual({ completed: 1 });
    const running = office.invoke(COMMANDS.clear);
    await dialogOpened(office, 3);
    office.dialogs[2].dismiss();
    expect(await running).toEqual({ completed: 1 });
    expect(excel.toGrid()).toEqual(after);
  });

  it('clears nothing when it cannot ask', async () => {
    const excel = createOfficeJsExcel(workbook(card('Scorecard')));
    const office = setUp(excel, { dialogsFail: true });
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await office.invoke(COMMANDS.rate);
    const after = excel.toGrid();
    expect(await office.invoke(COMMANDS.clear)).toEqual({ completed: 1 });
    expect(excel.toGrid()).toEqual(after);
    error.mockRestore();
  });
});
