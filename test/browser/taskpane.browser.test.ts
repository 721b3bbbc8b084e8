/**
 * The task pane in real headless Chromium, on the harness (the strict Excel fake as host).
 * One page walks through what an analyst does; the engine's own report is the reference.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { parseRulesJson, rateGrid, readStoredRules, type RunReport, type SheetReport, type WorkbookGrid } from '../../src/engine';
import { harnessMounts, startStaticServer, type RunningServer } from '../../src/harness/server';
import { buildHarness, PROJECT_ROOT } from './support/build-harness';
import { launchChromium, type Chromium } from './support/chromium';
import { ARTIFACTS, paneSteps, readGrid } from './support/pane-steps';

jest.setTimeout(120_000);

const SAMPLE = path.join(PROJECT_ROOT, 'examples/scorecard-2018-19-q2.xlsx');
const WORDS = { red: 'Red', amber: 'Amber', green: 'Green', na: 'n/a' } as const;

let server: RunningServer;
let browser: Chromium;
let page: Page;
const { notice, openTab, download } = paneSteps(() => page);
const requests: string[] = [];
let sampleGrid: WorkbookGrid;
let reference: RunReport;
let rated: SheetReport;
let savedCopy = '';

function engineRate(grid: WorkbookGrid, options = {}): RunReport {
  const outcome = rateGrid(grid, options);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.report;
}

async function outcome(text: string): Promise<string> {
  const bar = page.getByTestId('outcome').filter({ hasText: text });
  await bar.waitFor();
  return bar.innerText();
}

async function paneCounts(testId: 'rag-counts' | 'direction-counts') {
  const table = page.getByTestId(testId);
  const read = async (k: string) => Number(await table.locator(`[data-count=${k}]`).innerText());
  return { red: await read('red'), amber: await read('amber'), green: await read('green'), na: await read('na'), total: await read('total') };
}

async function viewSheet(name: string): Promise<void> {
  await page.locator(`.sheet-tabs button[data-sheet="${name}"]`).click();
  await page.locator(`[data-testid=selection][data-sheet="${name}"]`).waitFor();
}

async function cell(address: string): Promise<{ text: string; fill: string }> {
  const td = page.locator(`[data-testid=sheet-grid] td[data-address="${address}"]`);
  return { text: await td.innerText(), fill: (await td.getAttribute('data-fill')) ?? '' };
}

function measureOf(report: RunReport, ref: string) {
  const m = report.sheets.flatMap((s) => s.measures).find((x) => x.ref === ref);
  if (!m) throw new Error(`no measure ${ref} in the engine report`);
  return m;
}

interface CliSheet {
  name: string;
  counts: { rag: RunReport['sheets'][number]['counts']['rag'] };
  measures: { ref: string; rag: string }[];
}

/** `scorecard rate <file> --json` as a user runs it, the rated copy kept out of the way. */
function cliRate(file: string, ...extra: string[]): CliSheet {
  const out = path.join(ARTIFACTS, `cli-${path.basename(file, path.extname(file))}.rated.xlsx`);
  const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/scorecard.cjs'), 'rate', file, '--json', '--out', out, ...extra], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  if (!run.stdout.trim()) throw new Error(`scorecard rate printed nothing (exit ${run.status}): ${run.stderr}`);
  const json = JSON.parse(run.stdout) as { sheets: (CliSheet & { recognised: boolean })[] };
  return json.sheets.find((x) => x.recognised)!;
}

/**
 * axe-core run on the pane (the harness around it is a test tool); the full result is kept in
 * test-artifacts/. Fluent's focus manager (tabster) puts invisible `<i tabindex="0" aria-hidden>`
 * sentinels around its focus groups that hand focus straight on; they are not content, so they are
 * left out of the run (`[data-tabster-dummy]`).
 */
async function axeViolations(on: Page, artifact: string): Promise<{ id: string; impact: string; targets: string[] }[]> {
  if (!(await on.evaluate(() => 'axe' in window))) await on.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const violations = await on.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Element): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [['[data-testid=pane]']], exclude: [['[data-tabster-dummy]']] } as unknown as Element);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  writeFileSync(path.join(ARTIFACTS, artifact), JSON.stringify(violations, null, 2));
  return violations;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  sampleGrid = await readGrid(SAMPLE);
  reference = engineRate(sampleGrid);
  rated = reference.sheets.find((s) => s.recognised && s.quarter)!;
  await buildHarness();
  server = await startStaticServer(harnessMounts(PROJECT_ROOT));
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url);
  await outcome('scorecard sheet');
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the task pane on the harness', () => {
  it('shows on open what was recognised: sheets, measure counts, quarter and column map', async () => {
    await openTab('Columns');
    const overview = page.getByTestId('overview');
    const sheet = overview.getByTestId('scorecard-sheet').filter({ hasText: rated.name });
    await expect(sheet.innerText()).resolves.toContain(`${rated.layout.measures.length} measures`);
    await expect(sheet.innerText()).resolves.toContain(`Will rate ${rated.quarter!.label}`);
    const letter = (address: string) => address.replace(/\d+$/, '');
    const refChoice = await sheet.locator('select[data-role=ref] option:checked').innerText();
    expect(refChoice).toBe(`As found (${letter(rated.layout.columns.ref!.address)})`);
    const role = (key: string) => sheet.getByTestId('column-map').locator('div', { has: page.locator(`select[data-role=${key}]`) }).last();
    expect(await role('ref').innerText()).toContain(`Found: ${letter(rated.layout.columns.ref!.address)}, "${rated.layout.columns.ref!.header}"`);
    const q = rated.quarter!.column;
    expect(await role(`q${rated.quarter!.index}`).innerText()).toContain(`Found: ${letter(q.address)}, "${q.header.replace(/\s+/g, ' ').trim()}"`);
    // Every column of the table is offered, by letter and header.
    expect(await sheet.locator('select[data-role=ref] option').count()).toBe(1 + rated.layout.lastColumn + 1);
    const picker = page.getByTestId('quarter-picker');
    const options = await picker.locator('option').allInnerTexts();
    expect(options.length).toBe(1 + new Set(rated.layout.quarters.map((q) => q.quarter)).size);
    // Quarters without a figure on any measure are marked, as the engine's layout shows them.
    const empty = rated.layout.quarters.filter((q, i) => rated.layout.measures.every((m) => m.quarters[i]?.kind === 'missing'));
    for (const q of empty) expect(options).toContain(`${q.header} (no figures yet)`);
    expect(options.filter((o) => o.endsWith('(no figures yet)'))).toHaveLength(empty.length);
  });

  it('rates the sample: the counts in the pane equal the engine report, the sheet shows the RAG words and fills', async () => {
    await page.getByRole('button', { name: 'Rate this quarter' }).click();
    const text = await outcome('Ratings written');
    expect(text).toContain(rated.quarter!.label);
    expect(await paneCounts('rag-counts')).toEqual(rated.counts.rag);
    expect(await paneCounts('direction-counts')).toEqual(rated.counts.direction);
    // The same counts as the command line's --json for the same workbook.
    expect(await paneCounts('rag-counts')).toEqual(cliRate(SAMPLE).counts.rag);
    const attention = await page.getByTestId('attention').innerText();
    for (const m of rated.measures.filter((x) => x.rag === 'red' && x.ref)) expect(attention).toContain(m.ref);

    await viewSheet(rated.name);
    for (const m of rated.measures) {
      const c = await cell(m.ragCell);
      expect(`${m.ref} ${c.text}`).toBe(`${m.ref} ${WORDS[m.rag]}`);
    }
    // Spec §7 worked examples, read off the sheet view.
    const p24 = await cell(measureOf(reference, 'P2.4').ragCell);
    expect(p24).toEqual({ text: 'Amber', fill: '#FFEB9C' });
    expect(await cell(measureOf(reference, 'P2.6').ragCell)).toEqual({ text: 'Red', fill: '#FFC7CE' });
    expect(await cell(measureOf(reference, 'P3.16').ragCell)).toEqual({ text: 'Green', fill: '#C6EFCE' });

    // Bring the rated column into view so the screenshot shows the RAG cells beside the pane's counts.
    await page.locator(`td[data-address="${measureOf(reference, 'P2.4').directionCell}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane.png') });
  });

  it('validates: fit to circulate or not at the top, findings by severity, a finding selects its cell', async () => {
    await page.getByRole('button', { name: 'Validate' }).click();
    const text = await outcome('circulate');
    expect(text).toContain(reference.fit ? 'Fit to circulate' : 'Not fit to circulate');
    await openTab('Checks');
    const findings = page.getByTestId('findings');
    expect(await findings.getByTestId('fitness').innerText()).toContain(reference.fit ? 'Fit to circulate' : 'Not fit to circulate');
    const groups = await findings.locator('[data-severity]').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    expect(groups).toEqual(['error', 'warning', 'info'].filter((s) => reference.flags.some((f) => f.severity === s)));

    const missing = reference.flags.find((f) => f.code === 'MISSING_VALUE' && /^[A-Z]+\d+$/.test(f.cell))!;
    expect(missing).toBeDefined();
    await viewSheet(reference.sheets.find((s) => s.name !== missing.sheet)?.name ?? missing.sheet);
    // The missing figures are folded into one line, which opens to list each.
    const count = reference.flags.filter((f) => f.code === 'MISSING_VALUE' && f.severity === missing.severity).length;
    const folded = findings.locator('[data-testid=finding-group][data-code=MISSING_VALUE]');
    expect(await folded.innerText()).toContain(`Missing figure on ${count} measures`);
    await folded.click();
    await findings.locator(`[data-testid=finding][data-code=MISSING_VALUE][data-cell="${missing.cell}"]`).first().click();
    const selection = page.locator(`[data-testid=selection][data-sheet="${missing.sheet}"][data-address="${missing.cell}"]`);
    await selection.waitFor();
    expect(await page.locator('td[data-selected=true]').getAttribute('data-address')).toBe(missing.cell);
  });

  it('checks an override with the schema, saves it in the workbook, and the next rating uses it', async () => {
    await openTab('Rules');
    const form = page.getByTestId('override-form');
    // Typed in lower case, as analysts do; the sheet's own polarity and target show beside it.
    await form.getByLabel('Measure ref').fill('p2.4');
    const p24 = rated.layout.measures.find((m) => m.ref === 'P2.4')!;
    expect(await form.getByTestId('sheet-facts').innerText()).toContain(`Polarity "${p24.polarityText.trim()}"; target 96%`);
    // Quarterly is offered once, as the default.
    expect(await form.getByLabel('Frequency').locator('option').allInnerTexts()).toEqual([
      'Quarterly (default)',
      'Termly: may be blank in some quarters',
      'Annual: may be blank in some quarters',
    ]);
    await form.getByLabel('Target').fill('ninety');
    await form.getByRole('button', { name: 'Save override in workbook' }).click();
    await form.getByText('must be a number (90%, 426), a range (400-450) or none').waitFor();

    await form.getByLabel('Target').fill('90%');
    await form.getByRole('button', { name: 'Save override in workbook' }).click();
    await notice('notice-override', 'Rules saved in the workbook');
    expect(await page.getByTestId('override-lines').innerText()).toContain('P2.4: target 90%');

    await page.getByRole('button', { name: 'Rate this quarter' }).click();
    await outcome('Ratings written');
    const before = rated.counts.rag;
    expect(await paneCounts('rag-counts')).toEqual({ ...before, amber: before.amber - 1, green: before.green + 1 });
    await viewSheet(rated.name);
    expect(await cell(measureOf(reference, 'P2.4').ragCell)).toEqual({ text: 'Green', fill: '#C6EFCE' });
  });

  it('exports the rules as the JSON the command line reads, giving the same rating', async () => {
    await openTab('Rules');
    const file = await download(() => page.getByRole('button', { name: 'Export rules (JSON)' }).click(), 'scorecard-rules.json');
    const parsed = parseRulesJson(readFileSync(file, 'utf8'));
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.rules.measures['P2.4']).toEqual({ target: '90%' });
    expect(measureOf(engineRate(sampleGrid, { rules: parsed.rules }), 'P2.4').rag).toBe('green');
    const cli = cliRate(SAMPLE, '--rules', file);
    expect(cli.measures.find((m) => m.ref === 'P2.4')?.rag).toBe('green');
    await openTab('Results');
    expect(cli.counts.rag).toEqual(await paneCounts('rag-counts'));
  });

  it('imports a rules file: one with a mistake shows its issues, a good one is saved', async () => {
    await openTab('Rules');
    const input = page.getByTestId('rules-file-input');
    await input.setInputFiles({ name: 'bad-rules.json', mimeType: 'application/json', buffer: Buffer.from('{"amberTolerance": 3, "colour": "red"}') });
    const issues = await page.getByTestId('import-issues').innerText();
    expect(issues).toContain('bad-rules.json was not imported');
    expect(issues).toContain('Amber tolerance must be at most 1 (a fraction: 0.1 is 10 %).');
    expect(issues).toContain('has a field the rules do not know (colour)');
    await input.setInputFiles({ name: 'bad-polarity.json', mimeType: 'application/json', buffer: Buffer.from('{"measures":{"P2.4":{"polarity":"up"}}}') });
    const polarity = await page.getByTestId('import-issues').filter({ hasText: 'bad-polarity.json' }).innerText();
    expect(polarity).toContain('The override for P2.4, polarity must be one of high, low or none.');
    expect(polarity).not.toMatch(/Invalid option|expected one of/);

    const good = JSON.stringify({ amberTolerance: 0.05, measures: { 'P2.4': { target: '90%' } } });
    await input.setInputFiles({ name: 'team-rules.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await notice('notice-share', 'The rules from team-rules.json were imported');
    expect(await page.getByTestId('import-issues').count()).toBe(0);
    expect(await page.getByTestId('rule-lines').innerText()).toContain('by at most 5% of the target; red beyond that. (changed from the default)');
    // The pane shows the workbook's own colours once its rules set a palette.
    const palette = { ...reference.rules.palette, red: { fill: '#FF0000', font: '#FFFFFF' } };
    await input.setInputFiles({ name: 'palette.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ palette, measures: { 'P2.4': { target: '90%' } } })) });
    await notice('notice-share', 'The rules from palette.json were imported');
    await openTab('Results');
    const red = page.getByTestId('rag-counts').locator('[data-rating=red]');
    expect(await red.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual(['rgb(255, 0, 0)', 'rgb(255, 255, 255)']);
    await openTab('Rules');
    // Back to the defaults plus the one override, for the steps that follow.
    await input.setInputFiles({ name: 'override-only.json', mimeType: 'application/json', buffer: Buffer.from('{"measures":{"P2.4":{"target":"90%"}}}') });
    await notice('notice-share', 'The rules from override-only.json were imported');
  });

  it('edits the global rules in the pane: a tolerance typed as analysts type it, a plain message for a mistake', async () => {
    await openTab('Rules');
    const form = page.getByTestId('global-rules-form');
    await form.getByLabel('Amber tolerance').fill('ten');
    await form.getByRole('button', { name: 'Save global rules' }).click();
    await form.getByText('must be a percentage, such as 10% (10 and 0.1 also mean 10 %)').waitFor();
    await form.getByLabel('Amber tolerance').fill('5');
    await form.getByLabel('Small counts from').fill('1');
    await form.getByLabel('to', { exact: true }).fill('5');
    await form.getByRole('button', { name: 'Save global rules' }).click();
    await notice('notice-global', 'The global rules were saved');
    const lines = await page.getByTestId('rule-lines').innerText();
    expect(lines).toContain('by at most 5% of the target; red beyond that. (changed from the default)');
    expect(lines).toContain('Counts from 1 to 5 are flagged as a disclosure risk. (changed from the default)');
    // Back to the defaults, for the steps that follow.
    await form.getByLabel('Amber tolerance').fill('10%');
    await form.getByLabel('to', { exact: true }).fill('4');
    await form.getByRole('button', { name: 'Save global rules' }).click();
    await page.getByTestId('rule-lines').filter({ hasNotText: 'changed from the default' }).waitFor();
  });

  it('saves a column map in the workbook\'s rules from the sheet\'s own columns; the exported rules carry it', async () => {
    await openTab('Columns');
    const map = page.getByTestId('column-map').first();
    await map.getByRole('button', { name: 'Show every role' }).click();
    const lead = map.locator('select[data-role=lead]');
    const last = rated.layout.lastColumn;
    const letter = String.fromCharCode(65 + last);
    await lead.selectOption(letter);
    await map.getByRole('button', { name: 'Save column map in workbook' }).click();
    await notice('notice-columns', 'The column map for Lead was saved');
    const header = [...rated.layout.quarters, ...Object.values(rated.layout.columns)].find((c) => c.column === last)?.header.replace(/\s+/g, ' ').trim();
    await openTab('Rules');
    const file = await download(() => page.getByRole('button', { name: 'Export rules (JSON)' }).click(), 'scorecard-rules-columns.json');
    const parsed = parseRulesJson(readFileSync(file, 'utf8'));
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.rules.columns).toEqual({ lead: header || letter });
    // Back to recognition, for the steps that follow.
    await openTab('Columns');
    await page.getByTestId('column-map').first().locator('select[data-role=lead]').selectOption('');
    await page.getByTestId('column-map').first().getByRole('button', { name: 'Save column map in workbook' }).click();
    await notice('notice-columns', 'The column map for Lead was saved');
  });

  it('saves the workbook to .xlsx; reloaded, the override is still there and still applies', async () => {
    const saved = await download(() => page.getByRole('button', { name: 'Save workbook' }).click(), 'harness-saved.xlsx');
    savedCopy = saved;
    const grid = await readGrid(saved);
    const stored = readStoredRules(grid);
    expect('rules' in stored && stored.rules.measures['P2.4']).toEqual({ target: '90%' });
    expect(measureOf(engineRate(grid), 'P2.4').rag).toBe('green');
    expect(cliRate(saved).measures.find((m) => m.ref === 'P2.4')?.rag).toBe('green');

    await page.getByTestId('workbook-input').setInputFiles(saved);
    await page.getByTestId('harness-status').filter({ hasText: 'Opened harness-saved.xlsx' }).waitFor();
    await outcome('scorecard sheet');
    await openTab('Rules');
    await page.getByTestId('rules').getByText('These rules are stored in this workbook').waitFor();
    expect(await page.getByTestId('override-lines').innerText()).toContain('P2.4: target 90%');
    await page.getByRole('button', { name: 'Rate this quarter' }).click();
    await outcome('Ratings written');
    await viewSheet(rated.name);
    expect((await cell(measureOf(reference, 'P2.4').ragCell)).text).toBe('Green');
  });

  it('clears what it wrote, after asking: RAG cells back as they were, its summary sheet gone', async () => {
    await page.getByRole('button', { name: 'Clear ratings' }).click();
    await page.getByTestId('confirm').getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('confirm').count()).toBe(0);
    await viewSheet(rated.name);
    expect((await cell(measureOf(reference, 'P2.4').ragCell)).text).toBe('Green');
    await page.getByRole('button', { name: 'Clear ratings' }).click();
    await page.getByTestId('confirm').getByRole('button', { name: 'Clear ratings now' }).click();
    await outcome('Ratings cleared');
    await openTab('Results');
    await page.getByTestId('panel-results').getByText('Nothing rated yet').waitFor();
    expect(await page.getByTestId('results').count()).toBe(0);
    await viewSheet(rated.name);
    const original = sampleGrid.sheets.find((x) => x.name === rated.name)!;
    for (const ref of ['P2.4', 'P2.6', 'P3.16']) {
      const address = measureOf(reference, ref).ragCell;
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      expect((await cell(address)).text).toBe(String(original.values[Number(m[2]) - 1]?.[col] ?? ''));
    }
    expect(await page.locator('.sheet-tabs button[data-sheet="RAG Summary"]').count()).toBe(0);
  });

  it('asks before rating a quarter with no figures yet, and rates nothing when told not to', async () => {
    const empty = rated.layout.quarters.find((q, i) => rated.layout.measures.every((m) => m.quarters[i]?.kind === 'missing'));
    expect(empty).toBeDefined();
    await page.getByTestId('quarter-picker').selectOption(String(empty!.quarter));
    expect(await page.getByTestId('sheet-caption').innerText()).toContain(`Will rate ${empty!.header} (no figures yet)`);
    await page.getByRole('button', { name: 'Rate this quarter' }).click();
    expect(await page.getByTestId('confirm').innerText()).toContain(`${empty!.header} has no figures yet`);
    await page.getByTestId('confirm').getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('confirm').count()).toBe(0);
    await openTab('Results');
    expect(await page.getByTestId('results').count()).toBe(0);
  });

  it('rates the quarter picked in the picker', async () => {
    await page.getByTestId('quarter-picker').selectOption('1');
    await page.getByRole('button', { name: 'Rate this quarter' }).click();
    expect(await outcome('Ratings written')).toContain('Qu 1 18-19');
    const q1 = engineRate(await readGrid(savedCopy), { quarter: 1 }).sheets.find((x) => x.name === rated.name)!;
    expect(q1.quarter?.label).toBe('Qu 1 18-19');
    expect(await paneCounts('rag-counts')).toEqual(q1.counts.rag);
    expect(await paneCounts('direction-counts')).toEqual(q1.counts.direction);
  });

  it('opens a workbook the user picks, and says plainly when it is not one it can rate', async () => {
    const input = page.getByTestId('workbook-input');
    await input.setInputFiles({ name: 'notes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('just some text') });
    await page.getByTestId('harness-status').filter({ hasText: 'is not an Excel workbook' }).waitFor();

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Budget').addRows([
      ['Cost centre', 'Spend'],
      ['A1', 100],
    ]);
    await input.setInputFiles({ name: 'budget.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(await outcome('No scorecard sheet found')).toContain('"Budget"');
    // The tabs say so too, rather than "Reading the workbook…" for ever.
    await openTab('Columns');
    expect(await page.getByTestId('panel-columns').innerText()).toContain('No scorecard sheet found');
    expect(await page.getByRole('button', { name: 'Rate this quarter' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Validate' }).isDisabled()).toBe(false);
  });

  it('has no accessibility violations in the pane at full size (axe-core), with every tab filled', async () => {
    await page.goto(server.url);
    await outcome('scorecard sheet');
    await rateAndValidate(page);
    for (const t of ['Results', 'Checks', 'Rules', 'Columns'] as const) {
      await openTab(t);
      expect({ tab: t, violations: await axeViolations(page, `axe-violations-${t.toLowerCase()}.json`) }).toEqual({ tab: t, violations: [] });
    }
  });

  it('made no network request outside the local server', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  });
});

/** Rate, then Validate, so every tab has something in it. */
async function rateAndValidate(on: Page): Promise<void> {
  await on.getByRole('button', { name: 'Rate this quarter' }).click();
  await on.getByTestId('outcome').filter({ hasText: 'Ratings written' }).waitFor();
  await on.getByRole('button', { name: 'Validate' }).click();
  await on.getByTestId('outcome').filter({ hasText: 'circulate' }).waitFor();
}

/** The accessible name of the focused element, roughly: aria-label, else its <label> (without the required mark), else its text. */
function focusedName(on: Page): Promise<string> {
  return on.evaluate(() => {
    const el = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
    const labelText = el?.labels?.[0]?.textContent?.replace(/\s*\*\s*$/, '');
    return (el?.getAttribute('aria-label') || labelText || el?.innerText || '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses `key` until the focused element is called `name`; the number of presses, or an error listing what was reached. */
async function pressUntil(on: Page, name: string | ((label: string) => boolean), key = 'Tab', limit = 80): Promise<number> {
  const reached: string[] = [];
  const hit = typeof name === 'string' ? (l: string) => l === name : name;
  for (let i = 1; i <= limit; i++) {
    await on.keyboard.press(key);
    const label = await focusedName(on);
    reached.push(label);
    if (hit(label)) return i;
  }
  throw new Error(`${key} never reached "${String(name)}"; reached: ${reached.join(' | ')}`);
}

/** Everything in the pane that scrolls the page sideways, sticks out past the pane, or is cut off. */
function overflowProblems(on: Page): Promise<string[]> {
  return on.evaluate(() => {
    const pane = document.querySelector('[data-testid=pane]') as HTMLElement;
    const edge = pane.getBoundingClientRect().right;
    const doc = document.documentElement;
    const name = (el: Element) => `<${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? ` ${el.getAttribute('data-testid')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const problems: string[] = [];
    if (doc.scrollWidth > doc.clientWidth) problems.push(`the page scrolls sideways: ${doc.scrollWidth} px of content in ${doc.clientWidth}`);
    if (pane.scrollWidth > pane.clientWidth + 1) problems.push(`the pane scrolls sideways: ${pane.scrollWidth} px of content in ${pane.clientWidth}`);
    for (const el of Array.from(pane.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      const st = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || st.visibility === 'hidden') continue;
      if (r.right > edge + 1) problems.push(`${name(el)} ends at ${Math.round(r.right)} px, past the pane's edge at ${Math.round(edge)}`);
      const cuts = st.overflowX === 'hidden' || st.overflowX === 'clip' || st.textOverflow === 'ellipsis';
      if (cuts && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} is cut off (${el.scrollWidth} px of content in ${el.clientWidth})`);
    }
    return [...new Set(problems)];
  });
}

/**
 * The pane as Excel sizes it: 320 CSS px, and 160 CSS px for 200 % zoom (WCAG 1.4.10 Reflow asks
 * for no sideways scrolling down to 320 CSS px of window; a 320 px pane at 200 % is 160).
 */
describe.each([
  { width: 320, zoom: 1, name: '320 px' },
  { width: 160, zoom: 2, name: '200 % zoom (160 CSS px)' },
])('the task pane at $name', ({ width, zoom }) => {
  let narrowBrowser: Chromium;
  let p: Page;
  const said = async (testId: string, text: string) => p.getByTestId(testId).filter({ hasText: text }).waitFor();
  const tab = async (name: string) => {
    await p.getByRole('tab', { name, exact: true }).click();
    await p.getByTestId(`panel-${name.toLowerCase()}`).waitFor();
  };
  const open = async () => {
    await p.goto(server.url);
    await said('outcome', 'scorecard sheet');
  };

  beforeAll(async () => {
    narrowBrowser = await launchChromium({ width, height: 800 }, zoom);
    p = await narrowBrowser.context.newPage();
    await open();
  }, 120_000);

  afterAll(async () => {
    await narrowBrowser?.close();
  });

  it('fits every tab without sideways scrolling or anything cut off; screenshots of each tab', async () => {
    await rateAndValidate(p);
    for (const name of ['Results', 'Checks', 'Rules', 'Columns']) {
      await tab(name);
      if (name === 'Checks') for (const g of await p.getByTestId('finding-group').all()) await g.click();
      await p.getByTestId('pane').screenshot({ path: path.join(ARTIFACTS, `pane-${width}px-${name.toLowerCase()}.png`) });
      expect({ tab: name, problems: await overflowProblems(p) }).toEqual({ tab: name, problems: [] });
    }
    // Section names wrap at word boundaries: no line of a section name ends inside a word.
    await tab('Results');
    const broken = await p.locator('[data-testid=section-counts] li > div:first-child').evaluateAll((els) =>
      els.flatMap((el) => {
        const range = document.createRange();
        const text = el.firstChild as Text;
        const breaks: string[] = [];
        let lastTop = -1;
        for (let i = 0; i < text.length; i++) {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const top = range.getBoundingClientRect().top;
          if (lastTop >= 0 && top > lastTop + 2 && !/\s/.test(text.data[i - 1]) && !/[-–/]/.test(text.data[i - 1])) breaks.push(`${text.data.slice(0, i)}|${text.data.slice(i)}`);
          lastTop = top;
        }
        return breaks;
      }),
    );
    expect(broken).toEqual([]);
    // Refs in the red / amber list are whole.
    const refs = await p.getByTestId('attention-link').allInnerTexts();
    const expected = rated.measures.filter((m) => m.rag === 'red' || m.rag === 'amber').map((m) => m.ref);
    expect(refs.sort()).toEqual(expected.sort());
  });

  it('moves focus to the result of each action, and asks before clearing', async () => {
    await open();
    await p.getByRole('button', { name: 'Rate this quarter' }).click();
    await said('outcome', 'Ratings written');
    expect(await focusedName(p)).toBe('Results');
    expect(await p.getByRole('tab', { name: 'Results' }).getAttribute('aria-selected')).toBe('true');

    await p.getByRole('button', { name: 'Validate' }).click();
    await said('outcome', 'circulate');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('fitness');
    expect(await p.getByRole('tab', { name: 'Checks' }).getAttribute('aria-selected')).toBe('true');

    // The red / amber list goes to the measure's comment cell, which the "Next" step asks for.
    await tab('Results');
    const comments = rated.layout.columns.comments;
    const first = p.getByTestId('attention-link').first();
    const cellOf = await first.getAttribute('data-cell');
    if (comments) expect(cellOf?.replace(/\d+$/, '')).toBe(comments.address.replace(/\d+$/, ''));
    await first.click();
    await p.locator(`[data-testid=selection][data-address="${cellOf}"]`).waitFor();

    await p.getByRole('button', { name: 'Clear ratings' }).click();
    expect(await focusedName(p)).toBe('Clear ratings now');
    await p.keyboard.press('Enter');
    await said('outcome', 'Ratings cleared');
    expect(await p.evaluate(() => document.activeElement?.closest('[data-testid=outcome]') !== null)).toBe(true);

    // Saving an override confirms beside the Save button, not at the top of the pane.
    await tab('Rules');
    const form = p.getByTestId('override-form');
    await form.getByLabel('Measure ref').fill('G1');
    await form.getByLabel('Amber tolerance').fill('5%');
    await form.getByRole('button', { name: 'Save override in workbook' }).click();
    await said('notice-override', 'The override for G1 was saved');
    const save = await form.getByRole('button', { name: 'Save override in workbook' }).boundingBox();
    const bar = await p.getByTestId('notice-override').boundingBox();
    expect(bar!.y - (save!.y + save!.height)).toBeLessThan(120);
    expect(bar!.y).toBeGreaterThan(save!.y);
    expect(await p.getByTestId('override-lines').innerText()).toContain('G1: amber within 5% of the target');
  });

  it('walks by keyboard: Rate, Validate, the first finding within 3 Tabs, then the rules', async () => {
    await open();
    await pressUntil(p, 'Rate this quarter');
    await p.keyboard.press('Enter');
    await said('outcome', 'Ratings written');
    expect(await focusedName(p)).toBe('Results');
    expect(await pressUntil(p, 'Validate', 'Shift+Tab', 6)).toBeLessThanOrEqual(6);
    await p.keyboard.press('Enter');
    await said('outcome', 'circulate');

    const firstFinding = p.getByTestId('panel-checks').locator('[data-testid=finding], [data-testid=finding-group]').first();
    const label = (await firstFinding.innerText()).replace(/\s+/g, ' ').trim();
    const presses = await pressUntil(p, label, 'Tab', 3);
    expect(presses).toBeLessThanOrEqual(3);
    await p.keyboard.press('Enter');
    if ((await firstFinding.getAttribute('data-testid')) === 'finding-group') {
      expect(await firstFinding.getAttribute('aria-expanded')).toBe('true');
      await p.keyboard.press('Tab');
      const cellOf = await p.evaluate(() => document.activeElement?.getAttribute('data-cell'));
      await p.keyboard.press('Enter');
      await p.locator(`[data-testid=selection][data-address="${cellOf}"]`).waitFor();
    }

    // Back up to the tab list, then along it to Rules.
    await pressUntil(p, (l) => ['Results', 'Checks', 'Rules', 'Columns'].includes(l), 'Shift+Tab', 40);
    await pressUntil(p, 'Rules', 'ArrowRight', 4);
    await p.keyboard.press('Enter');
    await p.getByTestId('panel-rules').waitFor();
    await pressUntil(p, 'Measure ref');
    await p.keyboard.type('p3.16');
    await pressUntil(p, 'Exclude from rating (always n/a)');
    await p.keyboard.press('Space');
    await pressUntil(p, 'Save override in workbook');
    await p.keyboard.press('Enter');
    await said('notice-override', 'The override for P3.16 was saved');
    await pressUntil(p, 'Export rules (JSON)');
    const [exported] = await Promise.all([p.waitForEvent('download'), p.keyboard.press('Enter')]);
    expect(exported.suggestedFilename()).toBe('scorecard-rules.json');
    await pressUntil(p, 'Import rules (JSON)', 'Tab', 3);
  });

  it('has no accessibility violations on any tab (axe-core)', async () => {
    await open();
    await rateAndValidate(p);
    for (const name of ['Results', 'Checks', 'Rules', 'Columns']) {
      await tab(name);
      expect({ tab: name, violations: await axeViolations(p, `axe-violations-${width}px-${name.toLowerCase()}.json`) }).toEqual({ tab: name, violations: [] });
    }
  });

  it('fits and passes axe with the fit-to-circulate controls in use: the note form, an accepted finding, the circulation and copy outcomes', async () => {
    await narrowBrowser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await open();
    await rateAndValidate(p);
    await tab('Checks');
    const line = p.locator('li', { has: p.locator('[data-testid=finding][data-code=SMALL_COUNT]') }).first();
    await line.getByTestId('accept').click();
    await line.getByRole('button', { name: 'Accept', exact: true }).click();
    await line.getByText('Write a short note').waitFor();
    expect({ state: 'note form', problems: await overflowProblems(p) }).toEqual({ state: 'note form', problems: [] });
    expect(await axeViolations(p, `axe-violations-${width}px-accept-form.json`)).toEqual([]);
    await p.getByRole('button', { name: 'Prepare for circulation' }).click();
    await said('notice-circulate', 'No circulation copy was made');
    await line.getByTestId('accept-note').fill('Published count, agreed with the DPO');
    await line.getByRole('button', { name: 'Accept', exact: true }).click();
    await said('notice-accept', 'Accepted with your note');
    await p.getByRole('button', { name: 'Prepare for circulation' }).click();
    await said('notice-circulate', 'Circulation copy opened');
    await p.getByTestId('pane').screenshot({ path: path.join(ARTIFACTS, `pane-${width}px-checks-accepted.png`) });
    expect({ state: 'accepted', problems: await overflowProblems(p) }).toEqual({ state: 'accepted', problems: [] });
    expect(await axeViolations(p, `axe-violations-${width}px-accepted.json`)).toEqual([]);
    await tab('Results');
    await p.getByRole('button', { name: 'Copy tables' }).click();
    await said('notice-copy', 'Tables copied');
    await p.getByTestId('pane').screenshot({ path: path.join(ARTIFACTS, `pane-${width}px-results-copied.png`) });
    expect({ state: 'copied', problems: await overflowProblems(p) }).toEqual({ state: 'copied', problems: [] });
    expect(await axeViolations(p, `axe-violations-${width}px-copied.json`)).toEqual([]);
  });
});
