/**
 * Puts a rich and a plain version of the same text on the clipboard (Word pastes the HTML table,
 * Notepad the tab-separated text). Where the browser has no `ClipboardItem` (or refuses it), the
 * plain text alone: better a plain table than nothing. Says which it managed.
 */
export async function copyToClipboard(content: { html: string; text: string }): Promise<'rich' | 'plain'> {
  const clipboard = navigator.clipboard;
  if (typeof ClipboardItem !== 'undefined' && clipboard?.write) {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([content.html], { type: 'text/html' }),
          'text/plain': new Blob([content.text], { type: 'text/plain' }),
        }),
      ]);
      return 'rich';
    } catch {
      // Fall through to plain text (some hosts allow only writeText).
    }
  }
  await clipboard.writeText(content.text);
  return 'plain';
}
