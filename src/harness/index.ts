/** The browser harness: the task pane on the strict Excel fake. Entry point: harness-main.tsx. */
export { HarnessApp, SAMPLE_URL } from './harness-app';
export { SheetView, type SheetViewProps } from './sheet-view';
export { observedHost } from './observed-host';
export { workbookChanges } from './workbook-changes';
export { openSession, saveSession, type WorkbookSession } from './workbook-session';
export { displayValue } from './display-value';
