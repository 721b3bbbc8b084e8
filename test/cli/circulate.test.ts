import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromA1, planAccept, planCirculation, suppressionFootnote, valueAt, type WorkbookGrid } from '../../src/engine';
import { applyPlan, openXlsx, saveXlsx, type XlsxFile } from '../../src/file';
import { cli, CLI_NOW } from '../support/cli';
import { onlyOwnedChanges, reachedFrom, sheetParts } from '../support/package-compare';
import { makeTempDir, removeTempDirs, unzipAll } from '../support/xlsx-fixtures';

/**
 * Issue 12 end to end on the bundled sample, as an analyst would go: the count of 3 pregnant care
 * leavers (P4.5) blocks circulation; it is accepted with a note (the pane's planAccept, saved);
 * `circulate --suppress-small` then writes the committee copy.
 */
const SAMPLE = join(__dirname, '../../examples/scorecard-2018-19-q2.xlsx');
const NOTE = 'Published by the DfE at this level';

let dir: string;
let rated: string;
let accepted: string;
let smallCell: string;

async function open(path: string): Promise<XlsxFile> {
  const opened = await openXlsx(path);
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.file;
}

const sheet = (grid: WorkbookGrid, name: string) => grid.sheets.find((s) => s.name === name)!;
const at = (grid: WorkbookGrid, name: string, a1: string) => {
  const { row, column } = fromA1(a1);
  return valueAt(sheet(grid, name), row, column);
};

interface JsonFlag {
  code: string;
  severity: string;
  cell: string;
  ref: string;
  accepted?: { note: string; date: string; value: unknown };
  lapsed?: { note: string; date: string; value: unknown };
}
const flagsOf = (out: string): JsonFlag[] => JSON.parse(out).sheets.flatMap((s: { flags: JsonFlag[] }) => s.flags);

beforeAll(async () => {
  dir = makeTempDir('circulate-');
  const input = join(dir, 'scorecard.xlsx');
  copyFileSync(SAMPLE, input);
  rated = join(dir, 'scorecard.rated.xlsx');
  expect((await cli('rate', input)).code).toBe(1);
  // Accepted as the pane does it: the engine's plan on the opened file, saved.
  const file = await open(rated);
  const flag = (await cli('validate', rated, '--json')).out;
  smallCell = flagsOf(flag).find((f) => f.code === 'SMALL_COUNT')!.cell;
  const plan = planAccept(file.grid, { sheet: 'Scorecard', cell: smallCell, code: 'SMALL_COUNT', note: NOTE, now: CLI_NOW, timeZone: 'Europe/London' });
  if (!plan.ok) throw new Error(plan.problem.message);
  expect(applyPlan(file, plan.plan)).toEqual({ ok: true });
  accepted = join(dir, 'scorecard.accepted.xlsx');
  expect(await saveXlsx(file, accepted)).toEqual({ ok: true });
}, 60_000);
afterAll(removeTempDirs);

describe('a disclosive count blocks circulation until it is accepted with a note', () => {
  test('validate on the rated sample exits 1: SMALL_COUNT is an error on P4.5, the count of 3', async () => {
    const { code, out } = await cli('validate', rated, '--json');
    expect(code).toBe(1);
    const small = flagsOf(out).filter((f) => f.code === 'SMALL_COUNT');
    expect(small.map((f) => [f.ref, f.severity, f.accepted])).toEqual([['P4.5', 'error', undefined]]);
    expect(at((await open(rated)).grid, 'Scorecard', smallCell)).toBe(3);
    expect((await cli('circulate', rated)).code).toBe(2);
  });

  test('accepted, validate exits 0 and shows the acceptance (JSON and text)', async () => {
    const json = await cli('validate', accepted, '--json');
    expect(json.code).toBe(0);
    const small = flagsOf(json.out).find((f) => f.code === 'SMALL_COUNT')!;
    expect(small.accepted).toEqual({ note: NOTE, date: '2026-11-22', value: 3 });
    const text = await cli('validate', accepted);
    expect(text.code).toBe(0);
    expect(text.out).toContain(`SMALL_COUNT             Scorecard!${smallCell}`);
    expect(text.out).toContain(`[accepted 2026-11-22: "${NOTE}"]`);
    expect(text.out).toMatch(/Flags: 0 errors, \d+ warnings?, \d+ info, 1 accepted\./);
    expect(text.out).not.toContain('NOT fit to circulate');
  });

  test('changing the figure lapses the acceptance: exit 1 again', async () => {
    const file = await open(accepted);
    expect(applyPlan(file, { writes: [{ sheet: 'Scorecard', cells: [{ address: smallCell, value: 2 }] }], sheets: [], deleteSheets: [] })).toEqual({ ok: true });
    const changed = join(dir, 'changed.xlsx');
    expect(await saveXlsx(file, changed)).toEqual({ ok: true });
    const json = await cli('validate', changed, '--json');
    expect(json.code).toBe(1);
    const small = flagsOf(json.out).find((f) => f.code === 'SMALL_COUNT')!;
    expect([small.severity, small.accepted, small.lapsed]).toEqual(['error', undefined, { note: NOTE, date: '2026-11-22', value: 3 }]);
    const text = await cli('validate', changed);
    expect(text.out).toContain('[acceptance of 2026-11-22 lapsed');
    expect(text.out).toContain('NOT fit to circulate: fix the 1 error above.');
  });
});

describe('the checks sheet of the rated sample', () => {
  test('holds every flag with its cell, code and message', async () => {
    const grid = (await open(rated)).grid;
    const checks = sheet(grid, grid.ownSheets!.checks!);
    const rows = checks.values.map((r) => r.map((v) => (v === null ? '' : String(v))));
    const { out } = await cli('validate', rated, '--json');
    const flags = JSON.parse(out).sheets.flatMap((s: { flags: (JsonFlag & { sheet: string; message: string })[] }) => s.flags);
    expect(flags.length).toBeGreaterThan(5);
    for (const f of flags) {
      const row = rows.find((r) => r[0] === f.sheet && r[1] === f.cell && r[4] === f.code);
      expect([f.code, f.cell, row?.[2], row?.[5]]).toEqual([f.code, f.cell, f.ref, f.message]);
    }
  });
});

describe('scorecard circulate --suppress-small on the accepted sample', () => {
  let copy: string;
  beforeAll(async () => {
    const { code, out, err } = await cli('circulate', accepted, '--suppress-small');
    expect([code, err]).toEqual([0, '']);
    copy = join(dir, 'scorecard.accepted.circulate.xlsx');
    expect(out).toBe(`Circulation copy of ${accepted} -> ${copy}`);
  });

  test('has no settings or checks sheet, and no marker names left for them', async () => {
    const grid = (await open(copy)).grid;
    expect(grid.sheets.map((s) => s.name)).toEqual(['Scorecard', 'RAG Summary']);
    expect(grid.ownSheets).toEqual({ summary: 'RAG Summary' });
    const wb = unzipAll(readFileSync(copy)).get('xl/workbook.xml')!.toString();
    expect(wb).not.toMatch(/ScorecardRater_(checks|settings)/);
  });

  test('shows c in place of the 3, keeps the ratings, and takes the flag fills off', async () => {
    const [original, before, after] = await Promise.all([open(SAMPLE), open(accepted), open(copy)]);
    expect(at(after.grid, 'Scorecard', smallCell)).toBe('c');
    const [o, b, a] = [original, before, after].map((f) => sheet(f.grid, 'Scorecard'));
    let ratings = 0;
    a.values.forEach((row, r) =>
      row.forEach((v, c) => {
        // RAG (N) and direction (O) as rated; every other cell's fill as in the sample before rating.
        if (c === 13 || c === 14) {
          expect([r, c, v]).toEqual([r, c, b.values[r][c]]);
          if (['Red', 'Amber', 'Green', 'n/a'].includes(String(v))) ratings++;
        } else expect([r, c, a.fills?.[r]?.[c] ?? null]).toEqual([r, c, o.fills?.[r]?.[c] ?? null]);
      }),
    );
    expect(ratings).toBe(57);
    // The accepted file did carry flag fills: the check above is not vacuous.
    expect((b.fills ?? []).some((row, r) => row.some((f, c) => c < 13 && f && f !== (o.fills?.[r]?.[c] ?? null)))).toBe(true);
  });

  test('keeps the summary (with c and its footnote) and its chart part', async () => {
    const grid = (await open(copy)).grid;
    const planned = planCirculation((await open(accepted)).grid, { suppressSmall: true, now: CLI_NOW });
    if (!planned.ok) throw new Error(planned.problem.message);
    const text = sheet(grid, 'RAG Summary').values.flat().map(String);
    expect(text.some((t) => /Performance Measures/.test(t))).toBe(true);
    expect(text).toContain(suppressionFootnote(planned.report.rules));
    const parts = unzipAll(readFileSync(copy));
    const summaryPart = sheetParts(parts).get('RAG Summary')!;
    const reached = reachedFrom(parts, summaryPart);
    const charts = reached.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(1);
    expect(parts.get(charts[0])!.toString()).toContain('<c:grouping val="stacked"/>');
    expect(parts.get('[Content_Types].xml')!.toString()).toContain(`PartName="/${charts[0]}"`);
  });

  test('keeps every other part byte for byte', async () => {
    const planned = planCirculation((await open(accepted)).grid, { suppressSmall: true, now: CLI_NOW });
    if (!planned.ok) throw new Error(planned.problem.message);
    onlyOwnedChanges(unzipAll(readFileSync(accepted)), unzipAll(readFileSync(copy)), planned.plan);
  });

  test('an .xlsm copy stays .xlsm; --out names the copy; errors left or no rating: refused with one line', async () => {
    const out = join(dir, 'committee.xlsx');
    const json = await cli('circulate', accepted, '--out', out, '--json');
    expect(json.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    // --json: stdout is only the report of the workbook circulated, with the acceptance.
    const report = JSON.parse(json.out);
    expect(report.file).toBe(accepted);
    expect(flagsOf(json.out).find((f) => f.code === 'SMALL_COUNT')!.accepted).toEqual({ note: NOTE, date: '2026-11-22', value: 3 });
    const refused = await cli('circulate', SAMPLE);
    expect(refused.code).toBe(2);
    expect(refused.err.split('\n')).toHaveLength(1);
    expect(refused.err).toMatch(/not fit to circulate.*P4\.5/);
    expect(refused.err).not.toContain('..');
    expect((await cli('validate', SAMPLE, '--suppress-small')).err).toMatch(/--suppress-small is for circulate/);
    // With small counts as warnings the sample is fit, but it was never rated.
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ smallCount: { min: 1, max: 4, severity: 'warning' } }));
    const unrated = await cli('circulate', SAMPLE, '--rules', rules);
    expect([unrated.code, unrated.err.split('\n').length]).toEqual([2, 1]);
    expect(unrated.err).toMatch(/has not been rated yet/);
    expect(existsSync(SAMPLE.replace(/\.xlsx$/, '.circulate.xlsx'))).toBe(false);
    const xlsm = join(dir, 'book.xlsm');
    copyFileSync(accepted, xlsm);
    // The content type stays a plain workbook's; only the default name keeps the extension.
    expect((await cli('circulate', xlsm)).code).toBe(0);
    expect(existsSync(join(dir, 'book.circulate.xlsm'))).toBe(true);
  });
});
