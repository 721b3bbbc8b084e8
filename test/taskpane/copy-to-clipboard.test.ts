import { copyToClipboard } from '../../src/taskpane/copy-to-clipboard';

const tables = { html: '<table><tr><td>P4.5</td></tr></table>', text: 'P4.5' };

/** A clipboard as a host offers it: what was written, and whether `write` (rich) is refused. */
function installClipboard(options: { refuseRich?: boolean; clipboardItem?: boolean }) {
  const written: { rich?: Record<string, Blob>[]; plain?: string } = {};
  const clipboard = {
    write: async (items: { items: Record<string, Blob> }[]) => {
      if (options.refuseRich) throw new Error('NotAllowedError');
      written.rich = items.map((i) => i.items);
    },
    writeText: async (text: string) => {
      written.plain = text;
    },
  };
  Object.defineProperty(globalThis, 'navigator', { value: { clipboard }, configurable: true });
  if (options.clipboardItem) {
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = class {
      constructor(public items: Record<string, Blob>) {}
    };
  } else delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
  return written;
}

afterEach(() => {
  delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
});

describe('copyToClipboard', () => {
  it('writes the HTML table and the plain text as one clipboard item', async () => {
    const written = installClipboard({ clipboardItem: true });
    await expect(copyToClipboard(tables)).resolves.toBe('rich');
    const item = written.rich![0];
    await expect(item['text/html'].text()).resolves.toBe(tables.html);
    await expect(item['text/plain'].text()).resolves.toBe(tables.text);
    expect(written.plain).toBeUndefined();
  });

  it('falls back to plain text where the host has no ClipboardItem', async () => {
    const written = installClipboard({});
    await expect(copyToClipboard(tables)).resolves.toBe('plain');
    expect(written.plain).toBe('P4.5');
  });

  it('falls back to plain text where the host refuses a rich write', async () => {
    const written = installClipboard({ clipboardItem: true, refuseRich: true });
    await expect(copyToClipboard(tables)).resolves.toBe('plain');
    expect(written).toEqual({ plain: 'P4.5' });
  });
});
