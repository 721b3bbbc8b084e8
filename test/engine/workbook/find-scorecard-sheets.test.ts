import { applyPlanToGrid, clearGrid, findScorecardSheets, planSaveRules, rateGrid, RuleSet } from '../../../src/engine';
import { sheet, workbook } from '../../support/grid';

// A council that heads its quarter columns "Period 1", "Period 2": no built-in word matches.
const periods = () =>
  workbook(
    sheet('Cover', [['Corporate parenting scorecard']]),
    sheet('Care leavers', [
      ['Ref', 'Measure', 'Polarity', 'Target', 'Period 1', 'Period 2'],
      ['P1', '% of care leavers in education', 'High is Good', '90%', '85%', '88%'],
    ]),
  );
const periodWords = RuleSet.parse({ headerWords: { q1: ['Period 1'], q2: ['Period 2'] } });

describe('which sheets the ribbon may rate', () => {
  it('finds none under the built-in words', () => {
    expect(findScorecardSheets(periods())).toEqual([]);
  });

  it('finds the sheet under rules given for the run', () => {
    expect(findScorecardSheets(periods(), periodWords)).toEqual(['Care leavers']);
  });

  it('finds the sheet under the rules stored in the workbook, as the pane saves them', () => {
    const grid = periods();
    const saved = planSaveRules(grid, periodWords);
    if (!saved.ok) throw new Error(saved.problem.message);
    expect(findScorecardSheets(applyPlanToGrid(grid, saved.plan))).toEqual(['Care leavers']);
  });
});

describe('one sheet for the ribbon (oneSheet), chosen from the run\'s own recognition', () => {
  const card = (name: string, value: string) =>
    sheet(name, [
      ['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1', 'Qu 2'],
      ['P1', '% of care leavers in education', 'High is Good', '90%', '85%', value],
    ]);
  const book = () => workbook(sheet('Cover', [['Corporate parenting scorecard']]), card('North', '95%'), card('South', '50%'));
  const rated = (prefer: string | null) => {
    const outcome = rateGrid(book(), { oneSheet: { prefer } });
    if (!outcome.ok) throw new Error(outcome.problem.message);
    return outcome.plan.writes.map((w) => w.sheet);
  };

  it('takes the preferred sheet when it is a scorecard, else the first scorecard', () => {
    expect(rated('South')).toEqual(['South']);
    expect(rated('Cover')).toEqual(['North']);
    expect(rated(null)).toEqual(['North']);
  });

  it('clears only that sheet', () => {
    const grid = book();
    const outcome = rateGrid(grid, {});
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const cleared = clearGrid(applyPlanToGrid(grid, outcome.plan), { oneSheet: { prefer: 'South' } });
    expect(cleared.ok && cleared.plan.writes.map((w) => w.sheet)).toEqual(['South']);
  });
});
