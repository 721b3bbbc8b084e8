import type { PaneHost, RunRequest } from '../host';
import { clearRatings } from './clear-ratings';
import { excelProblem } from './excel-problem';
import { officeHost, type OfficeHost } from './office-host';
import { rateWorkbook } from './rate-workbook';
import type { WorkbookRunOptions } from './run-scope';
import { selectCell } from './select-cell';
import { validateWorkbook } from './validate-workbook';
import { loadRules, saveRules } from './workbook-rules';

/**
 * The task pane's host in Excel (or in the harness, given the fake's `run`): each call goes through
 * the same adapter functions as the ribbon (a read run, then the write runs they need).
 * Rate and Clear default to the active sheet when it is a scorecard, else the first one; Validate
 * defaults to the whole workbook, since fitness to circulate is about everything in it.
 */
export function createExcelPaneHost(host: OfficeHost = officeHost()): PaneHost {
  const batch = async <T extends { ok: boolean }>(fn: (host: OfficeHost) => Promise<T>) => {
    try {
      return await fn(host);
    } catch (error) {
      return { ok: false as const, problem: excelProblem(error) };
    }
  };
  return {
    validate: (request) => batch((c) => validateWorkbook(c, options(request, 'all'))),
    rate: async (request) => {
      const result = await batch((c) => rateWorkbook(c, options(request, 'active-or-first')));
      return result.ok ? { ok: true, report: result.report, summarySheet: result.summarySheet ?? '' } : { ok: false, problem: result.problem };
    },
    clear: (request) => batch((c) => clearRatings(c, options(request, 'active-or-first'))),
    selectCell: (sheet, address) => batch((c) => selectCell(c, sheet, address)),
    loadRules: () => batch((c) => loadRules(c)),
    saveRules: (rules) => batch((c) => saveRules(c, rules)),
  };
}

function options(request: RunRequest | undefined, scope: WorkbookRunOptions['scope']): WorkbookRunOptions {
  return { scope, ...(request?.sheet ? { sheets: [request.sheet] } : {}), ...(request?.quarter ? { quarter: request.quarter } : {}) };
}
