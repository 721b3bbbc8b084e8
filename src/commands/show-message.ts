/** How long a command waits for the user to answer a dialog before letting Office finish it anyway. */
const MESSAGE_TIMEOUT_MS = 4 * 60 * 1000;

export interface DialogOptions {
  /** Ask instead of tell: a button with this label (its answer is `confirm`) beside Cancel (answer `cancel`). */
  confirm?: string;
}

/**
 * Shows a message in an Office dialog (message.html) and resolves with what the page sent back
 * (`ok`, `confirm`, `cancel`), or null when the user closed it with its X or it could not open
 * (another dialog is up, or the platform refuses). The ribbon command stays alive (event.completed()
 * not yet called) while the dialog is on screen.
 */
export function showDialog(office: typeof Office, pageUrl: string, text: string, options: DialogOptions = {}): Promise<string | null> {
  const query = `message=${encodeURIComponent(text)}${options.confirm ? `&confirm=${encodeURIComponent(options.confirm)}` : ''}`;
  const url = `${pageUrl}${pageUrl.includes('?') ? '&' : '?'}${query}`;
  return new Promise((resolve) => {
    let done = false;
    const finish = (answer: string | null) => {
      if (!done) {
        done = true;
        clearTimeout(timer);
        resolve(answer);
      }
    };
    const timer = setTimeout(() => finish(null), MESSAGE_TIMEOUT_MS);
    try {
      office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
        if (result.status !== office.AsyncResultStatus.Succeeded) {
          console.error('Scorecard Rater:', text);
          finish(null);
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          finish('message' in arg ? arg.message : null);
        });
        // Closed with its X, or failed to load.
        dialog.addEventHandler(office.EventType.DialogEventReceived, () => finish(null));
      });
    } catch {
      console.error('Scorecard Rater:', text);
      finish(null);
    }
  });
}

/** Tells the user something and resolves when they dismiss it. */
export async function showMessage(office: typeof Office, pageUrl: string, text: string): Promise<void> {
  await showDialog(office, pageUrl, text);
}
