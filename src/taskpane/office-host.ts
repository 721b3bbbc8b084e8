import { createExcelPaneHost, officeHost, type OfficeHost } from '../excel';
import type { PaneHost } from './pane-host';

/**
 * The pane's host: the Office.js adapter, one Excel.run per action (merged into one undo step
 * where Excel supports it). In Excel `office` is Office.js itself; the harness passes the strict
 * fake's `run` instead, so the pane never knows which it talks to.
 */
export function createOfficeHost(office: OfficeHost = officeHost()): PaneHost {
  return createExcelPaneHost(office);
}
