import type { Flag } from '../../src/engine';
import { clearOutcome, countsSentence, failureOutcome, openOutcome, rateOutcome, unexpectedOutcome, validateOutcome } from '../../src/taskpane/model';
import { counts, flag, report } from './report-fixture';

describe('outcome messages', () => {
  it('after a rating with a column missing (LAYOUT_GAP) warns and offers Map columns, never "Ratings written"', () => {
    const gap = flag({ code: 'LAYOUT_GAP' as Flag['code'], cell: '', ref: '', message: 'No polarity column was found; 55 of 57 measures are n/a.' });
    const o = rateOutcome(report({ flags: [gap] }), 'RAG Summary');
    expect(o).toMatchObject({ intent: 'warning', title: 'Rated, but columns are missing', action: 'map-columns' });
    expect(o.message).toContain('Scorecard: No polarity column was found');
    expect(openOutcome(report({ flags: [gap] }))).toMatchObject({ intent: 'warning', action: 'map-columns' });
  });

  it('on open says how many scorecards were found, or that none was', () => {
    expect(openOutcome(report())).toMatchObject({ intent: 'info', title: '1 scorecard sheet found' });
    expect(openOutcome(report({ sheets: [] }))).toMatchObject({ intent: 'warning', title: 'No scorecard sheet found' });
  });

  it('after a rating says what was rated, where the summary is and what to do next', () => {
    const o = rateOutcome(report(), 'RAG Summary');
    expect(o.intent).toBe('success');
    expect(o.message).toBe(
      'Rated "Scorecard" for Qu 2 18-19: 43 measures: 2 red, 12 amber, 20 green, 9 n/a. The summary is on the sheet "RAG Summary". Next: add commentary to the red and amber measures (each links to its comment cell under Results), then Validate before circulating.',
    );
    const withErrors = rateOutcome(report({ flags: [flag({ severity: 'error' })], fit: false }), 'RAG Summary');
    expect(withErrors.intent).toBe('warning');
    expect(withErrors.message).toContain('1 error must be fixed before circulating: see Checks.');
  });

  it('after Validate says fit or not, and that nothing was written', () => {
    expect(validateOutcome(report())).toEqual({ intent: 'success', title: 'Fit to circulate', message: 'No errors and no warnings were found. Nothing was written.' });
    expect(validateOutcome(report({ fit: false, flags: [flag({ severity: 'error' })] })).intent).toBe('error');
  });

  it('passes problems through as they are and turns exceptions into a sentence', () => {
    expect(failureOutcome('rate', { code: 'SHEET_PROTECTED', message: 'Sheet "X" is protected.' })).toEqual({
      intent: 'error',
      title: 'Nothing was rated',
      message: 'Sheet "X" is protected.',
    });
    expect(failureOutcome('open', { code: 'NO_SCORECARD', message: 'No scorecard table was found.' })).toEqual({
      intent: 'warning',
      title: 'No scorecard sheet found',
      message: 'No scorecard table was found.',
    });
    expect(unexpectedOutcome('clear', new Error('boom')).message).toMatch(/^Something went wrong \(boom\)\. Nothing more was written/);
    expect(clearOutcome(1).message).toContain('1 cell restored');
    expect(countsSentence(counts(0, 0, 1, 0))).toBe('1 measure: 0 red, 0 amber, 1 green, 0 n/a');
  });
});
