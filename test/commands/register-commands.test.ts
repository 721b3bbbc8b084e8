import { COMMANDS, registerCommands } from '../../src/commands';
import type { OfficeHost } from '../../src/excel';
import { createFakeExcel, createFakeOffice, type FakeExcel, type FakeOffice } from '../support/fake-excel';
import { sheet, workbook } from '../support/grid';

const HEADER = ['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1 18-19', 'Qu 2 18-19', 'RAG', 'DoT', 'Comments'];
const card = (name: string) => sheet(name, [HEADER, ['P1', 'Measure one', 'High is Good', 100, 90, 40, null, null, 'Why.']]);
const MESSAGE_PAGE = 'https://localhost:3000/message.html';

function setUp(fake: FakeExcel, officeOptions: Parameters<typeof createFakeOffice>[0] = {}): FakeOffice {
  const office = createFakeOffice(officeOptions);
  const host: OfficeHost = { run: fake.run, isSetSupported: (name, version) => office.office.context.requirements.isSetSupported(name, version) };
  registerCommands(office.office, host, MESSAGE_PAGE);
  return office;
}

/** Waits (a few event-loop turns at most) for the command to open its message dialog. */
async function dialogOpened(office: FakeOffice): Promise<void> {
  for (let i = 0; i < 200 && office.dialogs.length === 0; i++) await new Promise((r) => setTimeout(r, 1));
  if (office.dialogs.length === 0) throw new Error('no dialog opened');
}

describe('ribbon commands', () => {
  it('registers exactly the functions the manifest calls', () => {
    const office = setUp(createFakeExcel(workbook(card('Scorecard'))));
    expect([...office.actions.keys()].sort()).toEqual([COMMANDS.clear, COMMANDS.rate].sort());
    expect(COMMANDS).toEqual({ rate: 'rateThisQuarter', clear: 'clearRatings' });
  });

  it('Rate this quarter rates the active scorecard, lands on the summary, shows no dialog and completes once', async () => {
    const fake = createFakeExcel(workbook(sheet('Notes', [['Read me']]), card('North'), card('South')), { activeSheet: 'South' });
    const office = setUp(fake);
    const done = await office.invoke('rateThisQuarter');
    expect(done.completed).toBe(1);
    expect(office.dialogs).toEqual([]);
    expect(fake.activeSheet()).toBe('RAG Summary');
    const south = fake.toGrid().sheets.find((s) => s.name === 'South')!;
    const north = fake.toGrid().sheets.find((s) => s.name === 'North')!;
    expect(south.values[1][6]).toBe('Red');
    expect(north.values[1][6]).toBeNull();
    expect(fake.runs[0].options).toEqual({ mergeUndoGroup: true, delayForCellEdit: true });
  });

  it('rates the first scorecard when the active sheet is not one', async () => {
    const fake = createFakeExcel(workbook(sheet('Notes', [['Read me']]), card('North'), card('South')), { activeSheet: 'Notes' });
    await setUp(fake).invoke('rateThisQuarter');
    expect(fake.toGrid().sheets.find((s) => s.name === 'North')!.values[1][6]).toBe('Red');
  });

  it('shows the problem in a dialog when the sheet is protected, and completes only after the user dismisses it', async () => {
    const fake = createFakeExcel(workbook({ ...card('Scorecard'), protected: true }));
    const office = setUp(fake);
    let completed = false;
    const running = office.invoke('rateThisQuarter').then((r) => {
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
    expect(fake.syncs.some((s) => s.wrote)).toBe(false);
  });

  it('says so when there is no scorecard (closing the dialog with its X also completes)', async () => {
    const office = setUp(createFakeExcel(workbook(sheet('Notes', [['Just notes']]))));
    const running = office.invoke('rateThisQuarter');
    await dialogOpened(office);
    expect(office.dialogs[0].message).toMatch(/No scorecard table was found/);
    office.dialogs[0].dismiss();
    expect(await running).toEqual({ completed: 1 });
  });

  it('completes even when Excel.run itself throws, after showing the error', async () => {
    const office = createFakeOffice();
    const host: OfficeHost = { run: (() => Promise.reject(new Error('The workbook is in cell-edit mode'))) as unknown as typeof Excel.run, isSetSupported: () => true };
    registerCommands(office.office, host, MESSAGE_PAGE);
    const running = office.invoke('clearRatings');
    await dialogOpened(office);
    expect(office.dialogs[0].message).toMatch(/Excel reported a problem: The workbook is in cell-edit mode/);
    office.dialogs[0].sendToParent('ok');
    expect(await running).toEqual({ completed: 1 });
  });

  it('completes when no dialog can be opened', async () => {
    const office = setUp(createFakeExcel(workbook(sheet('Notes', [['Just notes']]))), { dialogsFail: true });
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await office.invoke('rateThisQuarter')).toEqual({ completed: 1 });
    expect(error).toHaveBeenCalledWith('Scorecard Rater:', expect.stringMatching(/No scorecard/));
    error.mockRestore();
  });

  it('Clear ratings puts the scorecard back', async () => {
    const fake = createFakeExcel(workbook(card('Scorecard')));
    const office = setUp(fake);
    const before = fake.toGrid().sheets[0].values;
    await office.invoke('rateThisQuarter');
    await office.invoke('clearRatings');
    expect(office.dialogs).toEqual([]);
    expect(fake.toGrid().sheets[0].values).toEqual(before);
    expect(fake.toGrid().sheets.map((s) => s.name)).not.toContain('RAG Summary');
  });
});
