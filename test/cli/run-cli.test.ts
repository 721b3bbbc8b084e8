import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonReport } from '../../src/cli';
import { cli } from '../support/cli';
import { openXlsx } from '../../src/file';
import { WORKED_EXAMPLES } from '../support/worked-examples';
import { compoundFile, makeTempDir, removeTempDirs, writeBytesFixture, writeGridFixture, writeXlsxFixture } from '../support/xlsx-fixtures';

const SAMPLE = join(__dirname, '../../examples/scorecard-2018-19-q2.xlsx');


function sampleCopy(): string {
  const file = join(makeTempDir(), 'scorecard.xlsx');
  copyFileSync(SAMPLE, file);
  return file;
}

afterAll(removeTempDirs);

describe('scorecard rate on the bundled sample', () => {
  let json: JsonReport;
  let file: string;

  beforeAll(async () => {
    file = sampleCopy();
    const r = await cli('rate', file, '--json');
    expect(r.code).toBe(1); // rated and written, but not fit to circulate: P4.5 shows a count of 3 (SMALL_COUNT, an error)
    json = JSON.parse(r.out);
  });

  const measure = (ref: string) => json.sheets[0].measures.find((m) => m.ref === ref)!;
  const flags = (ref: string) => json.sheets[0].flags.filter((f) => f.ref === ref).map((f) => f.code);

  it('prints only the JSON contract on stdout', () => {
    expect(Object.keys(json)).toEqual(['file', 'sheets']);
    expect(Object.keys(json.sheets[0])).toEqual(['name', 'recognised', 'reason', 'quarter', 'counts', 'measures', 'flags']);
    expect(json.sheets[0].quarter).toEqual({ index: 2, label: 'Qu 2 18-19' });
  });

  it.each(WORKED_EXAMPLES)('matches the spec §7 worked example for %s', (ref, rag, arrow, direction, flag) => {
    expect(measure(ref)).toMatchObject({ rag, arrow, direction });
    if (flag) expect(flags(ref)).toContain(flag);
  });

  it('counts add up to the measures listed', () => {
    const { rag, direction } = json.sheets[0].counts!;
    const n = json.sheets[0].measures.length;
    expect(rag.red + rag.amber + rag.green + rag.na).toBe(n);
    expect(rag.total).toBe(n);
    expect(direction.total).toBe(n);
  });

  it('writes the rated copy beside the input and leaves the input as it was', () => {
    expect(existsSync(file.replace(/\.xlsx$/, '.rated.xlsx'))).toBe(true);
    expect(readFileSync(file)).toEqual(readFileSync(SAMPLE));
  });
});

describe('scorecard rate in words', () => {
  it('prints the two committee tables', async () => {
    const r = await cli('rate', sampleCopy());
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Performance Measures\s+Red\s+Amber\s+Green\s+n\/a\s+Total\nThis quarter\s+\d+\s+\d+\s+\d+\s+\d+\s+57/);
    expect(r.out).toMatch(/Direction of Travel\s+Red\s+Amber\s+Green\s+n\/a\s+Total/);
  });

  it('--out names the output; --quarter picks another quarter', async () => {
    const out = join(makeTempDir(), 'q1.xlsx');
    const r = await cli('rate', sampleCopy(), '--out', out, '--quarter', '1', '--json');
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(r.out).sheets[0].quarter).toEqual({ index: 1, label: 'Qu 1 18-19' });
  });

  it('a rules file changes the rating; a bad one is refused with exit 2 and nothing written', async () => {
    const dir = makeTempDir();
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ measures: { 'P2.6': { exclude: true } } }));
    const r = await cli('rate', sampleCopy(), '--rules', rules, '--json');
    expect(JSON.parse(r.out).sheets[0].measures.find((m: { ref: string }) => m.ref === 'P2.6').rag).toBe('na');

    writeFileSync(rules, JSON.stringify({ amberTolerance: 'ten percent' }));
    const input = sampleCopy();
    const bad = await cli('rate', input, '--rules', rules);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^The rules are not valid: in .*rules\.json, amberTolerance: /);
    expect(existsSync(input.replace(/\.xlsx$/, '.rated.xlsx'))).toBe(false);
  });

  it('shows progress on stderr when rating many files', async () => {
    const r = await cli('rate', sampleCopy(), sampleCopy(), '--json');
    expect(r.err.split('\n')).toEqual([expect.stringMatching(/^\[1\/2\] rating /), expect.stringMatching(/^\[2\/2\] rating /)]);
    expect(r.out.split('\n')).toHaveLength(2);
  });

  it('shows progress per sheet for a workbook of several scorecards', async () => {
    const card = (ref: string) => [
      ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2'],
      [ref, 'Number of visits', 'High is Good', 10, 9, 12],
    ];
    const file = await writeXlsxFixture([
      { name: 'Children in care', rows: card('C1') },
      { name: 'Notes', rows: [['Read me']] },
      { name: 'Care leavers', rows: card('L1') },
    ]);
    const r = await cli('validate', file, '--json');
    expect(r.err.split('\n')).toEqual(['  sheet 1/2: Children in care', '  sheet 2/2: Care leavers']);
    expect(JSON.parse(r.out).sheets.map((s: { name: string; recognised: boolean }) => [s.name, s.recognised])).toEqual([
      ['Children in care', true],
      ['Notes', false],
      ['Care leavers', true],
    ]);
  });
});

describe('scorecard validate exit codes', () => {
  it('1 on the sample: the count of 3 on P4.5 could identify a child until it is suppressed or accepted', async () => {
    const r = await cli('validate', sampleCopy(), '--json');
    expect(r.code).toBe(1);
    const small = JSON.parse(r.out).sheets[0].flags.filter((f: { code: string }) => f.code === 'SMALL_COUNT');
    expect(small).toEqual([expect.objectContaining({ severity: 'error', ref: 'P4.5' })]);
  });

  it('0 when fit to circulate (small counts a warning by the rules), writing nothing', async () => {
    const file = sampleCopy();
    const rules = join(makeTempDir(), 'rules.json');
    writeFileSync(rules, JSON.stringify({ smallCount: { min: 1, max: 4, severity: 'warning' } }));
    const before = statSync(file).mtimeMs;
    const r = await cli('validate', file, '--rules', rules);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Fit to circulate');
    expect(statSync(file).mtimeMs).toBe(before);
    expect(existsSync(file.replace(/\.xlsx$/, '.rated.xlsx'))).toBe(false);
  });

  it('1 when errors are found', async () => {
    const file = await writeGridFixture([
      ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2'],
      ['P1', '% of reviews', 'High is Good', 0.9, 0.8, { error: '#DIV/0!' }],
      ['P1', '% of visits', 'High is Good', 0.9, 0.8, 0.9],
    ]);
    const r = await cli('validate', file, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).sheets[0].flags.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(['FORMULA_ERROR', 'DUPLICATE_REF']));
  });

  it.each([
    ['not an xlsx', () => writeBytesFixture('Ref,Measure\nP1,x\n', 'data.xlsx'), /is not an Excel workbook/],
    ['no scorecard sheet', () => writeGridFixture([['Name', 'Team'], ['Kerry', 'BI']]), /No scorecard table was found/],
    ['a missing file', async () => '/nonexistent/scorecard.xlsx', /Cannot find/],
    ['a password-protected workbook', () => writeBytesFixture(compoundFile('EncryptedPackage'), 'locked.xlsx'), /is password-protected/],
    ['an empty workbook', () => writeGridFixture([]), /has no cells with data/],
  ])('2 for %s, with a one-line reason on stderr', async (_n, make, message) => {
    const r = await cli('validate', await make());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });

  it('2 for bad rules, naming the field', async () => {
    const rules = join(makeTempDir(), 'rules.json');
    writeFileSync(rules, '{"measures": {"P2.4": {"polarity": "up"}}}');
    const r = await cli('validate', sampleCopy(), '--rules', rules);
    expect(r.code).toBe(2);
    expect(r.err).toContain('measures.P2.4.polarity');
  });

  it('2 for a mistake on the command line', async () => {
    const r = await cli('validate', sampleCopy(), '--quarter', '5');
    expect(r).toMatchObject({ code: 2, err: '--quarter must be 1, 2, 3 or 4 (got "5").' });
  });
});

describe('scorecard clear', () => {
  it('takes out what a run wrote', async () => {
    const dir = makeTempDir();
    const rated = join(dir, 'rated.xlsx');
    await cli('rate', sampleCopy(), '--out', rated);
    const cleared = join(dir, 'cleared.xlsx');
    const r = await cli('clear', rated, '--out', cleared);
    expect(r.code).toBe(1); // the cleared file still shows P4.5's count of 3
    expect(existsSync(cleared)).toBe(true);
    const reopened = await openXlsx(cleared);
    if (!reopened.ok) throw new Error(reopened.problem.message);
    expect(reopened.file.grid.sheets.map((s) => s.name)).toEqual(['Scorecard']);
    const RAG = 13;
    const ragCells = reopened.file.grid.sheets[0].values.slice(3).map((row) => row?.[RAG] ?? null);
    expect(ragCells.filter((v) => v !== null)).toEqual(['RAG', 'RAG']); // the page-break header copies; every rating cell blank again, not ''
  });
});
