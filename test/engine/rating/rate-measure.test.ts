import type { CellValue } from '../../../src/engine';
import { parseRules, validateGrid } from '../../../src/engine';
import { sheet, workbook } from '../../support/grid';
import { rateRow } from '../../support/one-measure';

const _ = null;
const rag = (...args: Parameters<typeof rateRow>) => rateRow(...args).measure.rag;

describe('RAG against a single target (spec §4.1)', () => {
  it.each([
    ['High is Good', '96%', '96%', 'green'], // equality meets the target
    ['High is Good', '96%', '86.4%', 'amber'], // exactly at the tolerance edge
    ['High is Good', '96%', '86%', 'red'],
    ['Low is Good', 121, 121, 'green'],
    ['Low is Good', 121, 133.1, 'amber'],
    ['Low is Good', 121, 134, 'red'],
  ])('%s, target %p, value %p → %s', (polarity, target, value, expected) => {
    expect(rag('% or days', [polarity, _, _, target, _, _, value])).toBe(expected);
  });

  it('rescues a missed target to amber when better than the national average, else stat neighbour', () => {
    expect(rag('Days to match', ['Low is Good', _, 226, 121, _, _, 150])).toBe('amber');
    expect(rag('Days to match', ['Low is Good', 140, _, 121, _, _, 150])).toBe('red');
    expect(rag('Days to match', ['Low is Good', 160, _, 121, _, _, 150])).toBe('amber');
    // National first: worse than national, even if better than stat neighbour, is red.
    expect(rag('Days to match', ['Low is Good', 160, 140, 121, _, _, 150])).toBe('red');
  });

  it('a single target with no polarity is n/a and flagged', () => {
    const { measure, report } = rateRow('Something', [_, _, _, 50, _, _, 40]);
    expect(measure.rag).toBe('na');
    expect(report.flags.map((f) => f.code)).toContain('TARGET_WITHOUT_POLARITY');
  });

  it('compares percents as fractions, even when typed as plain numbers', () => {
    expect(rag('% of reviews in time', ['High is Good', _, _, '90%', _, _, 95])).toBe('green');
    expect(rag('% of reviews in time', ['High is Good', _, _, 90, _, _, '85%'])).toBe('amber');
  });
});

describe('RAG against a target band', () => {
  it.each([
    [_, 420, 'green'],
    [_, 495, 'amber'], // 45 above 450 = 10 %
    [_, 496, 'red'],
    [_, 360, 'amber'], // 40 below 400 = 10 %
    [_, 359, 'red'],
    ['High is Good', 600, 'green'],
    ['High is Good', 359, 'red'],
    ['Low is Good', 300, 'green'],
    ['Low is Good', 495, 'amber'],
  ])('polarity %p, value %p → %s', (polarity, value, expected) => {
    expect(rag('Number of cared for children', [polarity, _, _, '400-450', _, _, value])).toBe(expected);
  });
});

describe('polarity with no target', () => {
  it('rates against the stat neighbour, else national, else year end, with no rescue', () => {
    expect(rag('Number of x', ['Low is Good', 10, 20, _, 30, _, 10.5])).toBe('amber');
    expect(rag('Number of x', ['Low is Good', _, 20, _, 30, _, 21])).toBe('amber');
    expect(rag('Number of x', ['Low is Good', _, _, _, 8, _, 3])).toBe('green');
    expect(rag('Number of x', ['High is Good', _, _, _, 100, _, 80])).toBe('red');
  });

  it('with nothing to compare against, n/a and an info flag', () => {
    const { measure, report } = rateRow('Number of x', ['High is Good', _, _, _, _, 57, 51]);
    expect(measure.rag).toBe('na');
    expect(report.flags.find((f) => f.code === 'NO_BASIS')?.severity).toBe('info');
  });

  it('neither polarity nor target: contextual, n/a, no flag', () => {
    const { measure, report } = rateRow('Number of care leavers', [_, _, _, _, 207, 214, 230]);
    expect(measure).toMatchObject({ rag: 'na', ragReason: 'contextual measure: no polarity or target', arrow: '↑', direction: 'na' });
    expect(report.flags).toEqual([]);
  });
});

describe('direction of travel (spec §4.2)', () => {
  it.each([
    ['High is Good', 100, 102, '→', 'amber'], // 2 % is static
    ['High is Good', 100, 103, '↑', 'green'],
    ['High is Good', 100, 97, '↓', 'red'],
    ['Low is Good', 100, 97, '↓', 'green'],
    ['Low is Good', 0, 0, '→', 'amber'],
    ['Low is Good', 0, 1, '↑', 'red'], // from 0 only no change is static
    [_, 100, 150, '↑', 'na'],
  ])('%p from %p to %p → %s %s', (polarity, last, now, arrow, direction) => {
    expect(rateRow('Number of x', [polarity, _, _, _, 1000, last, now]).measure).toMatchObject({ arrow, direction });
  });

  it('for quarter 1, last period is the year-end column', () => {
    const { measure } = rateRow('Number of x', ['High is Good', _, _, _, 100, 120, _], { quarter: 1 });
    expect(measure).toMatchObject({ arrow: '↑', direction: 'green' });
  });

  it('suppressed on either side gives n/a', () => {
    expect(rateRow('Number of x', ['High is Good', _, _, _, _, 'c', 9]).measure).toMatchObject({ arrow: '', direction: 'na' });
  });
});

describe('threshold band layouts (spec §4.3)', () => {
  const bandsSheet = (ri: string, good: string, outstanding: string, value: CellValue, measure = '% timely') =>
    rateRowWithBands(measure, ri, good, outstanding, value);

  it.each([
    ['90%', 'green'],
    ['94%', 'green'], // gap between Good and Outstanding takes Good
    ['84.5%', 'amber'], // gap between RI and Good takes RI
    ['80%', 'amber'],
    ['70%', 'red'],
    ['100%', 'green'],
  ])('high is good 75-84 / 85-93 / 95-99: %s → %s', (value, expected) => {
    expect(bandsSheet('75-84', '85-93', '95-99', value).rag).toBe(expected);
  });

  it.each([
    [5, 'green'],
    [12, 'green'],
    [15.5, 'amber'],
    [18, 'amber'],
    [25, 'red'],
  ])('low is good 16-20 / 10-15 / Below 10*: %p → %s', (value, expected) => {
    expect(bandsSheet('16-20', '10-15', 'Below 10*', value, 'Number of moves').rag).toBe(expected);
  });

  it('bands that cannot be read are n/a with an info flag', () => {
    const r = rateRowWithBands('Repeat referrals', '2% reduction', '5 working days', 'x', 7, true);
    expect(r.rag).toBe('na');
  });
});

function rateRowWithBands(measure: string, ri: string, good: string, outstanding: string, value: CellValue, expectUnreadable = false) {
  // Bands replace polarity and target: three band columns instead.
  const grid = workbook(
    sheet('S', [
      ['Ref', 'Measure', 'Requires Improvement', 'Good', 'Outstanding', 'Qu 1', 'Qu 2', 'Comments'],
      ['B1', measure, ri, good, outstanding, value, value, 'ok'],
    ]),
  );
  const r = validateGrid(grid);
  if (!r.ok) throw new Error(r.problem.message);
  const report = r.report.sheets[0];
  if (expectUnreadable) expect(report.flags.find((f) => f.code === 'UNREADABLE_BANDS')?.severity).toBe('info');
  return report.measures[0];
}

describe('per-measure overrides from the rules', () => {
  const rules = (measures: object) => {
    const r = parseRules({ measures });
    if (!r.success) throw new Error('bad rules');
    return r.rules;
  };

  it('override polarity and target by ref', () => {
    expect(rateRow('Number of x', [_, _, _, _, _, 10, 12], { rules: rules({ M1: { polarity: 'high', target: '11' } }) }).measure.rag).toBe('green');
  });

  it('override the tolerance', () => {
    expect(rateRow('Number of x', ['High is Good', _, _, 100, _, _, 85], { rules: rules({ M1: { amberTolerance: 0.2 } }) }).measure.rag).toBe('amber');
  });

  it('exclude a measure from rating', () => {
    expect(rateRow('Number of x', ['High is Good', _, _, 100, _, 90, 85], { rules: rules({ M1: { exclude: true } }) }).measure).toMatchObject({ rag: 'na', direction: 'na' });
  });

  it('a termly measure may be blank without a MISSING_VALUE flag', () => {
    const blank = ['High is Good', _, _, '90%', _, '80%', _];
    expect(rateRow('% PEPs', blank, { quarter: 2 }).report.flags.map((f) => f.code)).toContain('MISSING_VALUE');
    expect(rateRow('% PEPs', blank, { quarter: 2, rules: rules({ M1: { frequency: 'termly' } }) }).report.flags.map((f) => f.code)).not.toContain('MISSING_VALUE');
  });
});
