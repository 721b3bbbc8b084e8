import { sheetAddress, type Flag, type RunReport, type Severity } from '../../engine';

/** One line of the findings list: a single finding, or several of one kind folded into one expandable line. */
export type FindingItem = { kind: 'single'; flag: Flag } | { kind: 'repeated'; code: string; title: string; flags: Flag[] };

export interface FindingGroup {
  severity: Severity;
  title: string;
  flags: Flag[];
  items: FindingItem[];
}

/** From this many findings of one code in a severity, they are folded into one line ("Missing figure on 46 measures"). */
export const REPEATED_FROM = 3;

/** What a finding of each code is, as a noun phrase for a folded line. */
const CODE_WORDS: Record<string, string> = {
  MISSING_VALUE: 'Missing figure',
  SUPPRESSED_VALUE: 'Suppressed figure',
  SMALL_COUNT: 'Disclosive small count',
  UNREADABLE_VALUE: 'Unreadable figure',
  FORMULA_ERROR: 'Formula error',
  PERCENT_OUT_OF_RANGE: 'Percentage out of range',
  TARGET_WITHOUT_POLARITY: 'Target without a polarity',
  NO_BASIS: 'Nothing to compare with',
  UNREADABLE_BANDS: 'Unreadable target bands',
  RAG_CHANGED: 'RAG changed by hand',
  RAG_FORMULA: 'RAG cell holding a formula',
  NO_COMMENTARY: 'No commentary',
  DUPLICATE_REF: 'Duplicate ref',
  HIDDEN_CONTENT: 'Hidden content',
  SHEET_PROTECTED: 'Protected sheet',
  LAYOUT_GAP: 'Column not found',
};

/** The code recognition gives when a missing column leaves most measures unrated (the pane offers "Map columns"). */
export const LAYOUT_GAP = 'LAYOUT_GAP';

export function isLayoutGap(flag: Pick<Flag, 'code'>): boolean {
  return (flag.code as string) === LAYOUT_GAP;
}

/** Findings of one severity, in order, with repeated codes folded into one line where the first of them stood. */
export function foldRepeated(flags: Flag[]): FindingItem[] {
  const byCode = new Map<string, Flag[]>();
  for (const f of flags) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  const items: FindingItem[] = [];
  const done = new Set<string>();
  for (const f of flags) {
    const same = byCode.get(f.code) ?? [];
    if (same.length < REPEATED_FROM || isLayoutGap(f)) {
      items.push({ kind: 'single', flag: f });
      continue;
    }
    if (done.has(f.code)) continue;
    done.add(f.code);
    const word = CODE_WORDS[f.code] ?? f.code;
    const onMeasures = same.every((x) => x.ref);
    items.push({ kind: 'repeated', code: f.code, flags: same, title: `${word} ${onMeasures ? 'on' : 'in'} ${same.length} ${onMeasures ? 'measures' : 'places'}` });
  }
  return items;
}

export interface Fitness {
  fit: boolean;
  /** Never plain success while a column is missing (LAYOUT_GAP): most measures are then unrated. */
  intent: 'success' | 'warning' | 'error';
  title: string;
  detail: string;
}

const GROUP_TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'For information' };
const ORDER: Severity[] = ['error', 'warning', 'info'];

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Errors first (they block circulation), then warnings, then information; empty groups left out. Accepted findings are listed apart (`acceptedFindings`). */
export function groupFindings(flags: Flag[]): FindingGroup[] {
  return ORDER.map((severity) => {
    const mine = flags.filter((f) => f.severity === severity && !f.accepted);
    return { severity, title: GROUP_TITLES[severity], flags: mine, items: foldRepeated(mine) };
  }).filter((g) => g.flags.length > 0);
}

/** Findings the analyst accepted with a note, which the acceptance still holds for (the value has not changed). */
export function acceptedFindings(flags: Flag[]): Flag[] {
  return flags.filter((f) => f.accepted);
}

/** Whether the pane offers "Accept…" on a finding: warnings and small counts, not yet accepted (a lapsed one may be accepted again). */
export function canAccept(flag: Flag): boolean {
  return !flag.accepted && (flag.severity === 'warning' || flag.code === 'SMALL_COUNT');
}

/** The longest note an acceptance keeps (the engine refuses longer). */
export const MAX_NOTE_LENGTH = 200;

/** What a note typed in the pane lacks, or null when it can be saved. */
export function noteProblem(note: string): string | null {
  const n = note.trim().length;
  if (n === 0) return 'Write a short note saying why this is acceptable.';
  if (n > MAX_NOTE_LENGTH) return `The note is ${n} characters long; keep it to ${MAX_NOTE_LENGTH}.`;
  return null;
}

/** What an acceptance was given for, as the pane lists it: `3`, `"n/a"`, or an empty cell. */
export function acceptedValue(value: string | number | boolean | null): string {
  if (value === null || value === '') return 'an empty cell';
  return typeof value === 'string' ? `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"` : String(value);
}

/** The headline of Validate: fit to circulate means no errors that are not accepted; warnings are for the analyst to accept. */
export function fitness(report: Pick<RunReport, 'fit' | 'flags'>): Fitness {
  const errors = report.flags.filter((f) => f.severity === 'error' && !f.accepted).length;
  const warnings = report.flags.filter((f) => f.severity === 'warning' && !f.accepted).length;
  const accepted = report.flags.filter((f) => f.accepted).length;
  const small = report.flags.some((f) => f.severity === 'error' && !f.accepted && f.code === 'SMALL_COUNT');
  const acceptedWords = accepted ? ` ${plural(accepted, 'finding')} accepted with a note.` : '';
  const gaps = report.flags.filter(isLayoutGap).length;
  if (report.fit && errors === 0 && gaps > 0) {
    return {
      fit: true,
      intent: 'warning',
      title: 'Check the columns before circulating',
      detail: `No errors, but ${gaps === 1 ? 'a column was' : `${gaps} columns were`} not found, so measures may be unrated. Map columns, then validate again.`,
    };
  }
  if (report.fit && errors === 0) {
    return {
      fit: true,
      intent: 'success',
      title: 'Fit to circulate',
      detail:
        (warnings === 0
          ? accepted
            ? 'No errors and no warnings left.'
            : 'No errors and no warnings were found.'
          : `No errors. Review the ${plural(warnings, 'warning')} below and accept or fix each before circulating.`) + acceptedWords,
    };
  }
  return {
    fit: false,
    intent: 'error',
    title: 'Not fit to circulate',
    detail: `Fix the ${plural(errors, 'error')} below before circulating${small ? ' (a small count may instead be accepted with a note)' : ''}${warnings ? `, and review the ${plural(warnings, 'warning')}` : ''}. Select a finding to go to its cell.`,
  };
}

/** Where a finding is, as people read it: `'Scorecard 18-19'!K12`, or just the sheet for sheet-wide findings. */
export function findingLocation(flag: Flag): string {
  if (!flag.sheet) return 'Workbook';
  return flag.cell ? sheetAddress(flag.sheet, flag.cell) : flag.sheet;
}

/** The cell to select for a finding: its own cell, the first cell of a row / column span, or A1 for a sheet-wide one. */
export function findingTarget(flag: Flag): { sheet: string; address: string } | null {
  if (!flag.sheet) return null;
  const cell = flag.cell.trim();
  if (!cell) return { sheet: flag.sheet, address: 'A1' };
  const row = /^(\d+):\d+$/.exec(cell);
  if (row) return { sheet: flag.sheet, address: `A${row[1]}` };
  const col = /^([A-Za-z]+):[A-Za-z]+$/.exec(cell);
  if (col) return { sheet: flag.sheet, address: `${col[1].toUpperCase()}1` };
  // A range such as K12:K14: its top-left cell.
  return { sheet: flag.sheet, address: cell.split(':')[0] };
}
