import { makeStyles, tokens } from '@fluentui/react-components';
import type { Rating } from '../../engine';

/** The committee report's column order. */
export const COUNT_RATINGS: Rating[] = ['red', 'amber', 'green', 'na'];

/**
 * Count tables laid out for a pane 320 CSS px wide, and 160 at 200 % zoom: each table is two
 * narrow columns (rating, count), side by side when they fit and stacked when not; labels wrap at
 * word boundaries and are never clipped.
 */
export const useCountTableStyles = makeStyles({
  pair: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  table: { tableLayout: 'auto', width: 'auto', flexGrow: 1, flexBasis: '130px', minWidth: 0 },
  title: { paddingInline: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'break-word' },
  count: { textAlign: 'end', paddingInline: tokens.spacingHorizontalXS, fontVariantNumeric: 'tabular-nums', width: '3em' },
  label: { paddingInline: tokens.spacingHorizontalXS },
  sections: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  section: { overflowWrap: 'break-word', fontWeight: tokens.fontWeightSemibold },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'baseline' },
  chip: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
});
