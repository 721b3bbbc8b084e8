import { makeStyles, tokens } from '@fluentui/react-components';
import type { Rating } from '../../engine';

/** The committee report's column order. */
export const COUNT_RATINGS: Rating[] = ['red', 'amber', 'green', 'na'];

/**
 * Shared layout of the count tables, so six columns fit a 320px task pane: the count columns
 * shrink to their rating word (never clipped), the label column takes what is left and wraps.
 */
export const useCountTableStyles = makeStyles({
  table: { tableLayout: 'auto', width: '100%' },
  labelColumn: { width: '100%', paddingInline: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  wideLabelColumn: { width: '100%', paddingInline: tokens.spacingHorizontalXS },
  countColumn: { paddingInline: '3px', whiteSpace: 'nowrap' },
  countHeader: { justifyContent: 'center', paddingInline: 0 },
  count: { textAlign: 'center', paddingInline: '1px', fontVariantNumeric: 'tabular-nums' },
  label: { paddingInline: tokens.spacingHorizontalXS, overflowWrap: 'anywhere' },
});
