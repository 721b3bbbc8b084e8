import type { WorkbookGrid } from '../../src/engine';
import { rateWorkbook } from '../../src/excel';
import { applyOperations } from '../../src/excel/apply-operations';
import { operationBytes, type ExcelOperation } from '../../src/excel/excel-operation';
import { sections } from '../../src/excel/plan-to-operations';
import { openXlsx } from '../../src/file';
import { createOfficeJsExcel, type OfficeJsExcel } from '../support/office-js';
import type { FakeSheet } from '../support/fake-excel';
import { sheet, workbook } from '../support/grid';

const NOW = new Date('2018-11-05T09:30:00Z');
/** Calls on Microsoft's page "Excel add-ins undo capabilities" that the adapter could reach (visibility: no undo on Windows and Mac). */
const NOT_UNDOABLE = /^(Worksheet\.(Visibility|Delete)|Chart\.(CategoryLabelLevel|SeriesNameLevel))$/;

async function sampleGrid(): Promise<WorkbookGrid> {
  const opened = await openXlsx('examples/scorecard-2018-19-q2.xlsx');
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.file.grid;
}

function summary(excel: OfficeJsExcel): FakeSheet {
  const s = excel.fake.workbook.find('RAG Summary');
  if (!s) throw new Error('no summary sheet');
  return s;
}

/** Column B of the summary sheet, top to bottom, as the analyst reads it. */
function columnB(s: FakeSheet): unknown[] {
  const used = s.usedRect(true)!;
  return Array.from({ length: used.bottom + 1 }, (_, r) => s.cell(r, 1)?.value ?? null);
}

/** The counts-by-section table: its header row and the section rows under it, as an A1 rectangle from column B to the n/a column F. */
function countsBySectionTable(s: FakeSheet): string {
  const b = columnB(s);
  const head = b.indexOf('Counts by section');
  let last = head;
  while (b[last + 1] !== null && b[last + 1] !== undefined) last++;
  return `B${head + 1}:F${last + 1}`;
}

const groupedCalls = (excel: OfficeJsExcel) => excel.syncs.filter((sync) => sync.undoGroup).flatMap((sync) => sync.apis);

describe('The summary sheet prints as a committee page and carries the chart (through Microsoft\'s client)', () => {
  it('rating the sample sets A4 landscape, one page wide, the title rows and the header and footer', async () => {
    const excel = createOfficeJsExcel(await sampleGrid());
    expect(await rateWorkbook(excel.host, { now: NOW })).toMatchObject({ ok: true, undo: 'one-step' });
    expect(summary(excel).pageSetup).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$2',
      headerFooter: { leftHeader: 'Scorecard', centerHeader: 'Qu 2 18-19', rightHeader: 'RAG summary', leftFooter: '', centerFooter: '', rightFooter: 'Page &P of &N' },
    });
  });

  it('adds one stacked bar chart of the counts-by-section table, four series in the palette\'s colours; rating again leaves exactly one', async () => {
    const excel = createOfficeJsExcel(await sampleGrid());
    await rateWorkbook(excel.host, { now: NOW });
    const s = summary(excel);
    const table = countsBySectionTable(s);
    expect(table).toMatch(/^B\d+:F\d+$/);
    const expected = {
      name: 'ScorecardRater_chart',
      type: 'BarStacked',
      seriesBy: 'Columns',
      sourceSheet: 'RAG Summary',
      title: 'Scorecard: ratings by section',
      series: [
        { name: 'Red', fill: '#FFC7CE' },
        { name: 'Amber', fill: '#FFEB9C' },
        { name: 'Green', fill: '#C6EFCE' },
        { name: 'n/a', fill: '#BFBFBF' },
      ],
      reversePlotOrder: true,
    };
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0]).toMatchObject(expected);
    expect(address(s.charts[0].source)).toBe(table);
    // Placed in the rows kept free under the table, as wide as it.
    const below = Number(table.split(':')[1].slice(1));
    expect(s.charts[0].position).toEqual({ from: `B${below + 2}`, to: expect.stringMatching(/^G\d+$/) });

    expect(await rateWorkbook(excel.host, { now: NOW })).toMatchObject({ ok: true, undo: 'one-step' });
    expect(summary(excel).charts).toHaveLength(1);
    expect(summary(excel).charts[0]).toMatchObject(expected);
  });

  it('leaves a chart the analyst added to the summary sheet alone', async () => {
    const excel = createOfficeJsExcel(await sampleGrid());
    await rateWorkbook(excel.host, { now: NOW });
    const s = summary(excel);
    s.charts.push({ ...s.charts[0], name: 'My chart', series: [] });
    await rateWorkbook(excel.host, { now: NOW });
    expect(summary(excel).charts.map((c) => c.name)).toEqual(['My chart', 'ScorecardRater_chart']);
  });

  it('sets print and chart inside the one undo group with the cells, calls nothing Excel cannot undo there, and keeps 3 syncs each time', async () => {
    const excel = createOfficeJsExcel(await sampleGrid());
    await rateWorkbook(excel.host, { now: NOW });
    expect(excel.stats().syncs).toBe(3);
    const first = groupedCalls(excel);
    excel.resetStats();
    await rateWorkbook(excel.host, { now: NOW });
    expect(excel.stats().syncs).toBe(3);
    const again = groupedCalls(excel);
    for (const calls of [first, again]) {
      expect(calls.filter((api) => NOT_UNDOABLE.test(api))).toEqual([]);
      expect(calls).toEqual(expect.arrayContaining(['PageLayout.Orientation', 'PageLayout.PaperSize', 'PageLayout.Zoom', 'PageLayout.SetPrintTitleRows', 'HeaderFooter.CenterHeader', 'Chart.Name', 'Chart.SetPosition', 'ChartTitle.Text', 'ChartFill.SetSolidColor', 'ChartAxis.ReversePlotOrder']));
    }
    expect(again).toContain('Chart.Delete');
    // Every page-layout and chart call went out in a grouped run.
    const chartOrPage = /^(PageLayout|HeaderFooter|Chart)/;
    expect(excel.syncs.filter((sync) => !sync.undoGroup).flatMap((sync) => sync.apis).filter((api) => chartOrPage.test(api))).toEqual([]);
  });

  it('without ExcelApi 1.9 skips only the print setup; the chart is there (and without 1.7, bottom to top)', async () => {
    const older = createOfficeJsExcel(await sampleGrid(), { excelApi: '1.8' });
    expect(await rateWorkbook(older.host, { now: NOW })).toMatchObject({ ok: true });
    expect(older.syncs.flatMap((sync) => sync.apis).filter((api) => /^(PageLayout|HeaderFooter)/.test(api))).toEqual([]);
    expect(summary(older).pageSetup).toMatchObject({ orientation: 'Portrait', printTitleRows: null });
    expect(summary(older).charts).toHaveLength(1);
    expect(summary(older).charts[0].reversePlotOrder).toBe(true);

    const oldest = createOfficeJsExcel(await sampleGrid(), { excelApi: '1.6' });
    expect(await rateWorkbook(oldest.host, { now: NOW })).toMatchObject({ ok: true });
    expect(summary(oldest).charts[0]).toMatchObject({ name: 'ScorecardRater_chart', reversePlotOrder: false });
  });
});

describe('when Excel refuses to group a chart call after the chart was drawn (no rollback)', () => {
  it('writes again without the group and still leaves exactly one chart, on a first and a second rating', async () => {
    const excel = createOfficeJsExcel(await sampleGrid(), { notUndoable: ['ChartFill.setSolidColor'] });
    for (let rating = 0; rating < 2; rating++) {
      excel.resetStats();
      expect(await rateWorkbook(excel.host, { now: NOW })).toMatchObject({ ok: true, undo: 'step-by-step' });
      expect(excel.syncs.filter((sync) => sync.error).map((sync) => sync.error)).toEqual(['UndoNotSupported']);
      expect(summary(excel).charts.map((c) => [c.name, c.series.map((x) => x.fill)])).toEqual([['ScorecardRater_chart', ['#FFC7CE', '#FFEB9C', '#C6EFCE', '#BFBFBF']]]);
    }
  });
});

describe('the fake applies Excel\'s undo rule to the chart calls Microsoft lists', () => {
  it('refuses Chart.categoryLabelLevel inside an undo group and allows it outside', async () => {
    const excel = createOfficeJsExcel(await sampleGrid());
    await rateWorkbook(excel.host, { now: NOW });
    const setLevel = (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem('RAG Summary').charts.getItem('ScorecardRater_chart').categoryLabelLevel = 0;
      return context.sync();
    };
    await expect(excel.host.run({ mergeUndoGroup: true }, setLevel)).rejects.toMatchObject({ code: 'UndoNotSupported' });
    await expect(excel.host.run(setLevel)).resolves.toBeUndefined();
  });

  it('answers an unknown chart name with ItemNotFound, and an unknown property with an error', async () => {
    const excel = createOfficeJsExcel(await sampleGrid());
    await rateWorkbook(excel.host, { now: NOW });
    await expect(
      excel.host.run((context) => {
        context.workbook.worksheets.getItem('RAG Summary').charts.getItem('Nope').delete();
        return context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await expect(
      excel.host.run((context) => {
        context.workbook.worksheets.getItem('RAG Summary').charts.getItem('ScorecardRater_chart').showAllFieldButtons = true;
        return context.sync();
      }),
    ).rejects.toThrow(/no settable property ShowAllFieldButtons/);
  });
});

describe('request size of the print and chart operations', () => {
  const ops: ExcelOperation[] = [
    {
      kind: 'pageLayout',
      sheet: 'RAG Summary',
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: '$1:$2',
      headerFooter: { leftHeader: 'Scorecard', centerHeader: 'Qu 2 18-19', rightHeader: 'RAG summary', leftFooter: '', centerFooter: '', rightFooter: 'Page &P of &N' },
    },
    { kind: 'addChart', sheet: 'RAG Summary', name: 'ScorecardRater_chart', title: 'Scorecard: ratings by section', source: 'A1:E2', colours: ['#FFC7CE', '#FFEB9C', '#C6EFCE', '#BFBFBF'], from: 'B19', to: 'G33', topToBottom: true },
  ];
  it.each(ops.map((op) => [op.kind, op] as const))('the estimate of %s is at least what Microsoft\'s client adds to a request for it', async (_kind, op) => {
    const excel = createOfficeJsExcel(workbook(sheet('RAG Summary', [['Counts by section', 'Red', 'Amber', 'Green', 'n/a'], ['Health', 1, 2, 3, 4]])));
    const requestFor = async (batch: ExcelOperation[]) => {
      excel.resetStats();
      await excel.host.run((context) => applyOperations(context, batch));
      return excel.syncs[0].requestBytes;
    };
    const added = (await requestFor([op, op])) - (await requestFor([op]));
    expect(added).toBeGreaterThan(0);
    expect(operationBytes(op)).toBeGreaterThanOrEqual(added);
  });
});

describe('header and footer code split into Office.js sections', () => {
  it.each([
    ['&LScorecard&CQu 2 18-19&RRAG summary', { L: 'Scorecard', C: 'Qu 2 18-19', R: 'RAG summary' }],
    ['&RPage &P of &N', { L: '', C: '', R: 'Page &P of &N' }],
    ['Health && care', { L: '', C: 'Health && care', R: '' }],
    ['&LA &&L B', { L: 'A &&L B', C: '', R: '' }],
  ])('%s', (code, expected) => {
    expect(sections(code)).toEqual(expected);
  });
});

function address(r: { top: number; left: number; bottom: number; right: number }): string {
  const col = (c: number) => String.fromCharCode(65 + c);
  return `${col(r.left)}${r.top + 1}:${col(r.right)}${r.bottom + 1}`;
}
