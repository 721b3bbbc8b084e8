import { toA1 } from '../grid/a1';
import type { CellValue } from '../grid';
import type { CellStyle, CellWrite, NewSheet } from '../plan';
import type { Rating } from '../rating/measure-result';
import type { RuleSet } from '../rules';
import type { Counts, RunReport, SheetReport } from '../run/run-report';
import { formatValue } from '../values/format-value';
import { MAX_CELL_TEXT } from '../plan/check-plan';

/** Text copied from the workbook may be longer than a cell holds: shortened with an ellipsis, never refused. */
function fitCell(value: CellValue): CellValue {
  return typeof value === 'string' && value.length > MAX_CELL_TEXT ? `${value.slice(0, MAX_CELL_TEXT - 1)}…` : value;
}

/** The summary's title in A1: for the reader only; the add-in never recognises a sheet by it. */
export const SUMMARY_TITLE = 'Scorecard Rater: RAG summary';

const LABEL: Record<Rating, string> = { red: 'Red', amber: 'Amber', green: 'Green', na: 'n/a' };
const COUNT_HEADERS = ['Red', 'Amber', 'Green', 'n/a', 'Total'];

/** Writes rows top to bottom; keeps the sheet-building code reading like the sheet it builds. */
class SheetWriter {
  readonly cells: CellWrite[] = [];
  row = 0;

  line(values: CellValue[], style?: (col: number) => CellStyle | undefined): void {
    values.forEach((value, col) => {
      if (value === null || value === '') return;
      const s = style?.(col);
      const cell = { address: toA1(this.row, col), value: fitCell(value) };
      this.cells.push(s ? { ...cell, style: s } : cell);
    });
    this.row++;
  }

  gap(): void {
    this.row++;
  }
}

function ratingStyle(rules: RuleSet, r: Rating): CellStyle {
  const swatch = rules.palette[r];
  return { fill: swatch.fill, font: swatch.font, bold: true };
}

const RATINGS: Rating[] = ['red', 'amber', 'green', 'na'];

function countTable(w: SheetWriter, title: string, counts: Counts, rules: RuleSet): void {
  w.line([title, ...COUNT_HEADERS], (c) => (c >= 1 && c <= 4 ? ratingStyle(rules, RATINGS[c - 1]) : { bold: true }));
  w.line(['This quarter', counts.red, counts.amber, counts.green, counts.na, counts.total]);
}

function rulesLine(report: RunReport): string {
  const overrides = Object.keys(report.rules.measures).length;
  const source = { default: 'default rules', workbook: 'rules stored in this workbook', option: 'rules file given to the command line' }[report.rulesSource];
  return `${source}; amber within ${Math.round(report.rules.amberTolerance * 100)}% of target; ${overrides} measure override${overrides === 1 ? '' : 's'}`;
}

function sheetBlock(w: SheetWriter, s: SheetReport, rules: RuleSet): void {
  w.line([`Scorecard: ${s.name}`], () => ({ bold: true }));
  w.line(['Quarter rated', s.quarter ? s.quarter.label : '']);
  w.gap();
  countTable(w, 'Performance Measures', s.counts.rag, rules);
  w.gap();
  countTable(w, 'Direction of Travel', s.counts.direction, rules);
  w.gap();
  w.line(['Counts by section', 'Red', 'Amber', 'Green', 'n/a', 'Total', 'DoT Red', 'DoT Amber', 'DoT Green', 'DoT n/a'], () => ({ bold: true }));
  for (const sec of s.bySection) {
    const { rag: r, direction: d } = sec;
    w.line([sec.section, r.red, r.amber, r.green, r.na, r.total, d.red, d.amber, d.green, d.na]);
  }
  w.gap();
  w.line(['Red and amber measures', 'Measure', 'Value', 'Target', 'RAG', 'Reason'], () => ({ bold: true }));
  const flagged = s.measures.filter((m) => m.rag === 'red' || m.rag === 'amber');
  if (!flagged.length) w.line(['None']);
  for (const m of flagged) {
    w.line([m.ref || `row ${m.row + 1}`, m.measure, formatValue(m.value), m.target, LABEL[m.rag], m.ragReason], (c) => (c === 4 ? ratingStyle(rules, m.rag) : { wrap: c === 1 || c === 5 }));
  }
  w.gap();
}

/** The summary sheet (spec §6): what was rated, when and by which rules; counts; red and amber list; flags. */
export function summarySheet(name: string, report: RunReport): NewSheet {
  const w = new SheetWriter();
  const rated = report.sheets.filter((s) => s.quarter);
  const errors = report.flags.filter((f) => f.severity === 'error').length;
  const warnings = report.flags.filter((f) => f.severity === 'warning').length;
  w.line([SUMMARY_TITLE], () => ({ bold: true }));
  w.line(['Rated', `${report.ratedAt.slice(0, 16).replace('T', ' ')} UTC`]);
  w.line(['Rules', rulesLine(report)]);
  w.line(['Fit to circulate', errors ? `No: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}` : `Yes (${warnings} warning${warnings === 1 ? '' : 's'} to review)`]);
  w.gap();
  for (const s of rated) sheetBlock(w, s, report.rules);
  w.line(['Flags', 'Severity', 'Sheet', 'Cell', 'Ref', 'Message'], () => ({ bold: true }));
  if (!report.flags.length) w.line(['None']);
  for (const f of report.flags) w.line([f.code, f.severity, f.sheet, f.cell, f.ref, f.message], (c) => (c === 5 ? { wrap: true } : undefined));
  return { name, role: 'summary', visibility: 'visible', cells: w.cells, columnWidths: [34, 40, 14, 14, 12, 60, 10, 10, 10, 10], activate: true };
}
