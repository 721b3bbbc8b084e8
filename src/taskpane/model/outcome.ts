import type { Counts, Problem, RunReport } from '../../engine';
import { fitness } from './findings';

export type PaneAction = 'rate' | 'validate' | 'clear' | 'open' | 'rules' | 'select';

/** What the MessageBar says after an action: what happened and what to do next. */
export interface Outcome {
  intent: 'success' | 'warning' | 'error' | 'info';
  title: string;
  message: string;
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
  const next = errors
    ? `${errors} error${errors === 1 ? '' : 's'} must be fixed before circulating: see Findings.`
    : 'Next: add commentary to the red and amber measures, then Validate before circulating.';
  return {
    intent: errors ? 'warning' : 'success',
    title: 'Ratings written',
    message: `Rated ${what}. The summary is on the sheet "${summarySheet}". ${next}`,
  };
}

export function validateOutcome(report: RunReport): Outcome {
  const f = fitness(report);
  return {
    intent: f.fit ? 'success' : 'error',
    title: f.title,
    message: `${f.detail} Nothing was written.`,
  };
}

export function clearOutcome(cellsRestored: number): Outcome {
  return {
    intent: 'success',
    title: 'Ratings cleared',
    message: `Removed what the add-in wrote (${cellsRestored} cell${cellsRestored === 1 ? '' : 's'} restored, and its summary sheet). Figures and comments are unchanged. Rate this quarter again when the figures are ready.`,
  };
}
