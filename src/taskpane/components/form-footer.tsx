import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  button: { minWidth: 0, maxWidth: '100%' },
  formError: { color: tokens.colorPaletteRedForeground1 },
});

/** The end of the pane's forms: a message that belongs to no single field, then Save and a reset. */
export function FormFooter(props: { error?: string; save: string; reset: string; onReset(): void; disabled: boolean }) {
  const styles = useStyles();
  return (
    <>
      {props.error && (
        <Text role="alert" className={styles.formError}>
          {props.error}
        </Text>
      )}
      <div className={styles.actions}>
        <Button className={styles.button} size="small" type="submit" appearance="primary" icon={<SaveRegular />} disabled={props.disabled}>
          {props.save}
        </Button>
        <Button className={styles.button} size="small" type="button" onClick={props.onReset} disabled={props.disabled}>
          {props.reset}
        </Button>
      </div>
    </>
  );
}
