import type { Counts, Flag, RunReport, SheetReport } from '../engine';

function table(title: string, c: Counts): string {
  const head = [title, 'Red', 'Amber', 'Green', 'n/a', 'Total'];
  const row = ['This quarter', ...[c.red, c.amber, c.green, c.na, c.total].map(String)];
  const w = head.map((h, i) => Math.max(h.length, row[i].length));
  const line = (cells: string[]) => cells.map((x, i) => (i === 0 ? x.padEnd(w[i]) : x.padStart(w[i]))).join('  ');
  return `${line(head)}\n${line(row)}`;
}

/** An acceptance in force, or one that lapsed because the value changed (the message says so too). */
function acceptanceText(f: Flag): string {
  if (f.accepted) return ` [accepted ${f.accepted.date}: "${f.accepted.note}"]`;
  if (f.lapsed) return ` [acceptance of ${f.lapsed.date} lapsed: "${f.lapsed.note}"]`;
  return '';
}

function flagLine(f: Flag): string {
  return `  ${f.severity.padEnd(7)} ${f.code.padEnd(23)} ${`${f.sheet}!${f.cell || '-'}`.padEnd(18)} ${(f.ref || '').padEnd(7)} ${f.message}${acceptanceText(f)}`;
}

/** Flags of one kind on one sheet from this many on are printed as one line (the JSON keeps one flag per cell). */
const GROUP_FROM = 3;
const LIST_AT_MOST = 12;

/** `MISSING_VALUE on 46 measures: P2.2, P2.3, … (and 34 more)`, with the first flag's message. */
function groupLine(flags: Flag[]): string {
  const f = flags[0];
  const names = flags.map((x) => x.ref || x.cell || '-');
  const listed = names.slice(0, LIST_AT_MOST).join(', ') + (names.length > LIST_AT_MOST ? `, … (and ${names.length - LIST_AT_MOST} more)` : '');
  const what = flags.every((x) => x.ref) ? 'measures' : 'cells';
  const same = flags.every((x) => x.message === f.message);
  const state = f.accepted ? ' (accepted)' : f.lapsed ? ' (acceptance lapsed)' : '';
  return `  ${f.severity.padEnd(7)} ${f.code}${state} on ${flags.length} ${what} of "${f.sheet}": ${listed}. ${same ? '' : 'For example: '}${f.message}`;
}

/** The flag lines, grouped by sheet and code in order of first appearance. */
export function flagLines(flags: Flag[]): string[] {
  const groups = new Map<string, Flag[]>();
  for (const f of flags) {
    // Accepted, lapsed and open flags of one code are never folded together.
    const key = `${f.sheet}\u0000${f.code}\u0000${f.accepted ? 'a' : f.lapsed ? 'l' : ''}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].flatMap((g) => (g.length >= GROUP_FROM ? [groupLine(g)] : g.map(flagLine)));
}

/** A quarter rated although no measure has a figure in it: every rating is n/a. */
export function emptyQuarter(s: SheetReport): boolean {
  if (!s.quarter) return false;
  const column = s.quarter.column.column;
  return s.layout.quarters.some((q) => q.column === column && !q.hasFigures);
}

export function layoutGaps(report: RunReport): Flag[] {
  return report.flags.filter((f) => f.code === 'LAYOUT_GAP');
}

/** What a person reads after a run: per sheet any layout gap, the two committee tables, then the flags. */
export function printReport(report: RunReport): string {
  const out: string[] = [];
  for (const s of report.sheets) {
    if (!s.quarter) {
      out.push(`Sheet "${s.name}": not rated (${s.reason || 'not selected'}).`);
      continue;
    }
    const how = s.quarter.chosen ? 'as asked' : 'the rightmost quarter with figures';
    out.push('', `Sheet "${s.name}": ${s.quarter.label} (${how}), ${s.measures.length} measures`);
    // A gap explains the tables below, so it comes before them.
    for (const gap of s.flags.filter((f) => f.code === 'LAYOUT_GAP')) out.push(`WARNING LAYOUT_GAP: ${gap.message}`);
    if (emptyQuarter(s)) out.push(`WARNING: ${s.quarter.label} has no figures yet, so every measure is n/a.`);
    out.push('', table('Performance Measures', s.counts.rag), '', table('Direction of Travel', s.counts.direction));
  }
  // Accepted flags are listed, marked as accepted, but no longer count as errors to fix or warnings to review.
  const n = (sev: Flag['severity']) => report.flags.filter((f) => f.severity === sev && !f.accepted).length;
  const [errors, warnings, infos] = [n('error'), n('warning'), n('info')];
  const accepted = report.flags.filter((f) => f.accepted).length;
  out.push('', `Flags: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info${accepted ? `, ${accepted} accepted` : ''}.`);
  out.push(...flagLines(report.flags.filter((f) => f.severity !== 'info' && f.code !== 'LAYOUT_GAP')));
  const gaps = layoutGaps(report).length;
  if (!report.fit) out.push(`NOT fit to circulate: fix the ${errors} error${errors === 1 ? '' : 's'} above.`);
  if (gaps) {
    out.push(`NOT fully rated: ${gaps === 1 ? 'a sheet has' : `${gaps} sheets have`} a LAYOUT_GAP (above). Map the missing columns with --rules (or in the pane) and rate again.`);
  } else if (report.fit) {
    out.push(`Fit to circulate${warnings ? `: review the ${warnings} warning${warnings === 1 ? '' : 's'} above.` : '.'}`);
  }
  return out.join('\n');
}
