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
import { openXlsx } from '../../src/file';
import { harnessMounts, startStaticServer, type RunningServer } from '../../src/harness/server';
import { buildHarness, PROJECT_ROOT } from './support/build-harness';
import { launchChromium, type Chromium } from './support/chromium';

jest.setTimeout(120_000);

const SAMPLE = path.join(PROJECT_ROOT, 'examples/scorecard-2018-19-q2.xlsx');
const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');
const WORDS = { red: 'Red', amber: 'Amber', green: 'Green', na: 'n/a' } as const;

let server: RunningServer;
let browser: Chromium;
let page: Page;
const requests: string[] = [];
let sampleGrid: WorkbookGrid;
let reference: RunReport;
let rated: SheetReport;
let savedCopy = '';

async function readGrid(file: string): Promise<WorkbookGrid> {
  const opened = await openXlsx(file);
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.file.grid;
}

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

async function openSection(name: 'Workbook' | 'Results' | 'Findings' | 'Rules'): Promise<void> {
  const header = page.getByRole('button', { name, exact: true });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
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

async function download(click: () => Promise<void>, saveAs: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const target = path.join(ARTIFACTS, saveAs);
  await dl.saveAs(target);
  return target;
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
    await openSection('Workbook');
    const overview = page.getByTestId('overview');
    const sheet = overview.getByTestId('scorecard-sheet').filter({ hasText: rated.name });
    await expect(sheet.innerText()).resolves.toContain(`${rated.layout.measures.length} measures`);
    await expect(sheet.innerText()).resolves.toContain(`Will rate ${rated.quarter!.label}`);
    const map = await sheet.getByRole('table').innerText();
    expect(map).toContain(rated.layout.columns.ref!.address);
    expect(map).toContain(rated.quarter!.column.header.replace(/\s+/g, ' ').trim().split(' ')[0]);
    const picker = page.getByTestId('quarter-picker');
    const options = await picker.locator('option').allInnerTexts();
    expect(options.length).toBe(1 + new Set(rated.layout.quarters.map((q) => q.quarter)).size);
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
    await openSection('Findings');
    const findings = page.getByTestId('findings');
    expect(await findings.getByTestId('fitness').innerText()).toContain(reference.fit ? 'Fit to circulate' : 'Not fit to circulate');
    const groups = await findings.locator('[data-severity]').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    expect(groups).toEqual(['error', 'warning', 'info'].filter((s) => reference.flags.some((f) => f.severity === s)));

    const missing = reference.flags.find((f) => f.code === 'MISSING_VALUE' && /^[A-Z]+\d+$/.test(f.cell))!;
    expect(missing).toBeDefined();
    await viewSheet(reference.sheets.find((s) => s.name !== missing.sheet)?.name ?? missing.sheet);
    await findings.locator(`[data-testid=finding][data-code=MISSING_VALUE][data-cell="${missing.cell}"]`).first().click();
    const selection = page.locator(`[data-testid=selection][data-sheet="${missing.sheet}"][data-address="${missing.cell}"]`);
    await selection.waitFor();
    expect(await page.locator('td[data-selected=true]').getAttribute('data-address')).toBe(missing.cell);
  });

  it('checks an override with the schema, saves it in the workbook, and the next rating uses it', async () => {
    await openSection('Rules');
    const form = page.getByTestId('override-form');
    await form.getByLabel('Measure ref').fill('P2.4');
    await form.getByLabel('Target').fill('ninety');
    await form.getByRole('button', { name: 'Save override in workbook' }).click();
    await form.getByText('must be a number (90%, 426), a range (400-450) or none').waitFor();

    await form.getByLabel('Target').fill('90%');
    await form.getByRole('button', { name: 'Save override in workbook' }).click();
    await outcome('Rules saved in the workbook');
    expect(await page.getByTestId('override-lines').innerText()).toContain('P2.4: target 90%');

    await page.getByRole('button', { name: 'Rate this quarter' }).click();
    await outcome('Ratings written');
    const before = rated.counts.rag;
    expect(await paneCounts('rag-counts')).toEqual({ ...before, amber: before.amber - 1, green: before.green + 1 });
    await viewSheet(rated.name);
    expect(await cell(measureOf(reference, 'P2.4').ragCell)).toEqual({ text: 'Green', fill: '#C6EFCE' });
  });

  it('exports the rules as the JSON the command line reads, giving the same rating', async () => {
    const file = await download(() => page.getByRole('button', { name: 'Export rules (JSON)' }).click(), 'scorecard-rules.json');
    const parsed = parseRulesJson(readFileSync(file, 'utf8'));
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.rules.measures['P2.4']).toEqual({ target: '90%' });
    expect(measureOf(engineRate(sampleGrid, { rules: parsed.rules }), 'P2.4').rag).toBe('green');
    const cli = cliRate(SAMPLE, '--rules', file);
    expect(cli.measures.find((m) => m.ref === 'P2.4')?.rag).toBe('green');
    expect(cli.counts.rag).toEqual(await paneCounts('rag-counts'));
  });

  it('imports a rules file: one with a mistake shows its issues, a good one is saved', async () => {
    const input = page.getByTestId('rules-file-input');
    await input.setInputFiles({ name: 'bad-rules.json', mimeType: 'application/json', buffer: Buffer.from('{"amberTolerance": 3, "colour": "red"}') });
    const issues = await page.getByTestId('import-issues').innerText();
    expect(issues).toContain('bad-rules.json was not imported');
    expect(issues).toContain('amberTolerance: must be at most 1 (a fraction: 0.1 is 10 %)');
    expect(issues).toContain('unknown field colour');

    const good = JSON.stringify({ amberTolerance: 0.05, measures: { 'P2.4': { target: '90%' } } });
    await input.setInputFiles({ name: 'team-rules.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await outcome('The rules from team-rules.json were imported');
    expect(await page.getByTestId('import-issues').count()).toBe(0);
    expect(await page.getByTestId('rule-lines').innerText()).toContain('by at most 5% of the target; red beyond that. (changed from the default)');
    // Back to the defaults plus the one override, for the steps that follow.
    await input.setInputFiles({ name: 'override-only.json', mimeType: 'application/json', buffer: Buffer.from('{"measures":{"P2.4":{"target":"90%"}}}') });
    await outcome('The rules from override-only.json were imported');
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
    await openSection('Rules');
    await page.getByTestId('rules').getByText('These rules are stored in this workbook').waitFor();
    expect(await page.getByTestId('override-lines').innerText()).toContain('P2.4: target 90%');
    await page.getByRole('button', { name: 'Rate this quarter' }).click();
    await outcome('Ratings written');
    await viewSheet(rated.name);
    expect((await cell(measureOf(reference, 'P2.4').ragCell)).text).toBe('Green');
  });

  it('clears what it wrote: RAG cells back as they were, its summary sheet gone', async () => {
    await page.getByRole('button', { name: 'Clear ratings' }).click();
    await outcome('Ratings cleared');
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
    expect(await page.getByRole('button', { name: 'Rate this quarter' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Validate' }).isDisabled()).toBe(false);
  });

  it('reaches every action with Tab and runs it with Enter', async () => {
    await page.goto(server.url);
    await outcome('scorecard sheet');
    const reached: string[] = [];
    const tabTo = async (name: string, limit = 120) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        // The accessible name, roughly: aria-label, else the <label> (without the required mark), else the text.
        const label = await page.evaluate(() => {
          const el = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
          const labelText = el?.labels?.[0]?.textContent?.replace(/\s*\*\s*$/, '');
          return (el?.getAttribute('aria-label') || labelText || el?.innerText || '').trim();
        });
        reached.push(label);
        if (label === name) return;
      }
      throw new Error(`Tab never reached "${name}"; reached: ${reached.join(' | ')}`);
    };
    await tabTo('Rate this quarter');
    await page.keyboard.press('Enter');
    await outcome('Ratings written');
    await tabTo('Validate');
    await page.keyboard.press('Enter');
    await outcome('circulate');
    await tabTo('Clear ratings');
    await tabTo('Findings');
    if ((await page.getByRole('button', { name: 'Findings', exact: true }).getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('Enter');
    const first = page.locator('[data-testid=finding][data-cell]:not([data-cell=""])').first();
    const [firstLabel, firstCell] = [(await first.innerText()).trim(), await first.getAttribute('data-cell')];
    await tabTo(firstLabel);
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid=selection][data-address="${firstCell}"]`).waitFor();
    await tabTo('Rules');
    await page.keyboard.press('Enter');
    await tabTo('Measure ref');
    await page.keyboard.type('G1');
    await tabTo('Exclude from rating (always n/a)');
    await page.keyboard.press('Space');
    await tabTo('Save override in workbook');
    await page.keyboard.press('Enter');
    await outcome('The override for G1 was saved');
    await tabTo('Export rules (JSON)');
    const [exported] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(exported.suggestedFilename()).toBe('scorecard-rules.json');
    await tabTo('Import rules (JSON)');
    const order = ['Quarter to rate', 'Rate this quarter', 'Validate', 'Clear ratings', 'Findings', 'Rules', 'Measure ref', 'Save override in workbook', 'Export rules (JSON)'];
    expect(order.map((name) => reached.indexOf(name))).toEqual([...order.map((name) => reached.indexOf(name))].sort((a, b) => a - b));
    expect(order.every((name) => reached.includes(name))).toBe(true);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    for (const s of ['Workbook', 'Results', 'Findings', 'Rules'] as const) await openSection(s);
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    writeFileSync(path.join(ARTIFACTS, 'axe-violations.json'), JSON.stringify(violations, null, 2));
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('made no network request outside the local server', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  });
});
