import type { Counts, Flag, RunReport } from '../engine';

function table(title: string, c: Counts): string {
  const head = [title, 'Red', 'Amber', 'Green', 'n/a', 'Total'];
  const row = ['This quarter', ...[c.red, c.amber, c.green, c.na, c.total].map(String)];
  const w = head.map((h, i) => Math.max(h.length, row[i].length));
  const line = (cells: string[]) => cells.map((x, i) => (i === 0 ? x.padEnd(w[i]) : x.padStart(w[i]))).join('  ');
  return `${line(head)}\n${line(row)}`;
}

function flagLine(f: Flag): string {
  return `  ${f.severity.padEnd(7)} ${f.code.padEnd(23)} ${`${f.sheet}!${f.cell || '-'}`.padEnd(18)} ${(f.ref || '').padEnd(7)} ${f.message}`;
}

/** What a person reads after a run: per sheet the two committee tables, then the flags. */
export function printReport(report: RunReport): string {
  const out: string[] = [];
  for (const s of report.sheets) {
    if (!s.quarter) {
      out.push(`Sheet "${s.name}": not rated (${s.reason || 'not selected'}).`);
      continue;
    }
    const how = s.quarter.chosen ? 'as asked' : 'the rightmost quarter with figures';
    out.push('', `Sheet "${s.name}": ${s.quarter.label} (${how}), ${s.measures.length} measures`, '', table('Performance Measures', s.counts.rag), '', table('Direction of Travel', s.counts.direction));
  }
  const n = (sev: Flag['severity']) => report.flags.filter((f) => f.severity === sev).length;
  const [errors, warnings, infos] = [n('error'), n('warning'), n('info')];
  out.push('', `Flags: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info.`);
  out.push(...report.flags.filter((f) => f.severity !== 'info').map(flagLine));
  out.push(
    report.fit
      ? `Fit to circulate${warnings ? `: review the ${warnings} warning${warnings === 1 ? '' : 's'} above.` : '.'}`
      : `NOT fit to circulate: fix the ${errors} error${errors === 1 ? '' : 's'} above.`,
  );
  return out.join('\n');
}
