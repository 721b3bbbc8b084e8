import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Outcome } from '../model';

/** The result of the last action, announced politely to screen readers. */
export function OutcomeBar(props: { outcome: Outcome | null }) {
  const { outcome } = props;
  return (
    <div aria-live="polite" data-testid="outcome">
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle> {outcome.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
