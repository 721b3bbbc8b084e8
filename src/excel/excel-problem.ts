import { problem } from '../engine/messages';
import type { Problem } from '../engine/run/problem';

/** An Office.js failure (OfficeExtension.Error has a code and a message) as the Problem users read. */
export function excelProblem(error: unknown): Problem {
  if (error && typeof error === 'object') {
    const e = error as { message?: unknown; code?: unknown };
    const message = typeof e.message === 'string' && e.message ? e.message : typeof e.code === 'string' ? e.code : String(error);
    return problem('EXCEL_ERROR', message.replace(/[.\s]+$/, ''));
  }
  return problem('EXCEL_ERROR', String(error));
}
