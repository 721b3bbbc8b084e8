import type { Rating, RuleSet } from '../../engine';

export interface RatingSwatch {
  word: string;
  fill: string;
  font: string;
}

/** Excel's Bad / Neutral / Good cell styles, the colours the add-in writes by default. */
export const RATING_STYLE: Record<Rating, RatingSwatch> = {
  red: { word: 'Red', fill: '#FFC7CE', font: '#9C0006' },
  amber: { word: 'Amber', fill: '#FFEB9C', font: '#9C5700' },
  green: { word: 'Green', fill: '#C6EFCE', font: '#006100' },
  na: { word: 'n/a', fill: '#F3F2F1', font: '#323130' },
};

/**
 * The pane's rating colours from the workbook's rules, so the pane shows what the sheet shows.
 * A colour the rules leave empty (no fill, automatic font) keeps the pane's default for it.
 */
export function ratingStyles(palette: RuleSet['palette'] | undefined): Record<Rating, RatingSwatch> {
  if (!palette) return RATING_STYLE;
  const pick = (r: Rating): RatingSwatch => ({ word: RATING_STYLE[r].word, fill: palette[r].fill ?? RATING_STYLE[r].fill, font: palette[r].font ?? RATING_STYLE[r].font });
  return { red: pick('red'), amber: pick('amber'), green: pick('green'), na: pick('na') };
}
