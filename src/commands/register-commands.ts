import { clearRatings, rateWorkbook, validateWorkbook, type OfficeHost } from '../excel';
import { excelProblem } from '../excel/excel-problem';
import { describeRun } from './command-result';
import { showDialog } from './show-message';

/** The ExecuteFunction names the manifest's ribbon buttons call. */
export const COMMANDS = { rate: 'rateThisQuarter', validate: 'validateScorecard', clear: 'clearRatings' } as const;

/** What a command's work returns: a problem to show, a result to show, or nothing to say. */
type Outcome = { ok: true; show?: string } | { ok: false; problem: { message: string } };

const CLEAR_QUESTION =
  'Clear ratings? This puts back every cell Rate this quarter changed and removes the RAG Summary sheet. Rules saved in the workbook stay.';

/**
 * Registers the ribbon buttons. Each handler runs the adapter, shows a short result or the problem
 * in a dialog (never silence on failure), and calls event.completed() on every path, thrown errors
 * included. Clear asks first; with no answer (closed, or no dialog could open) it clears nothing.
 */
export function registerCommands(office: typeof Office, host: OfficeHost, messagePageUrl: string): void {
  const command = (work: () => Promise<Outcome>) => async (event: Office.AddinCommands.Event) => {
    try {
      let message: string | undefined;
      try {
        const result = await work();
        message = result.ok ? result.show : result.problem.message;
      } catch (error) {
        message = excelProblem(error).message;
      }
      if (message) await showDialog(office, messagePageUrl, message);
    } finally {
      event.completed();
    }
  };

  office.actions.associate(
    COMMANDS.rate,
    command(async () => {
      const result = await rateWorkbook(host, { scope: 'active-or-first' });
      return result.ok ? { ok: true, show: describeRun(result.report, 'rated', result.undo) } : result;
    }),
  );
  office.actions.associate(
    COMMANDS.validate,
    command(async () => {
      const result = await validateWorkbook(host);
      return result.ok ? { ok: true, show: describeRun(result.report, 'validated') } : result;
    }),
  );
  office.actions.associate(
    COMMANDS.clear,
    command(async () => {
      const answer = await showDialog(office, messagePageUrl, CLEAR_QUESTION, { confirm: 'Clear' });
      if (answer !== 'confirm') return { ok: true };
      const result = await clearRatings(host);
      return result.ok ? { ok: true } : result;
    }),
  );
}
