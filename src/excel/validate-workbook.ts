import { validateGrid } from '../engine';
import type { Problem } from '../engine/run/problem';
import type { RunReport } from '../engine/run/run-report';
import { excelProblem } from './excel-problem';
import { readWorkbook } from './read-workbook';
import { engineOptions, type WorkbookRunOptions } from './run-scope';

export type ValidateResult = { ok: true; report: RunReport } | { ok: false; problem: Problem };

/** Recognise and check the open workbook without writing anything (2 syncs). */
export async function validateWorkbook(context: Excel.RequestContext, options: WorkbookRunOptions = {}): Promise<ValidateResult> {
  try {
    const read = await readWorkbook(context);
    if (!read.ok) return read;
    return validateGrid(read.grid, engineOptions(options, read.grid, read.activeSheet));
  } catch (error) {
    return { ok: false, problem: excelProblem(error) };
  }
}
