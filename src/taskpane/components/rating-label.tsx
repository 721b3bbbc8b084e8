import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Rating } from '../../engine';

/** Excel's Bad / Neutral / Good cell styles, the colours the add-in writes into the workbook. */
export const RATING_STYLE: Record<Rating, { word: string; fill: string; font: string }> = {
  red: { word: 'Red', fill: '#FFC7CE', font: '#9C0006' },
  amber: { word: 'Amber', fill: '#FFEB9C', font: '#9C5700' },
  green: { word: 'Green', fill: '#C6EFCE', font: '#006100' },
  na: { word: 'n/a', fill: '#F3F2F1', font: '#323130' },
};

const useStyles = makeStyles({
  label: {
    display: 'inline-block',
    paddingInline: '3px',
    borderRadius: tokens.borderRadiusSmall,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
  },
});

/** A rating as its word on its colour: the colour is never the only carrier of the meaning. */
export function RatingLabel(props: { rating: Rating; className?: string }) {
  const styles = useStyles();
  const s = RATING_STYLE[props.rating];
  return (
    <span className={mergeClasses(styles.label, props.className)} style={{ backgroundColor: s.fill, color: s.font }} data-rating={props.rating}>
      {s.word}
    </span>
  );
}
