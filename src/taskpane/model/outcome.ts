import type { Counts, Problem, RunReport } from '../../engine';
import { fitness, isLayoutGap } from './findings';

export type PaneAction = 'rate' | 'validate' | 'clear' | 'open' | 'rules' | 'select' | 'accept' | 'circulate' | 'copy';

/** What the MessageBar says after an action: what happened and what to do next. */
export interface Outcome {
  intent: 'success' | 'warning' | 'error' | 'info';
  title: string;
  message: string;
  /** A follow-up the message offers as a button: open the Columns tab. */
  action?: 'map-columns';
}

/** The LAYOUT_GAP findings of a run, as the sentence and button the outcome adds. */
function layoutGaps(report: Pick<RunReport, 'flags'>): { sentence: string } | null {
  const gaps = report.flags.filter(isLayoutGap);
  if (!gaps.length) return null;
  return { sentence: `${gaps.map((g) => `${g.sheet}: ${g.message}`).join(' ')} Choose Map columns to point the add-in at the right column.` };
}

export function countsSentence(c: Counts): string {
  return `${c.total} measure${c.total === 1 ? '' : 's'}: ${c.red} red, ${c.amber} amber, ${c.green} green, ${c.na} n/a`;
}

const FAILURE_TITLES: Record<PaneAction, string> = {
  rate: 'Nothing was rated',
  validate: 'The workbook could not be checked',
  clear: 'Ratings were not cleared',
  open: 'The workbook could not be read',
  rules: 'Rules were not saved',
  select: 'The cell could not be selected',
  accept: 'The acceptance was not saved',
  circulate: 'No circulation copy was made',
  copy: 'The tables were not copied',
};

export function failureOutcome(action: PaneAction, problem: Problem): Outcome {
  // Not a failure of the workbook: it simply has nothing the add-in rates.
  if (problem.code === 'NO_SCORECARD') return { intent: 'warning', title: 'No scorecard sheet found', message: problem.message };
  return { intent: 'error', title: FAILURE_TITLES[action], message: problem.message };
}

/** An exception from the host (a bug or Excel failing), said plainly rather than as a stack trace. */
export function unexpectedOutcome(action: PaneAction, error: unknown): Outcome {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    intent: 'error',
    title: FAILURE_TITLES[action],
    message: `Something went wrong (${detail}). Nothing more was written; try again, and if it persists, save and reopen the workbook.`,
  };
}

export function rateOutcome(report: RunReport, summarySheet: string): Outcome {
  const rated = report.sheets.filter((s) => s.recognised && s.quarter);
  const what = rated.map((s) => `"${s.name}" for ${s.quarter?.label}: ${countsSentence(s.counts.rag)}`).join('. ');
  const errors = report.flags.filter((f) => f.severity === 'error').length;
  const gaps = layoutGaps(report);
  if (gaps) {
    return {
      intent: 'warning',
      title: 'Rated, but columns are missing',
      message: `Rated ${what}. ${gaps.sentence}`,
      action: 'map-columns',
    };
  }
  const next = errors
    ? `${errors} error${errors === 1 ? '' : 's'} must be fixed before circulating: see Checks.`
    : 'Next: add commentary to the red and amber measures (each links to its comment cell under Results), then Validate before circulating.';
  return {
    intent: errors ? 'warning' : 'success',
    title: 'Ratings written',
    message: `Rated ${what}. The summary is on the sheet "${summarySheet}". ${next}`,
  };
}

export function validateOutcome(report: RunReport): Outcome {
  const f = fitness(report);
  const gaps = layoutGaps(report);
  return {
    intent: f.intent,
    title: f.title,
    message: `${f.detail} Nothing was written.`,
    ...(gaps ? { action: 'map-columns' as const } : {}),
  };
}

export function clearOutcome(cellsRestored: number): Outcome {
  return {
    intent: 'success',
    title: 'Ratings cleared',
    message: `Removed what the add-in wrote (${cellsRestored} cell${cellsRestored === 1 ? '' : 's'} restored, and its summary sheet). Figures and comments are unchanged. Rate this quarter again when the figures are ready.`,
  };
}

/** What the pane says once it has read the workbook on open. */
export function openOutcome(report: RunReport): Outcome {
  const n = report.sheets.filter((s) => s.recognised).length;
  if (!n) {
    return {
      intent: 'warning',
      title: 'No scorecard sheet found',
      message: 'A scorecard needs a header row with a Ref or Measure column and at least one quarter column such as "Qu 1 18-19". See Columns for what each sheet holds.',
    };
  }
  const found = `${n} scorecard sheet${n === 1 ? '' : 's'} found`;
  const gaps = layoutGaps(report);
  if (gaps) return { intent: 'warning', title: `${found}, with columns missing`, message: gaps.sentence, action: 'map-columns' };
  return { intent: 'info', title: found, message: 'Check the quarter above and the columns under Columns, then choose Rate.' };
}
