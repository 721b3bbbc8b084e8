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
  /**
   * Where `Office.context.document.getFileAsync` gets the document's .xlsx bytes (the harness and the
   * tests save the fake workbook through the file adapter); without one it fails as Office does.
   */
  setDocument(file: (() => Promise<Uint8Array>) | null): void;
  /** `Excel.createWorkbook` as Office offers it: records the base64 it receives. */
  createWorkbook(base64: string): Promise<void>;
  /** Every base64 workbook `createWorkbook` received, in order. */
  readonly createdWorkbooks: string[];
  /** Files got with getFileAsync and not closed yet (Office refuses a third). */
  openFiles(): number;
}

export interface FakeOfficeOptions {
  excelApi?: string;
  dialogsFail?: boolean;
  document?: () => Promise<Uint8Array>;
}

/** Office's documented largest (and default) slice. */
const MAX_SLICE = 4 * 1024 * 1024;

export function createFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const supported = options.excelApi ?? '1.20';
  const actions = new Map<string, (event: Office.AddinCommands.Event) => unknown>();
  const dialogs: FakeDialogRecord[] = [];
  let documentFile = options.document ?? null;
  let open = 0;
  const createdWorkbooks: string[] = [];
  const succeeded = <T,>(value: T) => ({ status: 'succeeded', value }) as unknown as Office.AsyncResult<T>;
  const failed = <T,>(message: string) => ({ status: 'failed', error: { code: 5001, name: 'Internal Error', message } }) as unknown as Office.AsyncResult<T>;

  /** getFileAsync as Office documents it: compressed only here, slices of at most 4 MB as byte arrays, at most two files open. */
  function getFileAsync(fileType: string, fileOptions: Office.GetFileOptions | ((r: Office.AsyncResult<Office.File>) => void), maybeCallback?: (r: Office.AsyncResult<Office.File>) => void) {
    const callback = typeof fileOptions === 'function' ? fileOptions : maybeCallback;
    const sliceSize = typeof fileOptions === 'object' && fileOptions.sliceSize ? fileOptions.sliceSize : MAX_SLICE;
    // Office answers asynchronously, never inside the call.
    const answer = (r: Office.AsyncResult<Office.File>) => setTimeout(() => callback?.(r), 0);
    if (fileType !== 'compressed') return answer(failed(`The fake gives only the compressed file, not ${fileType}.`));
    if (sliceSize > MAX_SLICE || sliceSize <= 0) return answer(failed('The slice size is out of range.'));
    if (open >= 2) return answer(failed('No more than two documents can be in memory: close one with File.closeAsync.'));
    if (!documentFile) return answer(failed('The document cannot be read.'));
    documentFile().then(
      (bytes) => {
        open++;
        let closed = false;
        const sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
        const file = {
          size: bytes.length,
          sliceCount,
          getSliceAsync: (index: number, cb?: (r: Office.AsyncResult<Office.Slice>) => void) => {
            const r = closed || index < 0 || index >= sliceCount ? failed<Office.Slice>('The slice does not exist.') : succeeded({ index, size: Math.min(sliceSize, bytes.length - index * sliceSize), data: Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize)) } as Office.Slice);
            setTimeout(() => cb?.(r), 0);
          },
          closeAsync: (cb?: (r: Office.AsyncResult<void>) => void) => {
            if (!closed) open--;
            closed = true;
            setTimeout(() => cb?.(succeeded(undefined)), 0);
          },
        };
        answer(succeeded(file as unknown as Office.File));
      },
      (e: unknown) => answer(failed(e instanceof Error ? e.message : String(e))),
    );
  }

  const office = {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'PC' };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    FileType: { Compressed: 'compressed', Pdf: 'pdf', Text: 'text' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    actions: {
      associate: (id: string, handler: (event: Office.AddinCommands.Event) => unknown) => {
        actions.set(id, handler);
      },
    },
    context: {
      document: { getFileAsync },
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
    createdWorkbooks,
    setDocument(file) {
      documentFile = file;
    },
    openFiles: () => open,
    async createWorkbook(base64) {
      // Excel refuses what is not base64 of a file; the add-in's copy always is.
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw Object.assign(new Error('The file is not valid base64.'), { code: 'InvalidArgument' });
      createdWorkbooks.push(base64);
    },
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
