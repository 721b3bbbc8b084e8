import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { MAX_NOTE_LENGTH, noteProblem } from '../model';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalL, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { minWidth: 0, maxWidth: '100%' },
  note: { minWidth: 0, width: '100%' },
});

/** The short note an acceptance needs (required, up to 200 characters), then Accept or Cancel. */
export function AcceptForm(props: { label: string; busy: boolean; onAccept(note: string): Promise<boolean>; onCancel(): void }) {
  const styles = useStyles();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = noteProblem(note);
    setError(problem);
    if (!problem) await props.onAccept(note.trim());
  }
  return (
    <form className={styles.form} noValidate onSubmit={(e) => void submit(e)} data-testid="accept-form" aria-label={`Accept ${props.label}`}>
      <Field
        label="Why is this acceptable?"
        required
        size="small"
        validationState={error ? 'error' : 'none'}
        validationMessage={error ?? `${note.trim().length}/${MAX_NOTE_LENGTH} characters; kept in the workbook with today's date and the value.`}
      >
        <Textarea className={styles.note} value={note} maxLength={MAX_NOTE_LENGTH} resize="vertical" onChange={(_, d) => setNote(d.value)} data-testid="accept-note" autoFocus />
      </Field>
      <div className={styles.actions}>
        <Button className={styles.button} size="small" appearance="primary" type="submit" disabled={props.busy}>
          Accept
        </Button>
        <Button className={styles.button} size="small" type="button" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
