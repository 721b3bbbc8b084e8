import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { createContext, useContext } from 'react';
import type { Rating } from '../../engine';
import { RATING_STYLE, type RatingSwatch } from '../model';

export const PaletteContext = createContext<Record<Rating, RatingSwatch>>(RATING_STYLE);

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
  const s = useContext(PaletteContext)[props.rating];
  return (
    <span className={mergeClasses(styles.label, props.className)} style={{ backgroundColor: s.fill, color: s.font }} data-rating={props.rating}>
      {s.word}
    </span>
  );
}
