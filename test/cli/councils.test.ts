import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonReport } from '../../src/cli';
import { cli } from '../support/cli';
import type { CellValue } from '../../src/engine';
import { parseRules, planSaveRules } from '../../src/engine';
import { applyPlan, openXlsx, saveXlsx } from '../../src/file';
import { GOOD_IS_COUNCIL, MAPPED_COUNCIL, MAPPED_COUNCIL_RULES } from '../support/councils';
import { WORKED_EXAMPLES } from '../support/worked-examples';
import { makeTempDir, removeTempDirs, writeXlsxFixture } from '../support/xlsx-fixtures';



const book = (rows: CellValue[][]) => writeXlsxFixture([{ name: 'Scorecard', rows }]);

function rulesFile(rules: unknown): string {
  const file = join(makeTempDir(), 'rules.json');
  writeFileSync(file, JSON.stringify(rules));
  return file;
}

const ratings = (json: JsonReport) => json.sheets[0].measures.map((m) => [m.ref, m.rag, m.arrow, m.direction]);

afterAll(removeTempDirs);

describe('a council whose columns need a map', () => {
  it('--rules with the column map rates every measure as spec §7, and the same map saved in the workbook gives the same ratings', async () => {
    const file = await book(MAPPED_COUNCIL);
    const withRules = await cli('validate', file, '--rules', rulesFile(MAPPED_COUNCIL_RULES), '--json');
    const json: JsonReport = JSON.parse(withRules.out);
    expect(ratings(json)).toEqual(WORKED_EXAMPLES.map(([ref, rag, arrow, direction]) => [ref, rag, arrow, direction]));
    expect(json.sheets[0].flags.map((f) => f.code)).not.toContain('LAYOUT_GAP');

    // What the pane does when the analyst saves the map: the rules go into the workbook.
    const opened = await openXlsx(file);
    if (!opened.ok) throw new Error(opened.problem.message);
    const parsed = parseRules(MAPPED_COUNCIL_RULES);
    if (!parsed.success) throw new Error('bad rules');
    const save = planSaveRules(opened.file.grid, parsed.rules);
    if (!save.ok) throw new Error(save.problem.message);
    expect(applyPlan(opened.file, save.plan).ok).toBe(true);
    const saved = join(makeTempDir(), 'saved.xlsx');
    expect((await saveXlsx(opened.file, saved)).ok).toBe(true);
    const stored = await cli('validate', saved, '--json');
    expect(ratings(JSON.parse(stored.out))).toEqual(ratings(json));
  });

  it('without the map, prints LAYOUT_GAP above the tables, never plain success, and exits 1', async () => {
    const r = await cli('validate', await book(MAPPED_COUNCIL));
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    const gap = lines.findIndex((l) => l.startsWith('WARNING LAYOUT_GAP: 8 of 8 measures could not be rated because no polarity or target column was found.'));
    expect(gap).toBeGreaterThan(-1);
    expect(gap).toBeLessThan(lines.findIndex((l) => l.startsWith('Performance Measures')));
    expect(r.out).toContain('"Aim" (C1)');
    expect(r.out).not.toContain('Fit to circulate');
    expect(lines[lines.length - 1]).toMatch(/^NOT fully rated: a sheet has a LAYOUT_GAP/);
  });
});

describe('refs and quarters', () => {
  it('applies an override whose ref is written in lower case', async () => {
    const file = await book(GOOD_IS_COUNCIL);
    const before: JsonReport = JSON.parse((await cli('validate', file, '--json')).out);
    expect(before.sheets[0].measures.find((m) => m.ref === 'P2.4')!.rag).toBe('amber');
    const after: JsonReport = JSON.parse((await cli('validate', file, '--json', '--rules', rulesFile({ measures: { 'p2.4': { target: '94%' } } }))).out);
    expect(after.sheets[0].measures.find((m) => m.ref === 'P2.4')!.rag).toBe('green');
  });

  const withEmptyQ3: CellValue[][] = [
    ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3'],
    ...Array.from({ length: 5 }, (_, i): CellValue[] => [`P${i + 1}`, `Number of moves ${i + 1}`, 'Low is Good', 10, 12, 9, null]),
  ];

  it('rates a quarter with no figures only when --quarter asks, with a warning and the repeated flag grouped', async () => {
    const file = await book(withEmptyQ3);
    const usual = await cli('validate', file);
    expect(usual.out).toContain('Sheet "Scorecard": Q2 (the rightmost quarter with figures)');
    expect(usual.out).not.toContain('no figures yet');

    const r = await cli('validate', file, '--quarter', '3');
    expect(r.out).toContain('WARNING: Q3 has no figures yet, so every measure is n/a.');
    expect(r.out).toContain('warning MISSING_VALUE on 5 measures of "Scorecard": P1, P2, P3, P4, P5. No figure for Q3.');
    expect(r.out.match(/MISSING_VALUE/g)).toHaveLength(1);

    const json = await cli('validate', file, '--quarter', '3', '--json');
    expect((JSON.parse(json.out) as JsonReport).sheets[0].flags.filter((f) => f.code === 'MISSING_VALUE')).toHaveLength(5);
    expect(json.err).toContain('Q3 has no figures yet');
  });

  it('refuses to rate when no quarter has figures and --quarter is not given', async () => {
    const blank = withEmptyQ3.map((row, i) => (i === 0 ? row : [...row.slice(0, 4), null, null, null]));
    const file = await book(blank);
    const r = await cli('rate', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('has no figures in any quarter yet, so nothing was rated');
    const asked = await cli('rate', file, '--quarter', '1');
    expect(asked.out).toContain('WARNING: Q1 has no figures yet');
  });
});

describe('rating a rated copy again (issue 9)', () => {
  it('gives the same cells three times over on a two-row header without RAG or direction columns', async () => {
    const file = await book([
      ['Ref', 'Measure', 'Polarity', 'Stat Neigh', 'Target', 'Yr. end', 'Qu 1', 'Qu 2'],
      [null, null, null, 'Av', null, '17-18', '18-19', '18-19'],
      ['P1', '% of care leavers in education', 'High is Good', '55%', '60%', '52%', '58%', '61%'],
      ['P2', 'Number of placement moves', 'Low is Good', 30, 25, 28, 27, 29],
    ]);
    const dir = makeTempDir();
    const runs = [join(dir, 'once.xlsx'), join(dir, 'twice.xlsx'), join(dir, 'thrice.xlsx')];
    let input = file;
    for (const out of runs) {
      expect((await cli('rate', input, '--out', out)).code).not.toBe(2);
      input = out;
    }
    const values = async (path: string) => {
      const opened = await openXlsx(path);
      if (!opened.ok) throw new Error(opened.problem.message);
      const s = opened.file.grid.sheets.find((x) => x.name === 'Scorecard')!;
      return { values: s.values.map((r) => (r ?? []).map((v) => v ?? null)), fills: (s.fills ?? []).map((r) => (r ?? []).map((v) => v ?? null)) };
    };
    const once = await values(runs[0]);
    expect(once.values[0].slice(8, 10)).toEqual(['RAG', 'Direction of travel']);
    expect(await values(runs[1])).toEqual(once);
    expect(await values(runs[2])).toEqual(once);
  });
});
