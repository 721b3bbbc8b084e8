import type { Counts, RunReport } from '../engine/run/run-report';
import type { UndoScope } from '../excel';

/**
 * The short result a ribbon command shows: per rated sheet, the quarter and its red / amber / green
 * counts, then whether the workbook is fit to circulate. The task pane has the details.
 */
export function describeRun(report: RunReport, action: 'rated' | 'validated', undo?: UndoScope): string {
  const lines: string[] = [];
  for (const sheet of report.sheets.filter((s) => s.recognised && s.quarter)) {
    lines.push(`${action === 'rated' ? 'Rated' : 'Checked'} "${sheet.name}", ${sheet.quarter!.label}: ${countsText(sheet.counts.rag)}.`);
  }
  const errors = report.flags.filter((f) => f.severity === 'error').length;
  const warnings = report.flags.filter((f) => f.severity === 'warning').length;
  const warned = warnings ? ` ${plural(warnings, 'warning')} to review in the Scorecard pane.` : '';
  lines.push(report.fit ? `Fit to circulate.${warned}` : `Not fit to circulate: ${plural(errors, 'error')} to fix (open the Scorecard pane).${warned}`);
  if (undo === 'one-step') lines.push('One Ctrl+Z undoes the rating; Clear ratings removes it later.');
  if (undo === 'step-by-step') lines.push('Excel could not group this run into one undo step: use Clear ratings to remove it.');
  return lines.join('\n');
}

function countsText(c: Counts): string {
  return `${c.red} red, ${c.amber} amber, ${c.green} green, ${c.na} n/a`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
