import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Problem, RuleSet, RunOptions, RunReport } from '../engine';
import { addFlags, applyPlanToGrid, clearGrid, describeRuleIssues, parseRulesJson, planCirculation, problem, rateGrid, validateGrid } from '../engine';
import { applyPlan, openXlsx, saveXlsx } from '../file';
import { jsonReport } from './json-report';
import { HELP, parseArgs, type CliArgs } from './parse-args';
import { emptyQuarter, layoutGaps, printReport } from './print-report';
import { stripControls } from './terminal-text';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 fit to circulate, 1 errors found, 2 unusable input. */
export const EXIT = { FIT: 0, ERRORS: 1, UNUSABLE: 2 } as const;

type FileOutcome = { ok: true; report: RunReport; wrote?: string } | { ok: false; problem: Pick<Problem, 'message'> };

/** A rules file is a few kilobytes; anything far larger (or a device such as /dev/zero) is not one. */
const MAX_RULES_BYTES = 4 * 1024 * 1024;

async function loadRules(file: string): Promise<{ ok: true; rules: RuleSet } | { ok: false; problem: Problem }> {
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_RULES_BYTES) return { ok: false, problem: problem('BAD_RULES', `${file} is not a rules file (${info.isFile() ? 'it is larger than 4 MB' : 'it is not a regular file'})`) };
    text = await readFile(file, 'utf8');
  } catch {
    return { ok: false, problem: problem('FILE_NOT_FOUND', `the rules file ${file}`) };
  }
  const parsed = parseRulesJson(text);
  if (!parsed.success) return { ok: false, problem: problem('BAD_RULES', `in ${file}, ${describeRuleIssues(parsed.issues)}`) };
  return { ok: true, rules: parsed.rules };
}

export function defaultOutput(input: string, suffix: 'rated' | 'cleared' | 'circulate'): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.${suffix}${ext || '.xlsx'}`);
}

async function runOne(args: CliArgs, file: string, options: RunOptions): Promise<FileOutcome> {
  const opened = await openXlsx(file);
  if (!opened.ok) return opened;
  const grid = opened.file.grid;
  if (args.command === 'validate') return validateGrid(grid, options);
  if (args.command === 'circulate') {
    // Built from the rated workbook as it stands; refused (exit 2) while errors remain or before a rating.
    const planned = planCirculation(grid, { suppressSmall: args.suppressSmall, now: options.now, rules: options.rules });
    if (!planned.ok) return planned;
    const applied = applyPlan(opened.file, planned.plan);
    if (!applied.ok) return applied;
    const out = args.out ?? defaultOutput(file, 'circulate');
    const saved = await saveXlsx(opened.file, out);
    return saved.ok ? { ok: true, report: planned.report, wrote: out } : saved;
  }
  const outcome = args.command === 'rate' ? rateGrid(grid, options) : clearGrid(grid, options);
  if (!outcome.ok) return outcome;
  // Rating a quarter with no figures overwrites every rating with n/a: only when asked for by --quarter.
  const empty = 'report' in outcome ? outcome.report.sheets.find((s) => emptyQuarter(s) && !s.quarter!.chosen) : undefined;
  if (empty) {
    return { ok: false, problem: { message: `Sheet "${empty.name}" has no figures in any quarter yet, so nothing was rated. Enter the figures, or give --quarter 1-4 to rate an empty quarter anyway.` } };
  }
  const applied = applyPlan(opened.file, outcome.plan);
  if (!applied.ok) return applied;
  const out = args.out ?? defaultOutput(file, args.command === 'rate' ? 'rated' : 'cleared');
  const saved = await saveXlsx(opened.file, out);
  if (!saved.ok) return saved;
  if (args.command === 'clear') {
    // What the cleared file holds: the grid with the plan applied, as the engine models it.
    const after = validateGrid(applyPlanToGrid(grid, outcome.plan), options);
    // Cells Clear left alone (changed since the run) are reported with the cleared file's own flags.
    return after.ok ? { ok: true, report: addFlags(after.report, 'flags' in outcome ? outcome.flags : []), wrote: out } : { ok: false, problem: after.problem };
  }
  return { ok: true, report: (outcome as Extract<typeof outcome, { report: RunReport }>).report, wrote: out };
}

const VERB: Record<CliArgs['command'], { doing: string; done: string }> = {
  rate: { doing: 'rating', done: 'Rated' },
  validate: { doing: 'checking', done: 'Checked' },
  clear: { doing: 'clearing', done: 'Cleared' },
  circulate: { doing: 'preparing for circulation', done: 'Circulation copy of' },
  help: { doing: '', done: '' },
};

/** The command line, with its output passed in so tests read exactly what a user sees. */
export async function runCli(argv: string[], rawIo: CliIo, now?: Date): Promise<number> {
  // Text for people has control characters removed (cell text can carry terminal escapes); --json stays exact.
  const io: CliIo = { stdout: (t) => rawIo.stdout(stripControls(t)), stderr: (t) => rawIo.stderr(stripControls(t)) };
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(parsed.message);
    return EXIT.UNUSABLE;
  }
  const args = parsed.args;
  if (args.command === 'help') {
    io.stdout(HELP);
    return EXIT.FIT;
  }
  const options: RunOptions = {
    quarter: args.quarter,
    sheets: args.sheet ? [args.sheet] : undefined,
    now,
    onSheet: (sheet, index, total) => {
      if (total > 1) io.stderr(`  sheet ${index}/${total}: ${sheet}`);
    },
  };
  if (args.rules) {
    const rules = await loadRules(args.rules);
    if (!rules.ok) {
      io.stderr(rules.problem.message);
      return EXIT.UNUSABLE;
    }
    options.rules = rules.rules;
  }
  let exit: number = EXIT.FIT;
  const many = args.files.length > 1;
  for (const [i, file] of args.files.entries()) {
    if (many) io.stderr(`[${i + 1}/${args.files.length}] ${VERB[args.command].doing} ${file}`);
    const result = await runOne(args, file, options);
    if (!result.ok) {
      io.stderr(result.problem.message);
      exit = EXIT.UNUSABLE;
      continue;
    }
    // A layout gap leaves most measures unrated: never plain success.
    if ((!result.report.fit || layoutGaps(result.report).length) && exit === EXIT.FIT) exit = EXIT.ERRORS;
    if (args.json) {
      rawIo.stdout(JSON.stringify(jsonReport(file, result.report)));
      for (const s of result.report.sheets.filter(emptyQuarter)) io.stderr(`Warning: sheet "${s.name}": ${s.quarter!.label} has no figures yet, so every measure is n/a.`);
    }
    else {
      if (many || result.wrote) io.stdout(result.wrote ? `${VERB[args.command].done} ${file} -> ${result.wrote}` : file);
      if (args.command !== 'clear' && args.command !== 'circulate') io.stdout(printReport(result.report));
    }
  }
  return exit;
}
