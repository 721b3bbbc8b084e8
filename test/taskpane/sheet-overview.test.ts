import { columnMap, measuresNeedingAttention, mergeOverviewReports, quarterOptions, workbookOverview } from '../../src/taskpane/model';
import { layout, measure, report, sheetReport } from './report-fixture';

describe('workbookOverview', () => {
  it('lists scorecards with measure counts and quarter, and other sheets with the reason', () => {
    const l = layout({ measures: new Array(43).fill(null).map((_, i) => ({ ref: `P${i}` }) as never) });
    const r = report({
      sheets: [sheetReport({ layout: l }), sheetReport({ name: 'Notes', recognised: false, reason: 'No header row with a Ref or Measure column.', quarter: null })],
    });
    const o = workbookOverview(r);
    expect(o.scorecards).toHaveLength(1);
    expect(o.scorecards[0]).toMatchObject({ name: 'Scorecard', measureCount: 43, year: '2018-19', sections: 1, defaultQuarter: 2 });
    expect(o.scorecards[0].quarters).toEqual([
      { index: 1, label: 'Qu 1 18-19' },
      { index: 2, label: 'Qu 2 18-19' },
    ]);
    expect(o.others).toEqual([{ name: 'Notes', reason: 'No header row with a Ref or Measure column.' }]);
  });

  it('maps found columns in sheet order with quarters after year end, and says what a missing RAG column means', () => {
    const rows = columnMap(sheetReport());
    expect(rows.map((r) => `${r.role}|${r.header}|${r.address}`)).toEqual([
      'Ref|Ref|A3',
      'Measure|Measure|B3',
      'Polarity|Polarity|C3',
      'Target|Target|F3',
      'Year end|Yr. end 17-18|G3',
      'Quarter 1|Qu 1 18-19|H3',
      'Quarter 2|Qu 2 18-19|I3',
      'RAG||',
      'Direction of travel||',
      'Comments||',
    ]);
    expect(rows.find((r) => r.role === 'RAG')?.note).toBe('not found: added after the last column when rating');
  });

  it('offers each quarter once even if a quarter column repeats', () => {
    const l = layout();
    l.quarters.push({ ...l.quarters[1], column: 12, address: 'M3' });
    expect(quarterOptions(sheetReport({ layout: l })).map((q) => q.index)).toEqual([1, 2]);
  });
});

describe('measuresNeedingAttention', () => {
  it('lists red before amber, in sheet order, with value, target and reason', () => {
    const s = sheetReport({
      measures: [
        measure({ ref: 'P2.4', rag: 'amber' }),
        measure({ ref: 'P2.5', rag: 'green' }),
        measure({ ref: 'P2.6', rag: 'red', ragReason: '18% is more than 10% above the target 9%', target: '9%', value: { kind: 'number', value: 0.18, percent: true }, ragCell: 'L13' }),
      ],
    });
    const items = measuresNeedingAttention([s]);
    expect(items.map((i) => `${i.rag} ${i.ref}`)).toEqual(['red P2.6', 'amber P2.4']);
    expect(items[0]).toMatchObject({ sheet: 'Scorecard', value: '18%', target: '9%', cell: 'L13', reason: '18% is more than 10% above the target 9%' });
  });
});

describe('mergeOverviewReports', () => {
  it('keeps the quarter of sheets a one-sheet run did not rate', () => {
    const other = layout({ sheet: 'Scorecard 17-18' });
    const first = report({ sheets: [sheetReport(), sheetReport({ name: 'Scorecard 17-18', layout: other })] });
    const oneSheet = report({ sheets: [sheetReport({ counts: first.sheets[0].counts }), sheetReport({ name: 'Scorecard 17-18', layout: other, quarter: null })] });
    const merged = mergeOverviewReports(first, oneSheet);
    expect(merged.sheets[0]).toBe(oneSheet.sheets[0]);
    expect(merged.sheets[1]).toBe(first.sheets[1]);
    expect(mergeOverviewReports(null, oneSheet)).toBe(oneSheet);
  });
});
