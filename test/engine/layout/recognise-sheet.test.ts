import fc from 'fast-check';
import type { CellValue } from '../../../src/engine';
import { recogniseSheet, recogniseWorkbook } from '../../../src/engine';
import { sheet, workbook } from '../../support/grid';
import { q2Sheet } from '../../support/q2-scorecard';

const _ = null;

describe('recognising the 2018-19 scorecard layout', () => {
  const layout = recogniseSheet(q2Sheet());

  it('finds the header split over rows 2 and 3 by content', () => {
    expect(layout.recognised).toBe(true);
    expect(layout.headerRow).toBe(1);
    expect(layout.headerRows).toBe(2);
    expect(layout.columns.statNeighbour).toMatchObject({ address: 'F2', header: 'Stat Neigh Av' });
    expect(layout.columns.yearEnd).toMatchObject({ address: 'I2', header: 'Yr. end 17-18' });
    expect(layout.quarters.map((q) => [q.quarter, q.header])).toEqual([
      [1, 'Qu 1 18-19'],
      [2, 'Qu 2 18-19'],
      [3, 'Qu 3 18- 19'],
      [4, 'Qu 4 18-19'],
    ]);
  });

  it('takes the blank-header column of long text as the measure column', () => {
    expect(layout.columns.measure?.address).toBe('D2');
    expect(layout.columns.lead?.header).toBe('Commentary/ Lead');
  });

  it('reads the year from the title and the sections from label rows', () => {
    expect(layout.title).toBe('CORPORATE PARENTING SCORECARD 2018-19');
    expect(layout.year).toBe('2018-19');
    expect(layout.sections.map((s) => s.name)).toEqual([
      'General',
      'Priority 2 - Improved Education, Employment and Training',
      'Priority 3 - Achieving Permanence and Staying Safe',
      'Priority 4 - Improve Health and Wellbeing Outcomes',
      'Priority 5 - Preparing for Adulthood',
    ]);
  });

  it('skips the page-break copy of the title and header inside the table', () => {
    expect(layout.repeatedHeaderRows).toEqual([11]);
    expect(layout.measures.map((m) => m.ref)).toEqual(['G1', 'G2', 'P2.2', 'P2.4', 'P2.6', 'P3.16', 'P3.17', 'P4.5', 'P5.3']);
    expect(layout.measures.find((m) => m.ref === 'P3.16')?.section).toBe('Priority 3 - Achieving Permanence and Staying Safe');
  });

  it('reads percent measures as fractions and knows count measures', () => {
    const p24 = layout.measures.find((m) => m.ref === 'P2.4')!;
    expect(p24.percent).toBe(true);
    expect(p24.target).toEqual({ kind: 'number', value: 0.96, percent: true });
    const p45 = layout.measures.find((m) => m.ref === 'P4.5')!;
    expect(p45.count).toBe(true);
    expect(p45.percent).toBe(false);
  });
});

describe('header variants between years and authors', () => {
  it('matches headers ignoring case, punctuation, line breaks and spaces', () => {
    const s = sheet('S', [
      ['NO.', 'Indicator', 'POLARITY', 'SN Av', 'England', 'Target', 'Yr end\n2017/18', 'Q1', 'Qtr 2', 'Quarter 3 2019-20', 'RAG rating', 'DoT', 'Comment/Additional Information'],
      [1, 'Number of children in care', 'Low is Good', 60, 64, 400, 410, 420, 415, _, _, _, 'ok'],
    ]);
    const l = recogniseSheet(s);
    expect(l.recognised).toBe(true);
    expect(Object.keys(l.columns).sort()).toEqual(['comments', 'direction', 'measure', 'national', 'polarity', 'rag', 'ref', 'statNeighbour', 'target', 'yearEnd'].sort());
    expect(l.quarters.map((q) => q.quarter)).toEqual([1, 2, 3]);
    expect(l.measures).toHaveLength(1);
  });

  it('takes a section label in the second row of a split header as the first section, as in the 2018-19 original', () => {
    const l = recogniseSheet(
      sheet('S', [
        ['CORPORATE PARENTING SCORECARD 2018-19'],
        ['Ref', 'Commentary/', _, 'Polarity', 'Stat Neigh', 'Target', 'Yr. end', 'Qu 1', 'Qu 2'],
        ['General', 'Lead', _, _, 'Av', _, '17-18', '18-19', '18-19'],
        ['G1', 'Kerry Birtles', 'Number of cared for children', _, _, '400-450', 477, 496, 495],
      ]),
    );
    expect(l.headerRows).toBe(2);
    expect(l.columns.lead?.header).toBe('Commentary/ Lead');
    expect(l.columns.ref?.header).toBe('Ref');
    expect(l.sections).toEqual([{ name: 'General', row: 2 }]);
    expect(l.measures.map((m) => [m.ref, m.section])).toEqual([['G1', 'General']]);
  });

  it('keeps a measure row whose ref is blank', () => {
    const l = recogniseSheet(
      sheet('S', [
        ['Ref', 'Measure', 'Polarity', 'Target', 'Q1'],
        [_, 'Number of cared for children', _, '400-450', 496],
        ['G2', 'Rate per 10,000', _, _, 65.4],
      ]),
    );
    expect(l.measures.map((m) => [m.ref, m.measure])).toEqual([
      ['', 'Number of cared for children'],
      ['G2', 'Rate per 10,000'],
    ]);
  });

  it('finds the header below notes and a logo row, never at a fixed position', () => {
    const l = recogniseSheet(
      sheet('S', [['Council logo'], ['Notes: figures are provisional'], [], ['Ref', 'Measure', 'Target', 'Qu 1'], ['P1', 'Something measured', 5, 6]]),
    );
    expect(l.headerRow).toBe(3);
    expect(l.measures).toHaveLength(1);
  });

  it('recognises threshold band columns', () => {
    const l = recogniseSheet(
      sheet('S', [
        ['Ref', 'Measure', 'Requires Improvement', 'Good', 'Outstanding', 'Q1'],
        ['T1', '% timely assessments', '75-84', '85-93', '95-99', '90%'],
      ]),
    );
    expect(l.columns.bandGood?.address).toBe('D1');
    expect(l.measures[0].bands).toEqual({
      polarity: 'high',
      bands: [
        { low: 0.75, high: 0.84 },
        { low: 0.85, high: 0.93 },
        { low: 0.95, high: 0.99 },
      ],
    });
  });
});

describe('sheets that are not scorecards say why', () => {
  it.each([
    ['an empty sheet', [], 'the sheet is empty'],
    ['a list of names', [['Name', 'Team'], ['Kerry', 'BI']], 'no header row'],
    ['a table with no quarter column', [['Ref', 'Measure', 'Target'], ['P1', 'x', 1]], 'no quarter column'],
  ])('%s', (_name, rows, reason) => {
    const l = recogniseSheet(sheet('S', rows as CellValue[][]));
    expect(l.recognised).toBe(false);
    expect(l.reason).toContain(reason);
  });

  it('reports each sheet of a workbook on its own', () => {
    const layouts = recogniseWorkbook(workbook(sheet('Notes', [['Read me']]), q2Sheet()));
    expect(layouts.map((l) => [l.sheet, l.recognised])).toEqual([
      ['Notes', false],
      ['Scorecard', true],
    ]);
  });

  it('a header only gives a recognised sheet with no measures', () => {
    const l = recogniseSheet(sheet('S', [['Ref', 'Measure', 'Q1', 'Q2']]));
    expect(l.recognised).toBe(true);
    expect(l.measures).toEqual([]);
  });
});

describe('recognition never throws (property)', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.constantFrom('Ref', 'Measure', 'Qu 1', 'Q2', 'Polarity', 'Target', 'High is Good', 'Supressed', '#DIV/0!', '400-450', '97%', 'General', ''),
    fc.string({ maxLength: 30 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
  );
  it('on arbitrary grids', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 25 }), (rows) => {
        const l = recogniseSheet(sheet('S', rows));
        expect(typeof l.recognised).toBe('boolean');
        if (!l.recognised) expect(l.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
