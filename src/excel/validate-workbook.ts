import { validateGrid } from '../engine';
import type { Problem } from '../engine/run/problem';
import type { RunReport } from '../engine/run/run-report';
import { excelProblem } from './excel-problem';
import type { OfficeHost } from './office-host';
import { readInRun } from './read-in-run';
import { engineOptions, type WorkbookRunOptions } from './run-scope';

export type ValidateResult = { ok: true; report: RunReport } | { ok: false; problem: Problem };

/** Recognise and check the open workbook without writing anything (one run, 2 syncs). */
export async function validateWorkbook(host: OfficeHost, options: WorkbookRunOptions = {}): Promise<ValidateResult> {
  try {
    const read = await readInRun(host);
    if (!read.ok) return read;
    return validateGrid(read.grid, engineOptions(options, read.activeSheet));
  } catch (error) {
    return { ok: false, problem: excelProblem(error) };
  }
}
