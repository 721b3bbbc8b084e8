import type { QuarterIndex } from '../engine';

export type Command = 'rate' | 'validate' | 'clear' | 'circulate' | 'help';

export interface CliArgs {
  command: Command;
  files: string[];
  out?: string;
  quarter?: QuarterIndex;
  sheet?: string;
  rules?: string;
  json: boolean;
  /** circulate: show each disclosive count as `c`. */
  suppressSmall?: boolean;
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; message: string };

const VALUE_OPTIONS = new Set(['--out', '--quarter', '--sheet', '--rules']);

/** Parses the command line; a mistake gives a one-line message, never a throw. */
export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') return { ok: true, args: { command: 'help', files: [], json: false } };
  if (command !== 'rate' && command !== 'validate' && command !== 'clear' && command !== 'circulate') {
    return { ok: false, message: `Unknown command "${command}". Use rate, validate, clear or circulate (see --help).` };
  }
  const args: CliArgs = { command, files: [], json: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') args.json = true;
    else if (a === '--suppress-small') {
      if (command !== 'circulate') return { ok: false, message: '--suppress-small is for circulate (the copy for committee); the other commands never hide figures.' };
      args.suppressSmall = true;
    }
    else if (a === '--help' || a === '-h') return { ok: true, args: { command: 'help', files: [], json: false } };
    else if (VALUE_OPTIONS.has(a)) {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) return { ok: false, message: `${a} needs a value.` };
      if (a === '--quarter') {
        if (!/^[1-4]$/.test(v)) return { ok: false, message: `--quarter must be 1, 2, 3 or 4 (got "${v}").` };
        args.quarter = Number(v) as QuarterIndex;
      } else if (a === '--out') args.out = v;
      else if (a === '--sheet') args.sheet = v;
      else args.rules = v;
    } else if (a.startsWith('--')) return { ok: false, message: `Unknown option ${a} (see --help).` };
    else args.files.push(a);
  }
  if (!args.files.length) return { ok: false, message: `${command} needs an .xlsx file: scorecard ${command} <file.xlsx>` };
  if (args.out && args.files.length > 1) return { ok: false, message: '--out names one output file, so give one input file with it.' };
  if (command === 'validate' && args.out) return { ok: false, message: 'validate writes nothing, so it takes no --out.' };
  return { ok: true, args };
}

export const HELP = `Scorecard Rater: rates a corporate parenting scorecard red / amber / green.

Usage:
  scorecard rate <in.xlsx>... [--out <file>] [--quarter 1-4] [--sheet <name>] [--rules <rules.json>] [--json]
      Writes a rated copy (default <name>.rated.xlsx beside the input) and prints the count tables.
  scorecard validate <in.xlsx>... [--quarter 1-4] [--sheet <name>] [--rules <rules.json>] [--json]
      Checks the workbook is fit to circulate; writes nothing.
  scorecard clear <in.xlsx> [--out <file>]
      Writes a copy with everything a rating run wrote taken out (default <name>.cleared.xlsx).
  scorecard circulate <in.xlsx> [--out <file>] [--suppress-small] [--json]
      Writes the copy for committee (default <name>.circulate.xlsx): ratings and summary kept,
      checks and settings sheets and flag fills taken out; --suppress-small shows each
      disclosive count as c. Refused while errors remain that are neither fixed nor accepted.

A quarter with no figures yet is rated only when --quarter names it (with a warning).

Exit status: 0 fit to circulate, 1 errors found or most measures unrated (LAYOUT_GAP),
2 unusable input (not an xlsx, encrypted, no scorecard sheet, bad rules) or, for circulate,
a workbook not fit to circulate or never rated. With --json,
stdout holds only the JSON report.`;
