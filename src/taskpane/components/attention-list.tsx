import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { AttentionItem } from '../model';
import { RatingLabel } from './rating-label';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'break-word' },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  ref: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground2 },
});

/** The red and amber measures with the reason for each rating; the ref goes to the measure's comment cell (else its rating). */
export function AttentionList(props: { items: AttentionItem[]; onSelect(sheet: string, address: string): void }) {
  const styles = useStyles();
  if (props.items.length === 0) return <Text>No measure is rated red or amber.</Text>;
  return (
    <ul className={styles.list} aria-label="Red and amber measures" data-testid="attention">
      {props.items.map((m) => (
        <li key={`${m.sheet}-${m.cell}-${m.ref}`} className={styles.item}>
          <span className={styles.head}>
            <RatingLabel rating={m.rag} />
            <Link
              as="button"
              className={styles.ref}
              onClick={() => props.onSelect(m.sheet, m.cell)}
              aria-label={`${m.ref || 'Measure'}: go to its ${m.comment ? 'comment' : 'rating'} cell ${m.cell}`}
              data-testid="attention-link"
              data-cell={m.cell}
            >
              {m.ref || m.cell}
            </Link>
            <Text weight="semibold">{m.measure}</Text>
          </span>
          <Text size={200} className={styles.reason}>
            {m.reason}
            {m.value ? ` (value ${m.value}${m.target ? `, target ${m.target}` : ''})` : ''}
          </Text>
        </li>
      ))}
    </ul>
  );
}
