import type { WritePlan } from '../../src/engine/plan';
import { splitByUndo, type ExcelOperation } from '../../src/excel/excel-operation';
import { charactersToPoints, planToOperations } from '../../src/excel/plan-to-operations';

const RED = { fill: '#FFC7CE', font: '#9C0006' };
const GREEN = { fill: '#C6EFCE', font: '#006100' };
const blocks = (ops: ExcelOperation[]) => ops.filter((o): o is Extract<ExcelOperation, { kind: 'block' }> => o.kind === 'block');

describe('planToOperations', () => {
  it('joins the RAG and direction cells of consecutive rows into one range, skipping a section row with nulls', () => {
    const plan: WritePlan = {
      writes: [
        {
          sheet: 'Scorecard',
          cells: [
            { address: 'J5', value: 'Red', style: RED },
            { address: 'K5', value: '↑', style: { font: '#9C0006' } },
            // row 6 is a section row: nothing written there
            { address: 'J7', value: 'Green', style: GREEN },
            { address: 'K7', value: '→', style: { font: null } },
          ],
        },
      ],
      sheets: [],
      deleteSheets: [],
    };
    const [block] = blocks(planToOperations(plan, ['Scorecard']));
    expect(block.address).toBe('J5:K7');
    expect(block.values).toEqual([
      ['Red', '↑'],
      [null, null],
      ['Green', '→'],
    ]);
    expect(block.numberFormat).toBeUndefined();
    expect(block.cellProperties).toEqual([
      [{ format: { fill: { color: '#FFC7CE' }, font: { color: '#9C0006' } } }, { format: { font: { color: '#9C0006' } } }],
      [{}, {}],
      // an automatic font is written as black, which is what Excel reports for automatic
      [{ format: { fill: { color: '#C6EFCE' }, font: { color: '#006100' } } }, { format: { font: { color: '#000000' } } }],
    ]);
  });

  it('formats risky text as text before writing it, and clears a cell for a null value', () => {
    const plan: WritePlan = {
      writes: [],
      sheets: [{ name: 'RAG Summary', visibility: 'visible', activate: true, cells: [{ address: 'A1', value: '=SUM(A1:A9)' }, { address: 'B1', value: 'Red' }, { address: 'C1', value: 3 }, { address: 'D1', value: null }] }],
      deleteSheets: [],
    };
    const ops = planToOperations(plan, []);
    expect(ops[0]).toEqual({ kind: 'prepareSheet', sheet: 'RAG Summary', exists: false });
    const [block] = blocks(ops);
    expect(block.numberFormat).toEqual([['@', null, null, null]]);
    expect(block.values).toEqual([['=SUM(A1:A9)', 'Red', 3, '']]);
    expect(ops[ops.length - 1]).toEqual({ kind: 'activate', sheet: 'RAG Summary' });
  });

  it('removes fills with a clear on exact runs (never over cells outside the plan)', () => {
    const plan: WritePlan = {
      writes: [{ sheet: 'S', cells: [{ address: 'C3', style: { fill: null } }, { address: 'C4', style: { fill: null } }, { address: 'C6', style: { fill: null } }] }],
      sheets: [],
      deleteSheets: [],
    };
    const clears = planToOperations(plan, ['S']).filter((o) => o.kind === 'clearFill');
    expect(clears).toEqual([
      { kind: 'clearFill', sheet: 'S', address: 'C3:C4' },
      { kind: 'clearFill', sheet: 'S', address: 'C6' },
    ]);
  });

  it('replaces an existing sheet in place, sets widths in points and visibility, deletes last before activating', () => {
    const plan: WritePlan = {
      writes: [],
      sheets: [{ name: 'Scorecard Rater Settings', visibility: 'veryHidden', cells: [{ address: 'A1', value: 'marker' }], columnWidths: [10] }],
      deleteSheets: ['RAG Summary'],
    };
    expect(planToOperations(plan, ['Scorecard Rater Settings', 'RAG Summary']).map((o) => o.kind)).toEqual(['prepareSheet', 'block', 'columnWidth', 'visibility', 'deleteSheet']);
    expect(charactersToPoints(10)).toBe(56.25);
  });

  it('cuts a very large block into row bands', () => {
    const cells = Array.from({ length: 30000 }, (_, i) => ({ address: `A${i + 1}`, value: 'Red' }));
    const ops = blocks(planToOperations({ writes: [{ sheet: 'S', cells }], sheets: [], deleteSheets: [] }, ['S']));
    expect(ops.map((o) => o.address)).toEqual(['A1:A20000', 'A20001:A30000']);
  });

  it('lets a later write to the same cell win', () => {
    const plan: WritePlan = { writes: [{ sheet: 'S', cells: [{ address: 'B2', value: 'Amber', style: RED }, { address: 'B2', style: GREEN }] }], sheets: [], deleteSheets: [] };
    const [block] = blocks(planToOperations(plan, ['S']));
    expect(block.values).toEqual([['Amber']]);
    expect(block.cellProperties).toEqual([[{ format: { fill: { color: '#C6EFCE' }, font: { color: '#006100' } } }]]);
  });
});

describe('planToOperations: a sheet\'s print setup and charts', () => {
  const summaryPlan = (): WritePlan => ({
    writes: [],
    deleteSheets: [],
    sheets: [
      {
        name: 'RAG Summary',
        role: 'summary',
        visibility: 'visible',
        cells: [{ address: 'B11', value: 'Counts by section' }],
        print: { paperSize: 'A4', orientation: 'landscape', fitToPagesWide: 1, titleRows: '$1:$2', header: '&LScorecard&CQu 2 18-19&RRAG summary', footer: '&RPage &P of &N' },
        charts: [
          {
            type: 'stackedBar',
            title: 'Scorecard: ratings by section',
            categories: 'B12:B17',
            series: [
              { name: 'Red', nameCell: 'C11', values: 'C12:C17', colour: '#FFC7CE' },
              { name: 'Amber', nameCell: 'D11', values: 'D12:D17', colour: '#FFEB9C' },
              { name: 'Green', nameCell: 'E11', values: 'E12:E17', colour: '#C6EFCE' },
              { name: 'n/a', nameCell: 'F11', values: 'F12:F17', colour: '#BFBFBF' },
            ],
            anchor: { from: 'B19', to: 'G33' },
          },
        ],
      },
    ],
  });
  const existing = { sheets: [{ name: 'Scorecard', visibility: 'visible' as const }, { name: 'RAG Summary', visibility: 'visible' as const }], ownSheets: { summary: 'RAG Summary' } };

  it('sets A4 landscape, one page wide and any number down, the title rows, and the header and footer split into sections', () => {
    const ops = planToOperations(summaryPlan(), existing);
    expect(ops.find((o) => o.kind === 'pageLayout')).toEqual({
      kind: 'pageLayout',
      sheet: 'RAG Summary',
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: '$1:$2',
      headerFooter: { leftHeader: 'Scorecard', centerHeader: 'Qu 2 18-19', rightHeader: 'RAG summary', leftFooter: '', centerFooter: '', rightFooter: 'Page &P of &N' },
    });
  });

  it('draws the chart from the table (names row, category column, series columns), removes only the add-in\'s old chart first', () => {
    const ops = planToOperations(summaryPlan(), { ...existing, charts: { 'RAG Summary': ['ScorecardRater_chart', 'My chart'] } });
    const chartOps = ops.filter((o) => o.kind === 'deleteChart' || o.kind === 'addChart');
    expect(chartOps).toEqual([
      { kind: 'deleteChart', sheet: 'RAG Summary', name: 'ScorecardRater_chart' },
      {
        kind: 'addChart',
        sheet: 'RAG Summary',
        name: 'ScorecardRater_chart',
        title: 'Scorecard: ratings by section',
        source: 'B11:F17',
        colours: ['#FFC7CE', '#FFEB9C', '#C6EFCE', '#BFBFBF'],
        from: 'B19',
        to: 'G33',
        topToBottom: true,
      },
    ]);
    // After the sheet's cells, so the chart's names and figures are in place.
    expect(ops.findIndex((o) => o.kind === 'addChart')).toBeGreaterThan(ops.findIndex((o) => o.kind === 'block'));
  });

  it('leaves the print setup out where the host has no pageLayout, and lists sections bottom to top without reversePlotOrder', () => {
    const ops = planToOperations(summaryPlan(), existing, { pageLayout: false, reversePlotOrder: false });
    expect(ops.some((o) => o.kind === 'pageLayout')).toBe(false);
    expect(ops.find((o) => o.kind === 'addChart')).toMatchObject({ topToBottom: false });
  });
});

describe('splitByUndo', () => {
  const kinds = (ops: ExcelOperation[]) => ops.map((o) => `${o.kind} ${'sheet' in o ? o.sheet : ''}`.trim());

  it('keeps hiding and deleting sheets out of the undo group, with the adding of a sheet that must be hidden; the rest shares the group', () => {
    const ops: ExcelOperation[] = [
      { kind: 'prepareSheet', sheet: 'RAG Summary', exists: false },
      { kind: 'prepareSheet', sheet: 'Scorecard Rater Settings', exists: false },
      { kind: 'block', sheet: 'Scorecard', address: 'J5', rows: 1, columns: 1, values: [['Red']] },
      { kind: 'visibility', sheet: 'Scorecard Rater Settings', visibility: 'VeryHidden' },
      { kind: 'marker', name: 'ScorecardRater_summary', sheet: 'RAG Summary', exists: false },
      { kind: 'marker', name: 'ScorecardRater_settings', sheet: 'Scorecard Rater Settings', exists: false },
      { kind: 'deleteSheet', sheet: 'Old summary' },
      { kind: 'removeMarker', name: 'ScorecardRater_checks' },
      { kind: 'activate', sheet: 'RAG Summary' },
    ];
    const { outside, grouped } = splitByUndo(ops);
    expect(kinds(outside)).toEqual(['prepareSheet Scorecard Rater Settings', 'visibility Scorecard Rater Settings', 'marker Scorecard Rater Settings', 'deleteSheet Old summary', 'removeMarker']);
    expect(kinds(grouped)).toEqual(['prepareSheet RAG Summary', 'block Scorecard', 'marker RAG Summary', 'activate RAG Summary']);
  });

  it('leaves a run with nothing Excel cannot undo whole, for the group', () => {
    const ops: ExcelOperation[] = [
      { kind: 'prepareSheet', sheet: 'Scorecard Rater Settings', exists: true },
      { kind: 'block', sheet: 'Scorecard Rater Settings', address: 'A1', rows: 1, columns: 1, values: [['x']] },
    ];
    expect(splitByUndo(ops)).toEqual({ outside: [], grouped: ops });
  });
});
