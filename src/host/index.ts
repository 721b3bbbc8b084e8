/** The pane's host interface: what the task pane needs from Excel, implemented by src/excel and composed by the entries. */
export type { HostResult, PaneHost, RunRequest } from './pane-host';
