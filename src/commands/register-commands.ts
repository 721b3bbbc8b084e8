import { clearRatings, rateWorkbook, runBatch, type OfficeHost } from '../excel';
import { excelProblem } from '../excel/excel-problem';
import { showMessage } from './show-message';

/** The ExecuteFunction names the manifest's ribbon buttons call. */
export const COMMANDS = { rate: 'rateThisQuarter', clear: 'clearRatings' } as const;

/**
 * Registers the ribbon buttons. Each handler runs one adapter call, shows any problem in a dialog
 * (never silence), and calls event.completed() on every path, thrown errors included.
 */
export function registerCommands(office: typeof Office, host: OfficeHost, messagePageUrl: string): void {
  const command = (work: () => Promise<{ ok: true } | { ok: false; problem: { message: string } }>) => async (event: Office.AddinCommands.Event) => {
    try {
      let message: string | null = null;
      try {
        const result = await work();
        if (!result.ok) message = result.problem.message;
      } catch (error) {
        message = excelProblem(error).message;
      }
      if (message) await showMessage(office, messagePageUrl, message);
    } finally {
      event.completed();
    }
  };
  // The summary sheet the plan activates is the success feedback: rating lands the user on it.
  office.actions.associate(COMMANDS.rate, command(() => runBatch(host, (context) => rateWorkbook(context, { scope: 'active-or-first' }))));
  office.actions.associate(COMMANDS.clear, command(() => runBatch(host, (context) => clearRatings(context))));
}
