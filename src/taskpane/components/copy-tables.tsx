import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Outcome } from '../model';
import { OutcomeBar } from './outcome-bar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  button: { alignSelf: 'flex-start', minWidth: 0, maxWidth: '100%', height: 'auto' },
});

/** "Copy tables" for the committee report: the two count tables and the red / amber list, ready to paste into Word. */
export function CopyTables(props: { outcome: Outcome | null; onCopy(suppressSmall: boolean): void }) {
  const styles = useStyles();
  const [suppress, setSuppress] = useState(true);
  return (
    <div className={styles.root} data-testid="copy-tables">
      <Button className={styles.button} size="small" icon={<CopyRegular />} onClick={() => props.onCopy(suppress)}>
        Copy tables
      </Button>
      <Checkbox checked={suppress} onChange={(_, d) => setSuppress(d.checked === true)} label="Show small counts as c" />
      <OutcomeBar outcome={props.outcome} testId="notice-copy" />
    </div>
  );
}
