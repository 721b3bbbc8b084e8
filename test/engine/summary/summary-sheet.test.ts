import type { NewSheet, RunReport, WorkbookGrid } from '../../../src/engine';
import { committeeTables, FLAG_CODES, fromA1, rateGrid } from '../../../src/engine';
import { summarySheet } from '../../../src/engine/summary/summary-sheet';
import { sheet, workbook } from '../../support/grid';
import { q2Sheet } from '../../support/q2-scorecard';

const NOW = new Date('2026-07-01T13:05:00Z'); // 14:05 in London (summer time)

function rated(grid: WorkbookGrid, timeZone = 'Europe/London'): { report: RunReport; summary: NewSheet; checks: NewSheet } {
  const r = rateGrid(grid, { now: NOW, timeZone });
  if (!r.ok) throw new Error(r.problem.message);
  return { report: r.report, summary: r.plan.sheets.find((s) => s.role === 'summary')!, checks: r.plan.sheets.find((s) => s.role === 'checks')! };
}

/** The sheet's rows as a user sees them (A1 is rows[0][0]). */
function rows(s: NewSheet): (string | number | boolean | null)[][] {
  const out: (string | number | boolean | null)[][] = [];
  for (const c of s.cells) {
    const { row, column } = fromA1(c.address);
    const line = (out[row] ??= []);
    while (line.length < column) line.push(null);
    line[column] = c.value ?? null;
  }
  return Array.from(out, (r) => r ?? []);
}

const cell = (s: NewSheet, address: string) => s.cells.find((c) => c.address === address)?.value;

describe('the summary sheet: a page a committee reads (spec §6)', () => {
  const { report, summary } = rated(workbook(q2Sheet()));
  const lines = rows(summary);

  it('holds no flag code and no data-quality note', () => {
    const text = summary.cells.map((c) => String(c.value ?? '')).join('\n');
    for (const code of FLAG_CODES) expect(text).not.toContain(code);
    for (const f of report.flags) expect(text).not.toContain(f.message);
    expect(text).not.toMatch(/could identify a child|Fit to circulate/);
  });

  it('has the two count tables in the committee report form, in columns of their own', () => {
    const pm = lines.findIndex((r) => r[1] === 'Performance Measures');
    expect(lines[pm].slice(1)).toEqual(['Performance Measures', 'Red', 'Amber', 'Green', 'n/a', 'Total']);
    expect(lines[pm + 1].slice(1)).toEqual(['This quarter', 2, 3, 2, 2, 9]);
    const dot = lines.findIndex((r) => r[1] === 'Direction of Travel');
    expect(lines[dot].slice(1)).toEqual(['Direction of Travel', 'Red', 'Amber', 'Green', 'n/a', 'Total']);
    expect(lines[dot + 1].slice(1)).toEqual(['This quarter', 4, 0, 1, 4, 9]);
  });

  it('keeps numbers apart from long text: C to G hold only figures and short words, the measure and the reason wrap in wide columns', () => {
    const head = lines.findIndex((r) => r[0] === 'Ref');
    expect(lines[head]).toEqual(['Ref', 'Measure', 'Value', 'Target', 'RAG', 'Direction', 'Last period', 'Reason for the rating', 'Commentary', 'Lead']);
    const p26 = lines.find((r) => r[0] === 'P2.6')!;
    expect(p26.slice(0, 5)).toEqual(['P2.6', '% of Secondary pupils with less than 90% attendance (ytd)', '18%', '9%', 'Red']);
    for (const r of lines) for (const v of r.slice(2, 7)) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(12);
    expect(summary.columnWidths!.slice(2, 7).every((w) => w <= 10)).toBe(true);
    expect(summary.columnWidths![1]).toBeGreaterThanOrEqual(40);
  });

  it('shows the commentary of a red or amber measure', () => {
    const p24 = lines.find((r) => r[0] === 'P2.4')!;
    expect(p24[8]).toBe('Attendance has improved.');
  });

  it('gives the time in local time, in the zone asked for', () => {
    // ICU versions differ on the joining word ("1 July 2026 at 14:05" in Node 20).
    expect(cell(summary, 'B3')).toMatch(/^1 July 2026(,| at) 14:05 BST$/);
    expect(cell(rated(workbook(q2Sheet()), 'America/New_York').summary, 'B3')).toMatch(/^1 July 2026(,| at) 09:05 GMT-4$/);
  });

  it('prints on A4 landscape, one page wide, title rows repeated, with the scorecard, quarter and page number', () => {
    expect(summary.print).toEqual({
      paperSize: 'A4',
      orientation: 'landscape',
      fitToPagesWide: 1,
      titleRows: '$1:$2',
      header: '&LScorecard&CQu 2 18-19&RRAG summary',
      footer: '&RPage &P of &N',
    });
  });

  it('charts Red / Amber / Green / n/a by section from the section table it writes', () => {
    expect(summary.charts).toHaveLength(1);
    const chart = summary.charts![0];
    expect(chart.type).toBe('stackedBar');
    expect(chart.series.map((s) => s.name)).toEqual(['Red', 'Amber', 'Green', 'n/a']);
    const [from, to] = chart.categories.split(':').map(fromA1);
    const sections = lines.slice(from.row, to.row + 1).map((r) => r[from.column]);
    expect(sections).toEqual(report.sheets[0].bySection.map((s) => s.section));
    const red = chart.series[0];
    expect(cell(summary, red.nameCell)).toBe('Red');
    const [rf, rt] = red.values.split(':').map(fromA1);
    expect(lines.slice(rf.row, rt.row + 1).map((r) => r[rf.column])).toEqual(report.sheets[0].bySection.map((s) => s.rag.red));
    // The chart sits over rows the sheet leaves empty.
    const [top, bottom] = [fromA1(chart.anchor.from).row, fromA1(chart.anchor.to).row];
    expect(lines.slice(top, bottom + 1).every((r) => r.every((v) => v === null))).toBe(true);
  });
});

describe('the checks sheet: for the analyst', () => {
  const { report, checks } = rated(workbook(q2Sheet()));
  const lines = rows(checks);

  it('is the add-in\'s own sheet, named Checks', () => {
    expect([checks.name, checks.role, checks.visibility]).toEqual(['Checks', 'checks', 'visible']);
  });

  it('holds every flag with its sheet, cell, ref, severity in words and message', () => {
    expect(report.flags.length).toBeGreaterThan(3);
    for (const f of report.flags) {
      const line = lines.find((r) => r[0] === f.sheet && r[1] === f.cell && r[4] === f.code);
      expect(line?.slice(0, 6)).toEqual([f.sheet, f.cell, f.ref || null, { error: 'Error', warning: 'Warning', info: 'Note' }[f.severity], f.code, f.message]);
    }
    expect(lines.find((r) => r[0] === 'Fit to circulate')?.[1]).toMatch(/^No: 1 error to fix or accept/);
  });
});

describe('a disclosive count on the committee\'s page, when small counts are suppressed', () => {
  const g = workbook(
    sheet('Scorecard', [
      ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2', 'Comments'],
      ['E1', 'Number of children missing education', 'Low is Good', 1, 3, 2, 'Both are being tracked by the virtual school.'],
    ]),
  );
  const { report } = rated(g);

  it('is red and flagged as a small count', () => {
    expect(report.sheets[0].measures[0].rag).toBe('red');
    expect(report.flags.find((f) => f.code === 'SMALL_COUNT')?.cell).toBe('F2');
  });

  it('shows c for this quarter and last, a reason that does not repeat the figure, and the footnote', () => {
    const plain = rows(summarySheet('RAG Summary', report, { timeZone: 'Europe/London' })).find((r) => r[0] === 'E1')!;
    expect(plain.slice(2, 7)).toEqual(['2', '1', 'Red', '↓', '3']);
    const sheetRows = rows(summarySheet('RAG Summary', report, { timeZone: 'Europe/London', suppressSmall: true }));
    const e1 = sheetRows.find((r) => r[0] === 'E1')!;
    expect(e1.slice(2, 7)).toEqual(['c', '1', 'Red', '↓', 'c']);
    expect(e1[7]).toBe('Red against the target 1; the figure is withheld (c).');
    expect(e1[8]).toBe('Both are being tracked by the virtual school.');
    expect(sheetRows.flat()).toContain('c: a count from 1 to 4, withheld so that no child can be identified.');
  });

  it('and the committee tables say the same', () => {
    const text = committeeTables(report, { suppressSmall: true }).text;
    expect(text.split('\n').find((l) => l.startsWith('E1'))!.split('\t').slice(2, 5)).toEqual(['c', '1', 'Red']);
  });
});
