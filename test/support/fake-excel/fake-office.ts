/**
 * The few parts of the `Office` global that the ribbon commands and the adapter touch, so their
 * code runs in tests and the harness: requirement-set checks, action registration, dialogs.
 */
export interface FakeDialogRecord {
  url: string;
  options: Office.DialogOptions | undefined;
  /** Closed by the add-in (dialog.close()). */
  closed: boolean;
  /** The text shown, from the `message` query parameter. */
  message: string | null;
  /** The label of the confirming button (`confirm` query parameter), for a question with Cancel beside it. */
  confirm: string | null;
  /** What the dialog page does when its OK button is pressed: Office.context.ui.messageParent. */
  sendToParent(message: string): void;
  /** The user closes the dialog with its X. */
  dismiss(): void;
}

export interface FakeOffice {
  /** Install as `globalThis.Office` (the code under test reads the global). */
  readonly office: typeof Office;
  /** Handlers registered through Office.actions.associate, by id. */
  readonly actions: Map<string, (event: Office.AddinCommands.Event) => unknown>;
  readonly dialogs: FakeDialogRecord[];
  /** Calls a registered ribbon action the way Office does and resolves when it calls event.completed(). */
  invoke(id: string): Promise<{ completed: number }>;
}

export function createFakeOffice(options: { excelApi?: string; dialogsFail?: boolean } = {}): FakeOffice {
  const supported = options.excelApi ?? '1.20';
  const actions = new Map<string, (event: Office.AddinCommands.Event) => unknown>();
  const dialogs: FakeDialogRecord[] = [];

  const office = {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'PC' };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    actions: {
      associate: (id: string, handler: (event: Office.AddinCommands.Event) => unknown) => {
        actions.set(id, handler);
      },
    },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && compareVersions(version ?? '1.1', supported) <= 0,
      },
      ui: {
        displayDialogAsync: (url: string, dialogOptions: Office.DialogOptions | undefined, callback?: (result: Office.AsyncResult<Office.Dialog>) => void) => {
          if (options.dialogsFail) {
            callback?.({ status: 'failed', error: { code: 12007, message: 'A dialog box is already opened from this host window.' } } as unknown as Office.AsyncResult<Office.Dialog>);
            return;
          }
          const handlers = new Map<string, (arg: unknown) => void>();
          const record: FakeDialogRecord = {
            url,
            options: dialogOptions,
            closed: false,
            message: new URL(url, 'https://localhost/').searchParams.get('message'),
            confirm: new URL(url, 'https://localhost/').searchParams.get('confirm'),
            sendToParent: (message) => handlers.get('dialogMessageReceived')?.({ message, origin: 'https://localhost' }),
            dismiss: () => handlers.get('dialogEventReceived')?.({ error: 12006 }),
          };
          dialogs.push(record);
          const dialog = {
            close: () => {
              record.closed = true;
            },
            addEventHandler: (type: string, handler: (arg: unknown) => void) => {
              handlers.set(type, handler);
            },
            messageChild: () => undefined,
          };
          callback?.({ status: 'succeeded', value: dialog } as unknown as Office.AsyncResult<Office.Dialog>);
        },
      },
    },
  };

  return {
    office: office as unknown as typeof Office,
    actions,
    dialogs,
    invoke(id) {
      const handler = actions.get(id);
      if (!handler) return Promise.reject(new Error(`No action registered as ${id}`));
      return new Promise((resolve) => {
        let completed = 0;
        const event = {
          source: { id },
          completed: () => {
            completed++;
            // Let any stray second call show up in the count before resolving.
            setTimeout(() => resolve({ completed }), 0);
          },
        } as unknown as Office.AddinCommands.Event;
        void handler(event);
      });
    },
  };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
