import { parseRules, parseRulesJson } from '../../src/engine';
import { issueWhere, plainIssue, plainIssueMessage, rulesFromJson } from '../../src/taskpane/model';

const issuesOf = (input: unknown) => {
  const r = parseRules(input);
  if (r.success) throw new Error('expected issues');
  return r.issues.map((i) => {
    const p = plainIssue(i);
    return `${p.where} ${p.what}`;
  });
};

describe('a bad rules file explained in plain words', () => {
  it('never shows zod’s own wording', () => {
    expect(issuesOf({ measures: { 'P2.4': { polarity: 'up' } } })).toEqual(['The override for P2.4, polarity must be one of high, low or none']);
    expect(issuesOf({ amberTolerance: 'ten' })).toEqual(['Amber tolerance must be a number, not text']);
    expect(issuesOf({ smallCount: { min: 1 } })).toEqual(['Small counts, highest is missing: it must be a number']);
    expect(issuesOf({ markers: { suppressed: 'x', missing: [] } })).toEqual(['Markers, suppressed must be a list in [ ], not text']);
    expect(issuesOf({ comparatorRescue: 'yes' })).toEqual(['Comparator rescue must be true or false, not text']);
    expect(issuesOf({ measures: { P1: { note: 'x'.repeat(600) } } })).toEqual(['The override for P1, note must be at most 500 characters']);
    expect(issuesOf({ noTargetBasis: ['x'] })).toEqual(['What a measure without a target is compared with, item 1 must be one of statNeighbour, national or yearEnd']);
    for (const text of [...issuesOf({ version: 2, colour: 'red', summarySheetName: '', palette: { red: { fill: 'red', font: null } } })]) {
      expect(text).not.toMatch(/Invalid|expected|received|Too (big|small)|>=|<=/);
    }
  });

  it('keeps the schema’s own plain messages and names unknown fields', () => {
    expect(issuesOf({ amberTolerance: 3 })).toEqual(['Amber tolerance must be at most 1 (a fraction: 0.1 is 10 %)']);
    expect(issuesOf({ colour: 'red' })).toEqual(['The file has a field the rules do not know (colour): check its spelling or remove it']);
  });

  it('says when the file is not JSON at all, without throwing', () => {
    const r = rulesFromJson('{"amberTolerance": 0.1,');
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(plainIssue(r.issues[0]).where).toBe('The file');
    expect(plainIssue(r.issues[0]).what).toMatch(/^is not valid JSON \(.+\): check for a missing comma, quote or bracket$/);
    expect(parseRulesJson('[]').success).toBe(false);
  });

  it('reads a path whose ref has dots in it', () => {
    expect(issueWhere('measures.P2.4.amberTolerance')).toBe('The override for P2.4, amberTolerance');
    expect(issueWhere('measures.P2.4')).toBe('The override for P2.4');
    expect(issueWhere('columns.ref')).toBe('Column map, ref');
    expect(plainIssueMessage('Too small: expected string to have >=1 characters')).toBe('must not be empty');
  });
});
