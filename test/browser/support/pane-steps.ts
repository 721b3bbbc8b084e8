import path from 'node:path';
import type { Page } from 'playwright-core';
import type { WorkbookGrid } from '../../../src/engine';
import { openXlsx } from '../../../src/file';
import { PROJECT_ROOT } from './build-harness';

/** Where browser tests keep screenshots and downloads for a person to look at (gitignored). */
export const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');

export type PaneTab = 'Results' | 'Checks' | 'Rules' | 'Columns';

/** A workbook file as the file adapter reads it (the same reader as the CLI). */
export async function readGrid(file: string): Promise<WorkbookGrid> {
  const opened = await openXlsx(file);
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.file.grid;
}

/**
 * Steps an analyst takes in the harness's pane. `page` is a getter because each test file opens its
 * page in `beforeAll`.
 */
export function paneSteps(page: () => Page) {
  return {
    /** What a part of the pane said beside its action (`outcome` under the header's buttons, `notice-…` beside a form). */
    async notice(testId: string, text: string): Promise<string> {
      const bar = page().getByTestId(testId).filter({ hasText: text });
      await bar.waitFor();
      return bar.innerText();
    },
    async openTab(name: PaneTab): Promise<void> {
      const tab = page().getByRole('tab', { name, exact: true });
      if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
      await page().getByTestId(`panel-${name.toLowerCase()}`).waitFor();
    },
    /** Clicks something that downloads a file and keeps it under ARTIFACTS. */
    async download(click: () => Promise<void>, saveAs: string): Promise<string> {
      const [dl] = await Promise.all([page().waitForEvent('download'), click()]);
      const target = path.join(ARTIFACTS, saveAs);
      await dl.saveAs(target);
      return target;
    },
  };
}
