import type { CellValue } from '../../../src/engine';
import { DEFAULT_RULES, headerCells, lookUpHeader, missingRatingRoles, lookUpPolarity, parseRules, recogniseSheet, vocabularyOf } from '../../../src/engine';
import { sheet } from '../../support/grid';
import { q2Sheet } from '../../support/q2-scorecard';

const words = vocabularyOf(DEFAULT_RULES);
const role = (header: string) => lookUpHeader(words, header)?.key;

describe('the built-in vocabulary (spec §2)', () => {
  it.each([
    ['Code', 'ref'],
    ['KPI ref', 'ref'],
    ['No.', 'ref'],
    ['KPI', 'measure'],
    ['Performance indicator', 'measure'],
    ['Good is', 'polarity'],
    ['Outturn', 'yearEnd'],
    ['2017/18 Outturn', 'yearEnd'],
    ['Outturn 2017/18', 'yearEnd'],
    ['Yr. end\n17-18', 'yearEnd'],
    ['Q1 2019/20', 'q1'],
    ['Quarter 3 2019-20', 'q3'],
    ['Qu 3 18- 19', 'q3'],
    ['QTR 2', 'q2'],
    ['Statistical neighbour average', 'statNeighbour'],
    ['England', 'national'],
    ['Comment/Additional Information', 'comments'],
    ['Commentary/ Lead', 'lead'],
    ['C&YP Plan Priority', 'priorities'],
  ])('reads "%s" as %s', (header, key) => {
    expect(role(header)).toBe(key);
  });

  it('matches whole words only: a measure text never reads as a header', () => {
    expect(role('No. of children in care')).toBeUndefined();
    expect(role('KPI description of something else')).toBeUndefined();
    expect(role('Code of practice')).toBeUndefined();
  });

  it.each([
    ['High is Good', 'high'],
    ['higher', 'high'],
    ['HIGH', 'high'],
    ['Higher is better', 'high'],
    ['Low is Good', 'low'],
    ['Lower', 'low'],
    ['low', 'low'],
    ['Lower is better.', 'low'],
    ['Up', null],
    ['', null],
  ])('reads the polarity cell "%s" as %s', (text, polarity) => {
    expect(lookUpPolarity(words, text)).toBe(polarity);
  });
});

describe('recognising councils that word their headers differently', () => {
  it('keeps the measure texts and sections when the ref column is Code and the measure column KPI', () => {
    const rows: CellValue[][] = [
      ['Code', 'KPI', 'Good is', 'Target', 'Q1 2019/20', 'Q2 2019/20'],
      ['Priority 1 - Health'],
      ['H1', 'No. of children with a health check', 'Higher', 40, 35, 41],
      ['H2', '% of care leavers in touch', 'Lower', '10%', '12%', '9%'],
    ];
    const l = recogniseSheet(sheet('S', rows));
    expect(l.measures.map((m) => [m.ref, m.measure, m.section, m.polarity])).toEqual([
      ['H1', 'No. of children with a health check', 'Priority 1 - Health', 'high'],
      ['H2', '% of care leavers in touch', 'Priority 1 - Health', 'low'],
    ]);
  });

  it('tells KPI ref and KPI apart in one header', () => {
    const l = recogniseSheet(sheet('S', [['KPI ref', 'KPI', 'Polarity', 'Q1'], ['K1', 'Number of visits on time', 'High', 5]]));
    expect(l.columns.ref?.header).toBe('KPI ref');
    expect(l.columns.measure?.header).toBe('KPI');
  });

  it('lists the headers that matched nothing', () => {
    const l = recogniseSheet(sheet('S', [['Ref', 'Measure', 'Aim', 'Q1', 'Owner'], ['P1', 'Number of visits on time', 'Up', 5, 'Jo']]));
    expect(l.unmatchedHeaders).toEqual([
      { header: 'Aim', address: 'C1' },
      { header: 'Owner', address: 'E1' },
    ]);
    // Every header cell, matched or not, is a choice for the column map.
    expect(headerCells(l).map((h) => h.header)).toEqual(['Ref', 'Measure', 'Aim', 'Q1', 'Owner']);
    expect(missingRatingRoles(l)).toEqual(['polarity', 'target']);
  });

  it('reads words the rules add, which win over built-in ones', () => {
    const parsed = parseRules({ headerWords: { target: ['Rating'] }, polarityWords: { low: ['Fewer'] } });
    if (!parsed.success) throw new Error('bad rules');
    const l = recogniseSheet(sheet('S', [['Ref', 'Measure', 'Polarity', 'Rating', 'Q1'], ['P1', 'Number of moves', 'Fewer', 3, 5]]), parsed.rules);
    expect(l.columns.target).toMatchObject({ header: 'Rating', source: 'rules' });
    expect(l.columns.rag).toBeUndefined();
    expect(l.measures[0].polarity).toBe('low');
  });
});

describe('a column map naming a split header by its joined text (as the pane saves it)', () => {
  it.each([
    ['target', 'Yr. end 17-18', 'I'],
    ['target', 'Stat Neigh Av', 'F'],
    ['q2', 'Qu 1 18-19', 'J'],
  ])('points %s at "%s" (column %s), keeping the two-row header', (key, header, letter) => {
    const parsed = parseRules({ ...DEFAULT_RULES, columns: { [key]: header } });
    if (!parsed.success) throw new Error('bad rules');
    const l = recogniseSheet(q2Sheet(), parsed.rules);
    const role = key === 'q2' ? l.quarters.find((q) => q.quarter === 2) : l.columns[key as 'target'];
    expect(role?.address).toBe(`${letter}2`);
    expect(role?.header).toBe(header);
  });
});
