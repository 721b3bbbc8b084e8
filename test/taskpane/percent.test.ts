import { parsePercent, percent } from '../../src/taskpane/model';

describe('percentages as analysts type them', () => {
  it.each([
    ['10%', 0.1],
    ['10', 0.1],
    ['0.1', 0.1],
    [' 2.5 % ', 0.025],
    ['2,5%', 0.025],
    ['1', 0.01],
    ['0.05', 0.05],
    ['0', 0],
    ['100%', 1],
    ['.5', 0.5],
  ])('reads %p as %p', (typed, fraction) => {
    expect(parsePercent(typed)).toBe(fraction);
  });

  it.each(['ten', '', '10%%', '1e3', '%'])('refuses %p', (typed) => {
    expect(parsePercent(typed)).toBeNull();
  });

  it('shows back what it read', () => {
    expect(percent(parsePercent('10%')!)).toBe('10%');
    expect(percent(parsePercent('0.025')!)).toBe('2.5%');
  });
});
