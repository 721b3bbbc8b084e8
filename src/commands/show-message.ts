/** How long a command waits for the user to dismiss a message before letting Office finish it anyway. */
const MESSAGE_TIMEOUT_MS = 4 * 60 * 1000;

/**
 * Shows a message in an Office dialog (message.html) and resolves when the user dismisses it, so
 * the ribbon command stays alive (event.completed() not yet called) while the message is on screen.
 * Resolves at once if the dialog cannot open (another dialog is up, or the platform refuses).
 */
export function showMessage(office: typeof Office, pageUrl: string, text: string): Promise<void> {
  const url = `${pageUrl}${pageUrl.includes('?') ? '&' : '?'}message=${encodeURIComponent(text)}`;
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        clearTimeout(timer);
        resolve();
      }
    };
    const timer = setTimeout(finish, MESSAGE_TIMEOUT_MS);
    try {
      office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
        if (result.status !== office.AsyncResultStatus.Succeeded) {
          console.error('Scorecard Rater:', text);
          finish();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(office.EventType.DialogMessageReceived, () => {
          dialog.close();
          finish();
        });
        // Closed with its X, or failed to load.
        dialog.addEventHandler(office.EventType.DialogEventReceived, finish);
      });
    } catch {
      console.error('Scorecard Rater:', text);
      finish();
    }
  });
}
