import { isFit } from '../flags/acceptance';
import type { Flag } from '../flags/flag';
import type { RunReport } from './run-report';

/**
 * The report with more flags, each on its own sheet's report (or, for a sheet the report does not
 * list, such as one the run would create, on the first rated sheet), and fitness recomputed.
 */
export function addFlags(report: RunReport, flags: Flag[]): RunReport {
  if (!flags.length || !report.sheets.length) return report;
  const names = new Set(report.sheets.map((s) => s.name));
  const home = (report.sheets.find((s) => s.quarter) ?? report.sheets[0]).name;
  const added = new Map<string, Flag[]>();
  for (const f of flags) {
    const sheet = names.has(f.sheet) ? f.sheet : home;
    added.set(sheet, [...(added.get(sheet) ?? []), f]);
  }
  const sheets = report.sheets.map((s) => (added.has(s.name) ? { ...s, flags: [...s.flags, ...added.get(s.name)!] } : s));
  const all = sheets.flatMap((s) => s.flags);
  return { ...report, sheets, flags: all, fit: isFit(all) };
}
