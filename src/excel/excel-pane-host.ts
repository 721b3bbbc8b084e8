import type { PaneHost, RunRequest } from '../host';
import { acceptFlag, revokeAcceptance } from './accept-flag';
import { clearRatings } from './clear-ratings';
import { excelProblem } from './excel-problem';
import { officeDocument, type OfficeDocument } from './office-document';
import { officeHost, type OfficeHost } from './office-host';
import { prepareCirculation } from './prepare-circulation';
import { rateWorkbook } from './rate-workbook';
import type { WorkbookRunOptions } from './run-scope';
import { selectCell } from './select-cell';
import { validateWorkbook } from './validate-workbook';
import { loadRules, saveRules } from './workbook-rules';

/**
 * The task pane's host in Excel (or in the harness, given the fake's `run`): each call goes through
 * the same adapter functions as the ribbon (a read run, then the write runs they need).
 * Rate and Clear default to the active sheet when it is a scorecard, else the first one; Validate
 * defaults to the whole workbook, since fitness to circulate is about everything in it, and so
 * does the report Accept and Take back answer with. `document` is Office's document (its file, and
 * opening a new workbook) for Prepare for circulation; the harness gives the fake's.
 */
export function createExcelPaneHost(host: OfficeHost = officeHost(), document: () => OfficeDocument = officeDocument): PaneHost {
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
    accept: (flag, note) => batch((c) => acceptFlag(c, flag, note)),
    revokeAcceptance: (flag) => batch((c) => revokeAcceptance(c, flag)),
    prepareCirculation: (opts) => batch((c) => prepareCirculation(c, document(), opts)),
  };
}

function options(request: RunRequest | undefined, scope: WorkbookRunOptions['scope']): WorkbookRunOptions {
  return { scope, ...(request?.sheet ? { sheets: [request.sheet] } : {}), ...(request?.quarter ? { quarter: request.quarter } : {}) };
}
