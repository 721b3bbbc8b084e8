import { findingLocation, findingTarget, fitness, groupFindings } from '../../src/taskpane/model';
import { flag } from './report-fixture';

describe('groupFindings', () => {
  it('orders errors, warnings, then information, leaving out empty groups', () => {
    const flags = [
      flag({ severity: 'info', code: 'SUPPRESSED_VALUE' }),
      flag({ severity: 'error', code: 'FORMULA_ERROR' }),
      flag({ severity: 'info', code: 'NO_BASIS' }),
    ];
    const groups = groupFindings(flags);
    expect(groups.map((g) => [g.title, g.flags.map((f) => f.code)])).toEqual([
      ['Errors', ['FORMULA_ERROR']],
      ['For information', ['SUPPRESSED_VALUE', 'NO_BASIS']],
    ]);
    expect(groupFindings([])).toEqual([]);
  });
});

describe('fitness', () => {
  it('is fit with warnings, and says how many to review', () => {
    const f = fitness({ fit: true, flags: [flag({}), flag({}), flag({ severity: 'info' })] });
    expect(f).toEqual({ fit: true, title: 'Fit to circulate', detail: 'No errors. Review the 2 warnings below and accept or fix each before circulating.' });
    expect(fitness({ fit: true, flags: [] }).detail).toBe('No errors and no warnings were found.');
  });

  it('is not fit with an error, and says what to do', () => {
    const f = fitness({ fit: false, flags: [flag({ severity: 'error' }), flag({})] });
    expect(f.fit).toBe(false);
    expect(f.title).toBe('Not fit to circulate');
    expect(f.detail).toBe('Fix the 1 error below before circulating, and review the 1 warning. Select a finding to go to its cell.');
  });
});

describe('finding locations', () => {
  it('names the cell the way Excel does, quoting sheet names with spaces', () => {
    expect(findingLocation(flag({ sheet: 'Scorecard 18-19', cell: 'K12' }))).toBe("'Scorecard 18-19'!K12");
    expect(findingLocation(flag({ sheet: 'Hidden', cell: '' }))).toBe('Hidden');
    expect(findingLocation(flag({ sheet: '', cell: '' }))).toBe('Workbook');
  });

  it('selects a cell for every kind of address', () => {
    expect(findingTarget(flag({ cell: 'K12' }))).toEqual({ sheet: 'Scorecard', address: 'K12' });
    expect(findingTarget(flag({ cell: '12:12' }))).toEqual({ sheet: 'Scorecard', address: 'A12' });
    expect(findingTarget(flag({ cell: 'c:c' }))).toEqual({ sheet: 'Scorecard', address: 'C1' });
    expect(findingTarget(flag({ cell: 'K12:K14' }))).toEqual({ sheet: 'Scorecard', address: 'K12' });
    expect(findingTarget(flag({ cell: '' }))).toEqual({ sheet: 'Scorecard', address: 'A1' });
    expect(findingTarget(flag({ sheet: '' }))).toBeNull();
  });
});
