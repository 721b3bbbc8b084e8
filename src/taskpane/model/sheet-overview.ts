import { columnLetters, formatValue, type ColumnKey, type ColumnRole, type QuarterIndex, type RuleSet, type RunReport, type SheetReport } from '../../engine';

export interface ColumnMapRow {
  /** The role's key in the rules' column map (`q1`…`q4` for quarters). */
  key: ColumnKey;
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
  /** False when no measure has a figure in this quarter's column: rating it gives n/a everywhere. */
  hasFigures: boolean;
}

/** A column of the sheet the analyst can point a role at: its letter and, where known, its header. */
export interface ColumnChoice {
  letter: string;
  header: string;
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
  /** The sheet's columns, for the column map's lists. */
  choices: ColumnChoice[];
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
    if (match) rows.push({ key: role, role: label, header: match.header, address: match.address, note: '' });
    else if (ALWAYS_SHOWN.has(role)) rows.push({ key: role, role: label, header: '', address: '', note: ABSENT_NOTES[role] ?? 'not found' });
    // The quarter columns follow year end, where they sit on a scorecard.
    if (role === 'yearEnd') {
      for (const q of sheet.layout.quarters) {
        rows.push({ key: `q${q.quarter ?? 1}` as ColumnKey, role: `Quarter ${q.quarter ?? '?'}`, header: q.header, address: q.address, note: '' });
      }
    }
  }
  return rows;
}

/** Every role the column map can set, in the order of a scorecard's columns, with its label. */
export function columnRoles(): { key: ColumnKey; label: string }[] {
  return (Object.entries(ROLE_LABELS) as [keyof typeof ROLE_LABELS, string][]).flatMap(([key, label]) =>
    key === 'yearEnd' ? [{ key, label }, ...([1, 2, 3, 4] as const).map((q) => ({ key: `q${q}` as ColumnKey, label: `Quarter ${q}` }))] : [{ key, label }],
  );
}

/**
 * The columns of a sheet's table as choices: each letter from A to the table's last column, with the
 * header recognition read there (columns it did not recognise show by letter only).
 */
export function columnChoices(sheet: SheetReport): ColumnChoice[] {
  const matches = [...Object.values(sheet.layout.columns), ...sheet.layout.quarters].filter((m) => m !== undefined);
  const last = Math.max(sheet.layout.lastColumn, ...matches.map((m) => m.column), 0);
  return Array.from({ length: last + 1 }, (_, c) => ({ letter: columnLetters(c), header: matches.find((m) => m.column === c)?.header.replace(/\s+/g, ' ').trim() ?? '' }));
}

/** The quarters of a sheet, each marked with whether any measure has a figure in it. */
export function quarterOptions(sheet: SheetReport): QuarterOption[] {
  const seen = new Set<QuarterIndex>();
  const out: QuarterOption[] = [];
  sheet.layout.quarters.forEach((q) => {
    if (!q.quarter || seen.has(q.quarter)) return;
    seen.add(q.quarter);
    out.push({ index: q.quarter, label: q.header, hasFigures: q.hasFigures });
  });
  return out;
}

/** The label a quarter has in the picker: empty quarters say so. */
export function quarterLabel(q: QuarterOption): string {
  return q.hasFigures ? q.label : `${q.label} (no figures yet)`;
}

/**
 * The rules' column map with one role pointed at a column (by its header when the sheet has one,
 * which holds on other sheets too, else by letter), or back to recognition when `choice` is null.
 */
export function withColumn(rules: RuleSet, key: ColumnKey, choice: ColumnChoice | null): RuleSet {
  const columns = { ...rules.columns };
  if (choice) columns[key] = choice.header || choice.letter;
  else delete columns[key];
  return { ...rules, columns };
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
      choices: columnChoices(sheet),
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

/** What the sheet itself says about a measure, shown beside an override of it. */
export interface MeasureFacts {
  ref: string;
  measure: string;
  sheet: string;
  /** The polarity cell as written (`High`, `Lower is better`), '' when blank. */
  polarity: string;
  /** The target as read, '' when none. */
  target: string;
}

/** Every measure with a ref on the recognised sheets, first sheet first. */
export function measureFacts(report: RunReport | null): MeasureFacts[] {
  return (report?.sheets ?? [])
    .filter((s) => s.recognised)
    .flatMap((s) =>
      s.layout.measures
        .filter((m) => m.ref.trim())
        .map((m) => ({ ref: m.ref.trim(), measure: m.measure, sheet: s.name, polarity: m.polarityText.trim(), target: m.target.kind === 'missing' ? '' : formatValue(m.target) })),
    );
}

/** The facts for a ref typed in any case. */
export function factsFor(facts: MeasureFacts[], typed: string): MeasureFacts | undefined {
  const ref = typed.trim().toLowerCase();
  return ref ? facts.find((f) => f.ref.toLowerCase() === ref) : undefined;
}
