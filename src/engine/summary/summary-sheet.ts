import { toA1 } from '../grid/a1';
import type { CellValue } from '../grid';
import type { CellStyle, CellWrite, ChartSpec, NewSheet, PrintSetup } from '../plan';
import type { Rating } from '../rating/measure-result';
import type { RuleSet } from '../rules';
import type { Counts, RunReport, SheetReport } from '../run/run-report';
import { MAX_CELL_TEXT } from '../plan/check-plan';
import { localTime } from './local-time';
import { RATING_LABEL, redAmberRows, suppressionFootnote, type Disclosure } from './red-amber';

/** Text copied from the workbook may be longer than a cell holds: shortened with an ellipsis, never refused. */
function fitCell(value: CellValue): CellValue {
  return typeof value === 'string' && value.length > MAX_CELL_TEXT ? `${value.slice(0, MAX_CELL_TEXT - 1)}…` : value;
}

/** The summary's title in A1: for the reader only; the add-in never recognises a sheet by it. */
export const SUMMARY_TITLE = 'RAG summary';

const COUNT_HEADERS = ['Red', 'Amber', 'Green', 'n/a', 'Total'];
const RATINGS: Rating[] = ['red', 'amber', 'green', 'na'];
/** n/a has no fill in the palette; its bars are grey. */
const NA_BAR = '#BFBFBF';

/**
 * Columns (spec §6, a page a committee reads): A ref (narrow), B the measure or a table's label
 * (wide, wrapped), C–G figures only (counts, value, target, rating, arrow, last period: narrow),
 * H reason, I commentary, J lead (wide, wrapped). Numbers never share a column with long text.
 */
const WIDTHS = [10, 42, 9, 10, 9, 9, 10, 44, 56, 20];

/** Writes rows top to bottom; keeps the sheet-building code reading like the sheet it builds. */
export class SheetWriter {
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

  gap(rows = 1): void {
    this.row += rows;
  }
}

function ratingStyle(rules: RuleSet, r: Rating): CellStyle {
  const swatch = rules.palette[r];
  return { fill: swatch.fill, font: swatch.font, bold: true };
}

/** The committee report's table: `Performance Measures | Red | Amber | Green | n/a | Total`, then `This quarter`. */
function countTable(w: SheetWriter, title: string, counts: Counts, rules: RuleSet): void {
  w.line(['', title, ...COUNT_HEADERS], (c) => (c >= 2 && c <= 5 ? ratingStyle(rules, RATINGS[c - 2]) : { bold: true }));
  w.line(['', 'This quarter', counts.red, counts.amber, counts.green, counts.na, counts.total]);
}

function rulesLine(report: RunReport): string {
  const overrides = Object.keys(report.rules.measures).length;
  const source = { default: 'default rules', workbook: 'rules stored in this workbook', option: 'rules file given to the command line' }[report.rulesSource];
  return `${source}; amber within ${Math.round(report.rules.amberTolerance * 100)}% of target; ${overrides} measure override${overrides === 1 ? '' : 's'}`;
}

/** Counts by section, and the stacked bar chart drawn from them in the rows kept free below. */
function sectionBlock(w: SheetWriter, s: SheetReport, rules: RuleSet): ChartSpec | null {
  const head = w.row;
  w.line(['', 'Counts by section', ...COUNT_HEADERS], (c) => (c >= 2 && c <= 5 ? ratingStyle(rules, RATINGS[c - 2]) : { bold: true }));
  for (const sec of s.bySection) {
    const r = sec.rag;
    w.line(['', sec.section, r.red, r.amber, r.green, r.na, r.total], (c) => (c === 1 ? { wrap: true } : undefined));
  }
  if (!s.bySection.length) return null;
  const first = head + 1;
  const last = w.row - 1;
  w.gap();
  const chartRows = Math.max(14, s.bySection.length * 2 + 6);
  const top = w.row;
  w.gap(chartRows + 1);
  const range = (col: number) => `${toA1(first, col)}:${toA1(last, col)}`;
  return {
    type: 'stackedBar',
    title: `${s.name}: ratings by section`,
    categories: range(1),
    series: RATINGS.map((r, i) => ({ name: RATING_LABEL[r], nameCell: toA1(head, 2 + i), values: range(2 + i), colour: rules.palette[r].fill ?? NA_BAR })),
    anchor: { from: toA1(top, 1), to: toA1(top + chartRows, 6) },
  };
}

function sheetBlock(w: SheetWriter, report: RunReport, s: SheetReport, disclosure: Disclosure): ChartSpec | null {
  const { rules } = report;
  w.line([`Scorecard: ${s.name}`], () => ({ bold: true }));
  w.line(['Quarter', s.quarter ? s.quarter.label : '']);
  w.gap();
  countTable(w, 'Performance Measures', s.counts.rag, rules);
  w.gap();
  countTable(w, 'Direction of Travel', s.counts.direction, rules);
  w.gap();
  const chart = sectionBlock(w, s, rules);
  w.line(['Red and amber measures'], () => ({ bold: true }));
  w.line(['Ref', 'Measure', 'Value', 'Target', 'RAG', 'Direction', 'Last period', 'Reason for the rating', 'Commentary', 'Lead'], () => ({ bold: true, wrap: true }));
  const rows = redAmberRows(report, s, disclosure);
  if (!rows.length) w.line(['', 'None this quarter']);
  for (const m of rows) {
    const rag = m.rating === 'Red' ? 'red' : 'amber';
    w.line([m.ref, m.measure, m.value, m.target, m.rating, m.arrow, m.last, m.reason, m.commentary, m.lead], (c) =>
      c === 4 ? ratingStyle(rules, rag) : c === 1 || c >= 7 ? { wrap: true } : undefined,
    );
  }
  w.gap();
  return chart;
}

/** Doubles `&` so text from the workbook is never read as a header/footer code. */
const headerText = (text: string) => text.replace(/&/g, '&&');

function printSetup(report: RunReport): PrintSetup {
  const rated = report.sheets.filter((s) => s.quarter);
  const quarters = [...new Set(rated.map((s) => s.quarter!.label))].join(', ');
  return {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToPagesWide: 1,
    titleRows: '$1:$2',
    header: `&L${headerText(rated.map((s) => s.name).join(', '))}&C${headerText(quarters)}&RRAG summary`,
    footer: '&RPage &P of &N',
  };
}

export interface SummaryOptions extends Disclosure {
  /** IANA time zone for the "Rated" time; default the machine's. */
  timeZone?: string;
}

/**
 * The summary sheet (spec §6): a page a committee reads. What was rated, when (local time) and by
 * which rules; the two count tables in the committee report's form; counts by section with a
 * stacked bar chart; the red and amber measures with the reason for the rating and the
 * commentary. No flag codes or data-quality notes: those are on the checks sheet.
 */
export function summarySheet(name: string, report: RunReport, options: SummaryOptions = {}): NewSheet {
  const w = new SheetWriter();
  const rated = report.sheets.filter((s) => s.quarter);
  w.line([`${SUMMARY_TITLE}: ${rated.map((s) => s.name).join(', ')}`], () => ({ bold: true }));
  w.line(['Quarter', [...new Set(rated.map((s) => s.quarter!.label))].join(', ')], () => ({ bold: true }));
  w.line(['Rated', localTime(report.ratedAt, options.timeZone)]);
  w.line(['Rules', rulesLine(report)]);
  w.gap();
  const charts: ChartSpec[] = [];
  for (const s of rated) {
    const chart = sheetBlock(w, report, s, options);
    if (chart) charts.push(chart);
  }
  if (options.suppressSmall) w.line([suppressionFootnote(report.rules)]);
  return { name, role: 'summary', visibility: 'visible', cells: w.cells, columnWidths: WIDTHS, activate: true, print: printSetup(report), charts };
}
