import type { NewSheet } from '../plan';
import type { Flag, Severity } from '../flags/flag';
import type { AcceptanceReport, RunReport } from '../run/run-report';
import { localTime } from './local-time';
import { SheetWriter } from './summary-sheet';

/** The checks sheet's default name (a unique name is taken when a user's sheet has it). */
export const CHECKS_SHEET = 'Checks';

const SEVERITY_WORDS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
const STATUS_WORDS: Record<AcceptanceReport['status'], string> = {
  accepted: 'Accepted',
  lapsed: 'Lapsed: the figure changed',
  notRaised: 'Not raised this run',
};

function shownValue(v: AcceptanceReport['value']): string | number | boolean {
  return v === null ? '(empty)' : v;
}

/** What blocks circulation, in a line. */
export function fitnessLine(flags: Flag[]): string {
  const open = flags.filter((f) => !f.accepted);
  const errors = open.filter((f) => f.severity === 'error').length;
  const warnings = open.filter((f) => f.severity === 'warning').length;
  const accepted = flags.length - open.length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const tail = `${plural(warnings, 'warning')} to review${accepted ? `, ${accepted} accepted` : ''}`;
  return errors ? `No: ${plural(errors, 'error')} to fix or accept, ${tail}` : `Yes (${tail})`;
}

/**
 * The checks sheet (spec §6): for the analyst, never for the committee. Every flag with its sheet,
 * cell, ref, severity in words, code and message, and whether it is accepted; then every stored
 * acceptance with its note, date, the value it was given for and whether it still holds.
 */
export function checksSheet(name: string, report: RunReport, options: { timeZone?: string } = {}): NewSheet {
  const w = new SheetWriter();
  w.line(['Scorecard Rater: checks'], () => ({ bold: true }));
  w.line(['Rated', localTime(report.ratedAt, options.timeZone)]);
  w.line(['Fit to circulate', fitnessLine(report.flags)], () => ({ bold: true }));
  w.gap();
  w.line(['Flags'], () => ({ bold: true }));
  w.line(['Sheet', 'Cell', 'Ref', 'Severity', 'Flag', 'Message', 'Accepted', 'Note'], () => ({ bold: true }));
  if (!report.flags.length) w.line(['None']);
  for (const f of report.flags) {
    const accepted = f.accepted ? `Accepted ${f.accepted.date}` : f.lapsed ? 'Acceptance lapsed' : '';
    w.line([f.sheet, f.cell, f.ref, SEVERITY_WORDS[f.severity], f.code, f.message, accepted, (f.accepted ?? f.lapsed)?.note ?? ''], (c) => (c === 5 || c === 7 ? { wrap: true } : undefined));
  }
  w.gap();
  w.line(['Acceptances'], () => ({ bold: true }));
  w.line(['Sheet', 'Cell', 'Ref', 'Flag', 'Note', 'Date', 'Value accepted', 'Status'], () => ({ bold: true }));
  const list = report.acceptances ?? [];
  if (!list.length) w.line(['None']);
  for (const a of list) w.line([a.sheet, a.cell, a.ref, a.code, a.note, a.date, shownValue(a.value), STATUS_WORDS[a.status]], (c) => (c === 4 ? { wrap: true } : undefined));
  return { name, role: 'checks', visibility: 'visible', cells: w.cells, columnWidths: [16, 8, 10, 10, 18, 70, 18, 40] };
}
