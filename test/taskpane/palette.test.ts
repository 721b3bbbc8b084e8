import { DEFAULT_RULES } from '../../src/engine';
import { RATING_STYLE, ratingStyles } from '../../src/taskpane/model';

describe('the pane\'s rating colours', () => {
  it('are the workbook\'s palette, so the pane shows what the sheet shows', () => {
    const palette = { ...DEFAULT_RULES.palette, red: { fill: '#FF0000', font: '#FFFFFF' }, green: { fill: '#00B050', font: null } };
    const s = ratingStyles(palette);
    expect(s.red).toEqual({ word: 'Red', fill: '#FF0000', font: '#FFFFFF' });
    // An automatic font keeps the pane's own; the word is always there.
    expect(s.green).toEqual({ word: 'Green', fill: '#00B050', font: RATING_STYLE.green.font });
    expect(s.na.fill).toBe(RATING_STYLE.na.fill);
  });

  it('are the defaults before the rules are read', () => {
    expect(ratingStyles(undefined)).toBe(RATING_STYLE);
  });
});
