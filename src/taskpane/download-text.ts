/** Saves text as a file through the browser's download, the only file access a task pane has. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some hosts start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
