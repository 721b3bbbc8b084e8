import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { Outcome } from '../model';

const useStyles = makeStyles({
  bar: { overflowWrap: 'break-word' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * What an action said, shown beside the action and announced politely to screen readers. A
 * LAYOUT_GAP outcome carries a "Map columns" button; `focusRef` lets the pane move focus here.
 */
export function OutcomeBar(props: { outcome: Outcome | null; testId?: string; onMapColumns?(): void; focusRef?: Ref<HTMLDivElement> }) {
  const styles = useStyles();
  const { outcome } = props;
  return (
    <div aria-live="polite" data-testid={props.testId ?? 'outcome'}>
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline" className={styles.bar} ref={props.focusRef} tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle> {outcome.message}
          </MessageBarBody>
          {outcome.action === 'map-columns' && props.onMapColumns && (
            <MessageBarActions>
              <Button size="small" onClick={props.onMapColumns}>
                Map columns
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}

/** A question before an action that cannot be taken back from the pane (Clear) or that rates nothing (an empty quarter). */
export function ConfirmBar(props: { title: string; message: string; confirm: string; onConfirm(): void; onCancel(): void; focusRef?: Ref<HTMLButtonElement> }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" className={styles.bar} data-testid="confirm">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle> {props.message}
      </MessageBarBody>
      <MessageBarActions>
        <span className={styles.actions}>
          <Button size="small" appearance="primary" onClick={props.onConfirm} ref={props.focusRef}>
            {props.confirm}
          </Button>
          <Button size="small" onClick={props.onCancel}>
            Cancel
          </Button>
        </span>
      </MessageBarActions>
    </MessageBar>
  );
}
