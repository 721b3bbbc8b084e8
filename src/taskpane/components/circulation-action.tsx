import { Button, Checkbox, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Outcome } from '../model';
import { OutcomeBar } from './outcome-bar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  button: { alignSelf: 'flex-start', minWidth: 0, maxWidth: '100%', height: 'auto' },
});

/**
 * "Prepare for circulation": the committee copy opens as a new workbook, built from the workbook
 * as last saved (that is what Office gives an add-in), so the analyst is asked to save first.
 */
export function CirculationAction(props: { busy: boolean; outcome: Outcome | null; onPrepare(suppressSmall: boolean): void }) {
  const styles = useStyles();
  const [suppress, setSuppress] = useState(true);
  return (
    <section className={styles.root} aria-labelledby="circulation-heading" data-testid="circulation">
      <Subtitle2 as="h3" id="circulation-heading">
        Copy for committee
      </Subtitle2>
      <Text size={200}>
        Opens a new workbook with the ratings and the summary, without the checks, settings and flag fills. It is made from the workbook as last
        saved: save first (Ctrl+S). This workbook is not changed.
      </Text>
      <Checkbox checked={suppress} onChange={(_, d) => setSuppress(d.checked === true)} label="Show small counts as c" data-testid="suppress-small" />
      <Button className={styles.button} size="small" appearance="primary" disabled={props.busy} onClick={() => props.onPrepare(suppress)}>
        Prepare for circulation
      </Button>
      <OutcomeBar outcome={props.outcome} testId="notice-circulate" />
    </section>
  );
}
