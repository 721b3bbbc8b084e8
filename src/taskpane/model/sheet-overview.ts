import type { ColumnRole, QuarterIndex, RunReport, SheetReport } from '../../engine';

export interface ColumnMapRow {
  role: string;
  header: string;
  /** '' when the column was not found. */
  address: string;
  /** Why a missing column matters, e.g. that it will be appended. */
  note: string;
}

export interface QuarterOption {
  index: QuarterIndex;
  label: string;
}

export interface ScorecardSheet {
  name: string;
  measureCount: number;
  year: string;
  sections: number;
  quarters: QuarterOption[];
  /** The quarter a run rates when none is picked: the rightmost with figures. */
  defaultQuarter: QuarterIndex | null;
  columns: ColumnMapRow[];
}

export interface OtherSheet {
  name: string;
  reason: string;
}

export interface WorkbookOverview {
  scorecards: ScorecardSheet[];
  others: OtherSheet[];
}

const ROLE_LABELS: Record<Exclude<ColumnRole, 'quarter'>, string> = {
  ref: 'Ref',
  measure: 'Measure',
  polarity: 'Polarity',
  statNeighbour: 'Statistical neighbour average',
  national: 'National average',
  target: 'Target',
  yearEnd: 'Year end',
  rag: 'RAG',
  direction: 'Direction of travel',
  comments: 'Comments',
  lead: 'Lead',
  source: 'Source',
  priorities: 'Priorities',
  bandRequiresImprovement: 'Requires Improvement band',
  bandGood: 'Good band',
  bandOutstanding: 'Outstanding band',
};

/** Roles listed even when absent, because their absence changes what a run does. */
const ALWAYS_SHOWN = new Set<string>(['ref', 'measure', 'polarity', 'target', 'rag', 'direction', 'comments']);
const ABSENT_NOTES: Partial<Record<string, string>> = {
  rag: 'not found: added after the last column when rating',
  direction: 'not found: added after the last column when rating',
  polarity: 'not found: measures without polarity are not rated against a target',
  target: 'not found: measures are compared with the averages or year end',
};

export function columnMap(sheet: SheetReport): ColumnMapRow[] {
  const rows: ColumnMapRow[] = [];
  for (const [role, label] of Object.entries(ROLE_LABELS) as [keyof typeof ROLE_LABELS, string][]) {
    const match = sheet.layout.columns[role];
    if (match) rows.push({ role: label, header: match.header, address: match.address, note: '' });
    else if (ALWAYS_SHOWN.has(role)) rows.push({ role: label, header: '', address: '', note: ABSENT_NOTES[role] ?? 'not found' });
    // The quarter columns follow year end, where they sit on a scorecard.
    if (role === 'yearEnd') {
      for (const q of sheet.layout.quarters) rows.push({ role: `Quarter ${q.quarter ?? '?'}`, header: q.header, address: q.address, note: '' });
    }
  }
  return rows;
}

export function quarterOptions(sheet: SheetReport): QuarterOption[] {
  const seen = new Set<QuarterIndex>();
  const out: QuarterOption[] = [];
  for (const q of sheet.layout.quarters) {
    if (!q.quarter || seen.has(q.quarter)) continue;
    seen.add(q.quarter);
    out.push({ index: q.quarter, label: q.header });
  }
  return out;
}

/** What the pane shows on open: each scorecard with its measure count, quarter and column map; other sheets with the reason. */
export function workbookOverview(report: RunReport): WorkbookOverview {
  const scorecards: ScorecardSheet[] = [];
  const others: OtherSheet[] = [];
  for (const sheet of report.sheets) {
    if (!sheet.recognised) {
      others.push({ name: sheet.name, reason: sheet.reason || 'No scorecard table was found.' });
      continue;
    }
    scorecards.push({
      name: sheet.name,
      measureCount: sheet.layout.measures.length,
      year: sheet.layout.year,
      sections: sheet.layout.sections.length,
      quarters: quarterOptions(sheet),
      defaultQuarter: sheet.quarter?.index ?? null,
      columns: columnMap(sheet),
    });
  }
  return { scorecards, others };
}

/**
 * The overview after a run on one sheet: sheets the run rated come from it, the others keep what the
 * previous (whole-workbook) check found, so their quarter and column map stay visible.
 */
export function mergeOverviewReports(previous: RunReport | null, next: RunReport): RunReport {
  if (!previous) return next;
  const sheets = next.sheets.map((s) => {
    const old = previous.sheets.find((p) => p.name === s.name);
    return !s.quarter && old?.quarter && s.recognised && old.recognised ? old : s;
  });
  return { ...next, sheets };
}
