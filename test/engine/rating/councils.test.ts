import type { CellValue, RuleSetInput, SheetReport } from '../../../src/engine';
import { DEFAULT_RULES, parseRules, recogniseSheet, validateGrid } from '../../../src/engine';
import { DEFAULT_COUNCIL, GOOD_IS_COUNCIL, MAPPED_COUNCIL, MAPPED_COUNCIL_RULES } from '../../support/councils';
import { sheet, workbook } from '../../support/grid';
import { WORKED_EXAMPLES } from '../../support/worked-examples';

function rules(input: RuleSetInput) {
  const parsed = parseRules(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.rules;
}

function rateRows(rows: CellValue[][], input?: RuleSetInput): SheetReport {
  const result = validateGrid(workbook(sheet('Scorecard', rows)), input ? { rules: rules(input) } : {});
  if (!result.ok) throw new Error(result.problem.message);
  return result.report.sheets[0];
}

describe.each([
  ['the built-in words', DEFAULT_COUNCIL, undefined],
  ['Code, KPI, Good is (Higher / Lower / High / Low), 2017/18 Outturn, Q1 2019/20', GOOD_IS_COUNCIL, undefined],
  ['words no vocabulary knows, with a column map and polarity words in the rules', MAPPED_COUNCIL, MAPPED_COUNCIL_RULES],
])('a council that writes %s', (_name, rows, input) => {
  const report = rateRows(rows, input);
  const byRef = new Map(report.measures.map((m) => [m.ref, m]));

  it('finds every measure with its text and section', () => {
    expect(report.measures.map((m) => m.ref)).toEqual(['P2.2', 'P2.4', 'P2.6', 'P3.16', 'P3.17', 'G1', 'P5.3', 'P4.5']);
    expect(byRef.get('P2.4')!.measure).toBe('% attendance at secondary school');
    expect(byRef.get('P2.4')!.section).toBe('Priority 2 - Education');
    expect(byRef.get('P3.16')!.section).toBe('Priority 3 - Achieving Permanence');
  });

  it.each(WORKED_EXAMPLES)('rates %s %s with %s %s, as spec §7', (ref, rag, arrow, direction, flag) => {
    expect(byRef.get(ref)).toMatchObject({ rag, arrow, direction });
    if (flag) expect(report.flags.filter((f) => f.ref === ref).map((f) => f.code)).toContain(flag);
  });

  it('reports no layout gap and no target without polarity', () => {
    expect(report.flags.map((f) => f.code)).not.toContain('LAYOUT_GAP');
    expect(report.flags.map((f) => f.code)).not.toContain('TARGET_WITHOUT_POLARITY');
  });
});

describe('recognition says what it could not find (LAYOUT_GAP)', () => {
  it('names polarity and the header that matched nothing when the polarity header is unknown', () => {
    const rows = GOOD_IS_COUNCIL.map((r, i) => (i === 0 ? r.map((h) => (h === 'Good is' ? 'Aim' : h)) : r));
    const report = rateRows(rows);
    const gap = report.flags.find((f) => f.code === 'LAYOUT_GAP')!;
    expect(gap).toMatchObject({ severity: 'warning', sheet: 'Scorecard', cell: '' });
    expect(gap.message).toContain('no polarity column was found');
    expect(gap.message).toContain('Headers that matched no column: "Aim" (C1).');
    expect(report.flags[0].code).toBe('LAYOUT_GAP');
  });

  it('names both polarity and target, and every unknown header, without a column map', () => {
    const report = rateRows(MAPPED_COUNCIL);
    const gap = report.flags.find((f) => f.code === 'LAYOUT_GAP')!;
    expect(gap.message).toMatch(/^8 of 8 measures could not be rated because no polarity or target column was found\./);
    expect(gap.message).toContain('Headers that matched no column: "Aim" (C1), "Goal" (D1), "Last year" (E1), "Notes" (H1).');
  });

  it('names polarity words the vocabulary does not know', () => {
    const report = rateRows(MAPPED_COUNCIL, { columns: MAPPED_COUNCIL_RULES.columns });
    const gap = report.flags.find((f) => f.code === 'LAYOUT_GAP')!;
    expect(gap.message).toContain('"Up is good", "Down is good", which are not known polarity words');
    expect(report.flags.find((f) => f.code === 'TARGET_WITHOUT_POLARITY')?.message).toContain('"Up is good" is not a known polarity word');
  });

  it('stays quiet when only a few measures lack polarity', () => {
    const rows = DEFAULT_COUNCIL.map((r) => (r[0] === 'P2.4' ? r.map((v, c) => (c === 2 ? null : v)) : r));
    expect(rateRows(rows).flags.map((f) => f.code)).not.toContain('LAYOUT_GAP');
  });
});

describe('the column map wins over recognition', () => {
  it('maps a role by header text or by column letter, and says so', () => {
    const layout = recogniseSheet(sheet('Scorecard', MAPPED_COUNCIL), rules(MAPPED_COUNCIL_RULES));
    expect(layout.columns.polarity).toMatchObject({ address: 'C1', header: 'Aim', source: 'map' });
    expect(layout.columns.yearEnd).toMatchObject({ address: 'E1', header: 'Last year', source: 'map' });
    expect(layout.columns.measure).toMatchObject({ address: 'B1', source: 'default' });
    expect(layout.unmatchedHeaders).toEqual([]);
  });

  it('takes a mapped column over one the vocabulary recognises', () => {
    // Two candidate polarity columns: the map says the second one counts.
    const rows = DEFAULT_COUNCIL.map((r, i) => (i === 1 ? [...r, 'Good is'] : r[0] && /^[PG]\d/.test(String(r[0])) ? [...r, r[2] === 'High is Good' ? 'Low' : r[2] ? 'High' : null] : r));
    const report = rateRows(rows, { columns: { polarity: 'Good is' } });
    expect(report.layout.columns.polarity).toMatchObject({ header: 'Good is', address: 'M2' });
    expect(report.measures.find((m) => m.ref === 'P2.6')!.polarity).toBe('high');
  });

  it('maps a quarter by header and a role by a letter beyond the header', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Measure', 'Polarity', 'Target', 'Apr-Jun', 'Jul-Sep', null],
      ['P1', 'Number of moves', 'Low is Good', 10, 12, 9, 'Commentary.'],
    ];
    const report = rateRows(rows, { columns: { q1: 'Apr-Jun', q2: 'jul - sep', comments: 'G' } });
    expect(report.layout.quarters.map((q) => [q.quarter, q.header])).toEqual([
      [1, 'Apr-Jun'],
      [2, 'Jul-Sep'],
    ]);
    expect(report.layout.columns.comments?.address).toBe('G1');
    expect(report.measures[0]).toMatchObject({ rag: 'green', arrow: '↓', direction: 'green' });
  });

  it('adds header words per role and polarity words without a map', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Measure', 'Trend wanted', 'Target', 'Q1', 'Q2'],
      ['P1', 'Number of moves', 'Fewer', 10, 12, 9],
    ];
    const report = rateRows(rows, { headerWords: { polarity: ['Trend wanted'] }, polarityWords: { low: ['Fewer'] } });
    expect(report.measures[0]).toMatchObject({ polarity: 'low', rag: 'green' });
    expect(DEFAULT_RULES.headerWords).toEqual({});
  });
});

describe('refs are matched case-insensitively', () => {
  it('applies an override written p2.4 to the measure P2.4', () => {
    const report = rateRows(DEFAULT_COUNCIL, { measures: { 'p2.4': { target: '94%' } } });
    expect(report.measures.find((m) => m.ref === 'P2.4')).toMatchObject({ rag: 'green', target: '94%' });
  });

  it('prefers an exact key over one in another case, and never reads a key from the object prototype', () => {
    const report = rateRows(DEFAULT_COUNCIL, { measures: { 'p2.4': { target: '94%' }, 'P2.4': { target: '99%' } } });
    expect(report.measures.find((m) => m.ref === 'P2.4')).toMatchObject({ rag: 'amber', target: '99%' });
    const rows = DEFAULT_COUNCIL.map((r) => (r[0] === 'P2.4' ? ['constructor', ...r.slice(1)] : r));
    expect(rateRows(rows).measures.find((m) => m.ref === 'constructor')).toMatchObject({ rag: 'amber' });
  });
});

describe('quarters say whether they have figures', () => {
  it('marks a quarter with no figures yet, and rates the rightmost one with figures', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3', 'Q4'],
      ['P1', 'Number of moves', 'Low is Good', 10, 12, 'c', null, null],
    ];
    const report = rateRows(rows);
    expect(report.layout.quarters.map((q) => q.hasFigures)).toEqual([true, true, false, false]);
    expect(report.quarter).toMatchObject({ index: 2, chosen: false });
  });
});

describe('a single-letter column map', () => {
  it('is a column, never a header word, so a suppressed "c" in a figure cell is not a header', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Measure', 'Aim', 'Target', 'Q1', 'Q2'],
      ['P1', 'Number of moves', 'Low is Good', 10, 'c', 'c'],
      ['P2', 'Number of visits', 'High is Good', 10, 12, 11],
    ];
    const report = rateRows(rows, { columns: { polarity: 'C' } });
    expect(report.layout.headerRow).toBe(0);
    expect(report.layout.columns.polarity).toMatchObject({ address: 'C1', header: 'Aim', source: 'map' });
    expect(report.measures.map((m) => [m.ref, m.polarity, m.rag])).toEqual([
      ['P1', 'low', 'na'],
      ['P2', 'high', 'green'],
    ]);
  });
});
