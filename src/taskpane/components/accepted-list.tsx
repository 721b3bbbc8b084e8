import { Button, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import type { Flag } from '../../engine';
import { acceptedValue, findingLocation } from '../model';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  line: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start' },
  icon: { flexShrink: 0, color: tokens.colorPaletteGreenForeground1, marginTop: '2px' },
  where: { fontWeight: tokens.fontWeightSemibold },
  button: { alignSelf: 'flex-start', minWidth: 0 },
});

/** Findings the analyst accepted with a note: what, when, for which value, and a way to take it back. */
export function AcceptedList(props: { flags: Flag[]; busy: boolean; onRevoke(flag: Flag): void }) {
  const styles = useStyles();
  if (!props.flags.length) return null;
  return (
    <div data-testid="accepted">
      <Subtitle2 as="h3">Accepted ({props.flags.length})</Subtitle2>
      <ul className={styles.list}>
        {props.flags.map((f) => (
          <li key={`${f.code}-${f.sheet}-${f.cell}`} className={styles.item} data-testid="accepted-finding" data-cell={f.cell} data-code={f.code}>
            <span className={styles.line}>
              <CheckmarkCircleRegular aria-hidden className={styles.icon} />
              <Text>
                <span className={styles.where}>
                  {findingLocation(f)}
                  {f.ref ? ` (${f.ref})` : ''}:
                </span>{' '}
                accepted on {f.accepted!.date} for {acceptedValue(f.accepted!.value)}: “{f.accepted!.note}”
              </Text>
            </span>
            <Button className={styles.button} size="small" disabled={props.busy} onClick={() => props.onRevoke(f)} aria-label={`Take back the acceptance of ${findingLocation(f)}`}>
              Take back
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
