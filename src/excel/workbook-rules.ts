import { describeRuleIssues, parseRules, planSaveRules, readStoredRules, type RuleSet } from '../engine';
import { problem } from '../engine/messages';
import type { Problem } from '../engine/run/problem';
import { excelProblem } from './excel-problem';
import { sheetGridFrom } from './loaded-sheet';
import { runBatch, type OfficeHost } from './office-host';
import { readInRun } from './read-in-run';
import { readMarkers } from './read-workbook';
import { writePlan } from './write-plan';

export type LoadRulesResult = { ok: true; rules: RuleSet; source: 'default' | 'workbook' } | { ok: false; problem: Problem };
export type SaveRulesResult = { ok: true } | { ok: false; problem: Problem };

/** The rules stored in the workbook's settings sheet, or the defaults: found by its marker name: one sync, two when it exists. */
export async function loadRules(host: OfficeHost): Promise<LoadRulesResult> {
  try {
    return await runBatch(host, (context) => loadRulesIn(context));
  } catch (error) {
    return { ok: false, problem: excelProblem(error) };
  }
}

async function loadRulesIn(context: Excel.RequestContext): Promise<LoadRulesResult> {
  // The settings sheet is found by its marker name, never by its own name (a user's sheet may share it).
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name, items/visibility');
  const names = context.workbook.names;
  names.load('items/name, items/formula');
  await context.sync();
  const { ownSheets } = readMarkers(names.items, worksheets.items.map((ws) => ws.name));
  const sheets: ReturnType<typeof sheetGridFrom>[] = [];
  const ws = ownSheets.settings ? worksheets.items.find((w) => w.name === ownSheets.settings) : undefined;
  // Its cells come in a second sync, only when it exists.
  if (ws) {
    const used = ws.getUsedRange(true);
    used.load('rowIndex, columnIndex, values');
    await context.sync();
    sheets.push(
      sheetGridFrom({
        name: ws.name,
        visibility: ws.visibility,
        protected: false,
        used: { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values: used.values, numberFormat: [], formulaAreas: null, cellProperties: [], rowHidden: [], columnHidden: [], rowFonts: [], columnFonts: [] },
      }),
    );
  }
  const stored = readStoredRules(ws ? { sheets, ownSheets: { settings: ws.name } } : { sheets });
  return 'problem' in stored ? { ok: false, problem: stored.problem } : { ok: true, rules: stored.rules, source: stored.source };
}

/** Stores the rules in the workbook (the very hidden settings sheet), where the command line reads them too. */
export async function saveRules(host: OfficeHost, rules: RuleSet): Promise<SaveRulesResult> {
  const parsed = parseRules(rules);
  if (!parsed.success) return { ok: false, problem: problem('BAD_RULES', describeRuleIssues(parsed.issues)) };
  try {
    const read = await readInRun(host);
    if (!read.ok) return read;
    const planned = planSaveRules(read.grid, parsed.rules);
    if (!planned.ok) return planned;
    const written = await writePlan(host, read, planned.plan);
    return written.ok ? { ok: true } : written;
  } catch (error) {
    return { ok: false, problem: excelProblem(error) };
  }
}
