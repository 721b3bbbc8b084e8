import type { WorkbookGrid } from '../grid';
import { lastUsedRow } from '../grid/sheet-cells';
import { isFit } from '../flags/acceptance';
import type { Flag } from '../flags/flag';
import { makeFlag } from '../flags/make-flag';
import { notRecognised, recogniseSheet } from '../layout/recognise-sheet';
import type { SheetLayout } from '../layout/sheet-layout';
import { problem } from '../messages';
import { emptyReport, rateSheet } from '../summary/sheet-report';
import type { RuleSet } from '../rules';
import { DEFAULT_RULES, describeRuleIssues, parseRules } from '../rules';
import type { Problem } from '../run/problem';
import type { RunOptions, RunReport, SheetReport } from '../run/run-report';
import { ownSheetRoles } from './own-sheets';
import { readSettings, type StoredSettings } from './settings-sheet';

export interface Analysis {
  report: RunReport;
  settings: StoredSettings;
  /** Names of the sheets rated in this run. */
  rated: string[];
  /** The time zone the sheets show times in (RunOptions.timeZone). */
  timeZone?: string;
}

export type AnalysisResult = { ok: true; analysis: Analysis } | { ok: false; problem: Problem };

/** Rules in force: given by the caller, else stored in the workbook, else the defaults. */
export function rulesFor(settings: StoredSettings, given?: RuleSet): { ok: true; rules: RuleSet; source: RunReport['rulesSource'] } | { ok: false; problem: Problem } {
  if (given) return { ok: true, rules: given, source: 'option' };
  if (settings.rulesError) return { ok: false, problem: problem('BAD_RULES', settings.rulesError) };
  if (settings.rules === null) return { ok: true, rules: DEFAULT_RULES, source: 'default' };
  const parsed = parseRules(settings.rules);
  if (!parsed.success) return { ok: false, problem: problem('BAD_RULES', `in the rules stored in the workbook, ${describeRuleIssues(parsed.issues)}`) };
  return { ok: true, rules: parsed.rules, source: 'workbook' };
}


/** Recognises every sheet; the add-in's own sheets are reported but never treated as scorecards. */
export function recogniseWorkbook(grid: WorkbookGrid, rules: RuleSet = DEFAULT_RULES): SheetLayout[] {
  const own = ownSheetRoles(grid);
  return grid.sheets.map((s) => {
    const role = own.get(s.name);
    if (role) return notRecognised(s, `the add-in's own ${role} sheet`);
    return recogniseSheet(s, rules);
  });
}

/** The sheets recognised as scorecards under the rules in force (given, else stored in the workbook, else the defaults). */
export function findScorecardSheets(grid: WorkbookGrid, given?: RuleSet, settings: StoredSettings = readSettings(grid)): string[] {
  const chosen = rulesFor(settings, given);
  return recogniseWorkbook(grid, chosen.ok ? chosen.rules : DEFAULT_RULES)
    .filter((l) => l.recognised)
    .map((l) => l.sheet);
}

/** The sheets a run without `sheets` takes of the recognised ones: all, or with `oneSheet` the preferred one if recognised, else the first. */
export function chooseSheets(recognised: string[], options: Pick<RunOptions, 'oneSheet'>): string[] {
  if (!options.oneSheet || recognised.length === 0) return recognised;
  const { prefer } = options.oneSheet;
  return [prefer !== null && recognised.includes(prefer) ? prefer : recognised[0]];
}

/** Workbook-level flags, each on its sheet: hidden sheets (not the add-in's settings sheet), a damaged ledger. */
function workbookFlags(grid: WorkbookGrid, settings: StoredSettings): Flag[] {
  const flags = grid.sheets
    .filter((s) => s.visibility !== 'visible' && s.name !== settings.sheet)
    .map((s) => makeFlag('HIDDEN_CONTENT', { sheet: s.name, cell: '' }, { what: `${s.visibility === 'veryHidden' ? 'very hidden ' : ''}sheet "${s.name}"` }));
  if (settings.ledgerDamaged && settings.sheet) flags.push(makeFlag('LEDGER_DAMAGED', { sheet: settings.sheet, cell: '' }, {}));
  return flags;
}

/** Recognition, rules, rating and every check: everything a run needs before it decides what to write. */
export function analyseWorkbook(grid: WorkbookGrid, options: RunOptions = {}): AnalysisResult {
  if (!grid.sheets.length || grid.sheets.every((s) => lastUsedRow(s) < 0)) return { ok: false, problem: problem('EMPTY_WORKBOOK', 'The workbook') };
  const settings = readSettings(grid);
  const chosen = rulesFor(settings, options.rules);
  if (!chosen.ok) return chosen;
  const rules = chosen.rules;
  const layouts = recogniseWorkbook(grid, rules);

  let targets: string[];
  if (options.sheets?.length) {
    for (const name of options.sheets) {
      const layout = layouts.find((l) => l.sheet === name);
      if (!layout) return { ok: false, problem: problem('SHEET_NOT_FOUND', name) };
      if (!layout.recognised) return { ok: false, problem: problem('NO_SCORECARD', `sheet "${name}": ${layout.reason}`) };
    }
    targets = options.sheets;
  } else {
    targets = chooseSheets(layouts.filter((l) => l.recognised).map((l) => l.sheet), options);
  }
  if (!targets.length) {
    const why = layouts.map((l) => `"${l.sheet}": ${l.reason}`).join('; ');
    return { ok: false, problem: problem('NO_SCORECARD', why) };
  }

  const hidden = workbookFlags(grid, settings);
  const sheets: SheetReport[] = [];
  for (const [i, sheet] of grid.sheets.entries()) {
    const layout = layouts[i];
    const target = targets.indexOf(sheet.name);
    if (target >= 0) options.onSheet?.(sheet.name, target + 1, targets.length);
    const report = target >= 0 ? rateSheet(sheet, layout, rules, options.quarter) : emptyReport(sheet, layout);
    if (!report) return { ok: false, problem: problem('QUARTER_NOT_FOUND', String(options.quarter)) };
    report.flags.unshift(...hidden.filter((f) => f.sheet === sheet.name));
    sheets.push(report);
  }

  const flags = sheets.flatMap((s) => s.flags);
  const report: RunReport = {
    sheets,
    flags,
    fit: isFit(flags),
    rules,
    rulesSource: chosen.source,
    ratedAt: (options.now ?? new Date()).toISOString(),
  };
  return { ok: true, analysis: { report, settings, rated: targets, timeZone: options.timeZone } };
}
