import { sheetAddress, type Flag, type RunReport, type Severity } from '../../engine';

export interface FindingGroup {
  severity: Severity;
  title: string;
  flags: Flag[];
}

export interface Fitness {
  fit: boolean;
  title: string;
  detail: string;
}

const GROUP_TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'For information' };
const ORDER: Severity[] = ['error', 'warning', 'info'];

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Errors first (they block circulation), then warnings, then information; empty groups left out. */
export function groupFindings(flags: Flag[]): FindingGroup[] {
  return ORDER.map((severity) => ({ severity, title: GROUP_TITLES[severity], flags: flags.filter((f) => f.severity === severity) })).filter(
    (g) => g.flags.length > 0,
  );
}

/** The headline of Validate: fit to circulate means no errors; warnings are for the analyst to accept. */
export function fitness(report: Pick<RunReport, 'fit' | 'flags'>): Fitness {
  const errors = report.flags.filter((f) => f.severity === 'error').length;
  const warnings = report.flags.filter((f) => f.severity === 'warning').length;
  if (report.fit && errors === 0) {
    return {
      fit: true,
      title: 'Fit to circulate',
      detail:
        warnings === 0
          ? 'No errors and no warnings were found.'
          : `No errors. Review the ${plural(warnings, 'warning')} below and accept or fix each before circulating.`,
    };
  }
  return {
    fit: false,
    title: 'Not fit to circulate',
    detail: `Fix the ${plural(errors, 'error')} below before circulating${warnings ? `, and review the ${plural(warnings, 'warning')}` : ''}. Select a finding to go to its cell.`,
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
