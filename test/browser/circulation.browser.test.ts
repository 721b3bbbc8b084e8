/**
 * Issue 12 in the pane, in headless Chromium on the harness: accepting the sample's disclosive
 * count with a note, keeping it through a save, the command line agreeing, the committee copy the
 * pane opens as a new workbook, and "Copy tables" read back from the clipboard. Also issue 11's
 * last line: a column map saved in the pane is what `scorecard rate` applies.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { committeeTables, rateGrid, type RunReport, type WorkbookGrid } from '../../src/engine';
import { harnessMounts, startStaticServer, type RunningServer } from '../../src/harness/server';
import { buildHarness, PROJECT_ROOT } from './support/build-harness';
import { launchChromium, type Chromium } from './support/chromium';
import { ARTIFACTS, paneSteps, readGrid } from './support/pane-steps';
import { MAPPED_COUNCIL } from '../support/councils';
import { writeXlsxFixture } from '../support/xlsx-fixtures';

jest.setTimeout(120_000);

const SAMPLE = path.join(PROJECT_ROOT, 'examples/scorecard-2018-19-q2.xlsx');
const SMALL_CELL = 'K60';

let server: RunningServer;
let browser: Chromium;
let page: Page;
const { notice, openTab, download } = paneSteps(() => page);
let sample: WorkbookGrid;
let reference: RunReport;
let accepted = '';

/** The command line as a user runs it, on the compiled CLI. */
function cli(...args: string[]): { code: number | null; json: { sheets: { recognised: boolean; measures: { ref: string; rag: string }[]; flags: { code: string; cell: string; accepted?: { note: string; value: unknown } }[] }[] } } {
  const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/scorecard.cjs'), ...args, '--json'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (!run.stdout.trim()) throw new Error(`scorecard ${args[0]} printed nothing (exit ${run.status}): ${run.stderr}`);
  return { code: run.status, json: JSON.parse(run.stdout) };
}

const ratings = (json: ReturnType<typeof cli>['json']) => Object.fromEntries(json.sheets.filter((s) => s.recognised).flatMap((s) => s.measures.map((m) => [m.ref, m.rag])));

async function reopen(file: string): Promise<void> {
  await page.getByTestId('workbook-input').setInputFiles(file);
  await page.getByTestId('harness-status').filter({ hasText: `Opened ${path.basename(file)}` }).waitFor();
  await page.getByTestId('outcome').filter({ hasText: 'scorecard sheet' }).waitFor();
}

async function validate(): Promise<string> {
  await page.getByRole('button', { name: 'Validate' }).click();
  await page.getByTestId('outcome').filter({ hasText: 'circulate' }).waitFor();
  return page.getByTestId('fitness').innerText();
}

const cellAt = (grid: WorkbookGrid, sheet: string, a1: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return grid.sheets.find((s) => s.name === sheet)?.values[Number(m[2]) - 1]?.[col];
};

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  sample = await readGrid(SAMPLE);
  const rated = rateGrid(sample);
  if (!rated.ok) throw new Error(rated.problem.message);
  reference = rated.report;
  await buildHarness();
  server = await startStaticServer(harnessMounts(PROJECT_ROOT));
  browser = await launchChromium();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  page = await browser.context.newPage();
  await page.goto(server.url);
  await page.getByTestId('outcome').filter({ hasText: 'scorecard sheet' }).waitFor();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('fit to circulate in the pane (issue 12)', () => {
  it('the sample is not fit to circulate: its count of 3 is an error, and no circulation copy is made', async () => {
    await page.getByRole('button', { name: 'Rate this quarter' }).click();
    await page.getByTestId('outcome').filter({ hasText: 'Ratings written' }).waitFor();
    expect(await validate()).toContain('Not fit to circulate');
    const small = page.locator(`[data-testid=finding][data-code=SMALL_COUNT][data-cell=${SMALL_CELL}]`);
    await expect(small.innerText()).resolves.toContain('P4.5');
    await page.getByRole('button', { name: 'Prepare for circulation' }).click();
    const refused = await notice('notice-circulate', 'No circulation copy was made');
    expect(refused).toContain('P4.5');
    expect(await page.getByTestId('created-workbook').count()).toBe(0);
  });

  it('accepts the count with a note (required): fit to circulate, listed as accepted with its note, date and value', async () => {
    const line = page.locator('li', { has: page.locator(`[data-testid=finding][data-code=SMALL_COUNT][data-cell=${SMALL_CELL}]`) });
    await line.getByTestId('accept').click();
    const form = line.getByTestId('accept-form');
    await form.getByRole('button', { name: 'Accept' }).click();
    await expect(form.innerText()).resolves.toContain('Write a short note');
    await form.getByTestId('accept-note').fill('Count of pregnant care leavers, published with the DPO\'s agreement');
    await form.getByRole('button', { name: 'Accept' }).click();
    await notice('notice-accept', 'Accepted with your note');
    // The form is gone with the finding: focus lands on what the action said.
    await page.waitForFunction(() => document.activeElement?.closest('[data-testid=notice-accept]') != null);
    expect(await page.getByTestId('fitness').innerText()).toContain('Fit to circulate');
    const item = page.locator(`[data-testid=accepted-finding][data-cell=${SMALL_CELL}]`);
    const text = await item.innerText();
    expect(text).toContain('for 3');
    expect(text).toMatch(/accepted on \d{4}-\d{2}-\d{2}/);
    expect(text).toContain('published with the DPO');
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-accepted.png'), fullPage: true });
  });

  it('take back and accept again: the headline follows', async () => {
    await page.locator(`[data-testid=accepted-finding][data-cell=${SMALL_CELL}]`).getByRole('button', { name: /Take back/ }).click();
    await notice('notice-accept', 'Acceptance taken back');
    expect(await page.getByTestId('fitness').innerText()).toContain('Not fit to circulate');
    const line = page.locator('li', { has: page.locator(`[data-testid=finding][data-code=SMALL_COUNT][data-cell=${SMALL_CELL}]`) });
    await line.getByTestId('accept').click();
    await line.getByTestId('accept-note').fill('Published count, agreed with the DPO');
    await line.getByRole('button', { name: 'Accept', exact: true }).click();
    await notice('notice-accept', 'Accepted with your note');
    expect(await page.getByTestId('fitness').innerText()).toContain('Fit to circulate');
  });

  it('saved and reloaded, the acceptance holds; `scorecard validate` on the saved file exits 0 and shows it', async () => {
    accepted = await download(() => page.getByRole('button', { name: 'Save workbook' }).click(), 'harness-accepted.xlsx');
    await reopen(accepted);
    expect(await validate()).toContain('Fit to circulate');
    expect(await page.locator(`[data-testid=accepted-finding][data-cell=${SMALL_CELL}]`).innerText()).toContain('Published count, agreed with the DPO');

    const run = cli('validate', accepted);
    expect(run.code).toBe(0);
    const flag = run.json.sheets.flatMap((s) => s.flags).find((f) => f.code === 'SMALL_COUNT');
    expect(flag).toMatchObject({ cell: SMALL_CELL, accepted: { note: 'Published count, agreed with the DPO', value: 3 } });
    // The sample itself still fails.
    expect(cli('validate', SAMPLE).code).toBe(1);
  });

  it('"Prepare for circulation" opens a new workbook: no settings or checks sheet, c for the 3, the ratings kept', async () => {
    await openTab('Checks');
    await expect(page.getByTestId('suppress-small').isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Prepare for circulation' }).click();
    const said = await notice('notice-circulate', 'Circulation copy opened');
    expect(said).toContain('small counts shown as c');
    const copy = await download(() => page.getByTestId('created-workbook').click(), 'harness-circulation-copy.xlsx');
    const grid = await readGrid(copy);
    const working = await readGrid(accepted);
    expect(grid.ownSheets?.settings).toBeUndefined();
    expect(grid.ownSheets?.checks).toBeUndefined();
    expect(grid.sheets.map((s) => s.name)).not.toContain(working.ownSheets?.settings);
    expect(grid.sheets.map((s) => s.name)).not.toContain(working.ownSheets?.checks);
    expect(cellAt(grid, 'Scorecard', SMALL_CELL)).toBe('c');
    expect(cellAt(working, 'Scorecard', SMALL_CELL)).toBe(3);
    const s = reference.sheets.find((x) => x.recognised && x.quarter)!;
    for (const m of s.measures) expect(`${m.ref} ${cellAt(grid, 'Scorecard', m.ragCell)}`).toBe(`${m.ref} ${cellAt(working, 'Scorecard', m.ragCell)}`);
    expect(s.measures.filter((m) => cellAt(grid, 'Scorecard', m.ragCell) === 'Red').length).toBe(s.counts.rag.red);
  });

  it('"Copy tables" puts the two count tables and the red and amber list on the clipboard, as HTML and as text', async () => {
    await page.getByRole('button', { name: 'Rate this quarter' }).click();
    await page.getByTestId('outcome').filter({ hasText: 'Ratings written' }).waitFor();
    await openTab('Results');
    await page.getByRole('button', { name: 'Copy tables' }).click();
    await notice('notice-copy', 'Tables copied');
    const got = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const read = async (type: string) => (items[0].types.includes(type) ? (await items[0].getType(type)).text() : null);
      return { html: await read('text/html'), text: await read('text/plain') };
    });
    const expected = committeeTables(reference, { suppressSmall: true });
    expect(got.text).toBe(expected.text);
    expect(got.html).toContain(expected.html.split('<p></p>')[0]);
    expect(got.html!.match(/<table/g)).toHaveLength(3);
    for (const header of ['Performance Measures', 'Direction of Travel', 'Reason for the rating', 'Commentary']) expect(got.html).toContain(header);
    const s = reference.sheets.find((x) => x.recognised && x.quarter)!;
    for (const m of s.measures.filter((x) => x.rag === 'red' || x.rag === 'amber')) expect(got.text).toContain(`${m.ref}\t`);
    writeFileSync(path.join(ARTIFACTS, 'copied-tables.html'), got.html ?? '');
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-copy-tables.png'), fullPage: true });
  });
});

describe('a column map saved in the pane (issue 11)', () => {
  it('is applied by `scorecard rate` on the saved workbook, and the same map as a --rules file gives the same ratings', async () => {
    await reopen(SAMPLE);
    await openTab('Columns');
    const map = page.getByTestId('column-map').first();
    const all = map.getByRole('button', { name: 'Show every role' });
    if (await all.count()) await all.click();
    // Point the target at the statistical neighbours' column (F): the ratings change.
    await map.locator('select[data-role=target]').selectOption('F');
    await map.getByRole('button', { name: 'Save column map in workbook' }).click();
    await notice('notice-columns', 'was saved');
    await openTab('Rules');
    const rulesFile = await download(() => page.getByRole('button', { name: 'Export rules (JSON)' }).click(), 'harness-column-map-rules.json');
    expect(JSON.parse(readFileSync(rulesFile, 'utf8')).columns).toEqual({ target: expect.any(String) });
    const saved = await download(() => page.getByRole('button', { name: 'Save workbook' }).click(), 'harness-column-map.xlsx');

    const fromWorkbook = ratings(cli('rate', saved, '--out', path.join(ARTIFACTS, 'cli-column-map.rated.xlsx')).json);
    const fromRules = ratings(cli('rate', SAMPLE, '--rules', rulesFile, '--out', path.join(ARTIFACTS, 'cli-column-map-rules.rated.xlsx')).json);
    const unmapped = ratings(cli('rate', SAMPLE, '--out', path.join(ARTIFACTS, 'cli-unmapped.rated.xlsx')).json);
    expect(fromWorkbook).toEqual(fromRules);
    expect(fromWorkbook).not.toEqual(unmapped);
  });

  it('on a sheet whose polarity and target columns were not recognised, says so as a warning with "Map columns", never as success', async () => {
    const file = await writeXlsxFixture([{ name: 'Scorecard', rows: MAPPED_COUNCIL }], 'another-council.xlsx');
    await page.getByTestId('workbook-input').setInputFiles(file);
    await page.getByTestId('harness-status').filter({ hasText: 'Opened another-council.xlsx' }).waitFor();
    const opened = page.getByTestId('outcome').filter({ hasText: 'with columns missing' });
    await opened.waitFor();
    expect(await opened.innerText()).toMatch(/polarity/i);
    await page.getByRole('button', { name: 'Rate this quarter' }).click();
    await page.getByTestId('outcome').filter({ hasText: 'Rated, but columns are missing' }).waitFor();
    const said = await page.getByTestId('outcome').innerText();
    expect(said).toMatch(/polarity/i);
    expect(said).not.toContain('Ratings written');
    await page.getByTestId('outcome').getByRole('button', { name: 'Map columns' }).click();
    expect(await page.getByRole('tab', { name: 'Columns', exact: true }).getAttribute('aria-selected')).toBe('true');
  });
});
