import { DEFAULT_RULES, type MeasureRow, type ParsedValue } from '../../src/engine';
import { columnChoices, columnMap, factsFor, measureFacts, measuresNeedingAttention, mergeOverviewReports, quarterLabel, quarterOptions, withColumn, workbookOverview } from '../../src/taskpane/model';
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
    expect(o.scorecards[0].quarters.map((q) => `${q.index} ${q.label}`)).toEqual(['1 Qu 1 18-19', '2 Qu 2 18-19']);
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

const none: ParsedValue = { kind: 'missing', marker: '' };
const row = (ref: string, quarters: ParsedValue[], more: Partial<MeasureRow> = {}) => ({ ref, measure: `Measure ${ref}`, quarters, polarityText: '', target: none, ...more }) as MeasureRow;

describe('quarters with no figures', () => {
  it('marks a quarter recognition found no figure in as "(no figures yet)"', () => {
    const l = layout();
    l.quarters.push({ role: 'quarter', column: 9, header: 'Qu 3 18-19', address: 'J3', quarter: 3, hasFigures: false });
    const q = quarterOptions(sheetReport({ layout: l }));
    expect(q.map(quarterLabel)).toEqual(['Qu 1 18-19', 'Qu 2 18-19', 'Qu 3 18-19 (no figures yet)']);
  });
});

describe('the column map as the analyst edits it', () => {
  it('lists the table\'s columns by letter, with the header where recognition read one', () => {
    const choices = columnChoices(sheetReport());
    expect(choices).toHaveLength(11);
    expect(choices.slice(0, 4)).toEqual([
      { letter: 'A', header: 'Ref' },
      { letter: 'B', header: 'Measure' },
      { letter: 'C', header: 'Polarity' },
      { letter: 'D', header: '' },
    ]);
    expect(choices[7]).toEqual({ letter: 'H', header: 'Qu 1 18-19' });
  });

  it('gives each row its key in the rules (q1…q4 for quarters)', () => {
    expect(columnMap(sheetReport()).map((r) => r.key)).toEqual(['ref', 'measure', 'polarity', 'target', 'yearEnd', 'q1', 'q2', 'rag', 'direction', 'comments']);
  });

  it('saves a role by header text where the column has one, else by letter, and removes it to go back to recognition', () => {
    const byHeader = withColumn(DEFAULT_RULES, 'polarity', { letter: 'C', header: 'Good is' });
    expect(byHeader.columns).toEqual({ polarity: 'Good is' });
    const byLetter = withColumn(byHeader, 'comments', { letter: 'K', header: '' });
    expect(byLetter.columns).toEqual({ polarity: 'Good is', comments: 'K' });
    expect(withColumn(byLetter, 'polarity', null).columns).toEqual({ comments: 'K' });
    expect(DEFAULT_RULES.columns).toEqual({});
  });
});

describe('measureFacts', () => {
  it('gives what the sheet says about a measure, found by ref in any case', () => {
    const l = layout({ measures: [row('P2.4', [], { polarityText: 'Higher', target: { kind: 'number', value: 0.96, percent: true } }), row('G1', [])] });
    const facts = measureFacts(report({ sheets: [sheetReport({ layout: l })] }));
    expect(factsFor(facts, ' p2.4 ')).toEqual({ ref: 'P2.4', measure: 'Measure P2.4', sheet: 'Scorecard', polarity: 'Higher', target: '96%' });
    expect(factsFor(facts, 'g1')).toMatchObject({ polarity: '', target: '' });
    expect(factsFor(facts, 'P9')).toBeUndefined();
  });
});

describe('measuresNeedingAttention', () => {
  it('links to the comment cell on the measure\'s row when the sheet has a comments column', () => {
    const l = layout();
    l.columns.comments = { role: 'comments', column: 17, header: 'Comments', address: 'R3' };
    const s = sheetReport({ layout: l, measures: [measure({ ref: 'P2.1', rag: 'red', ragCell: 'L16' })] });
    expect(measuresNeedingAttention([s])[0]).toMatchObject({ ref: 'P2.1', cell: 'R16', comment: true });
  });

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
    // No comments column on this sheet: the link goes to the rating.
    expect(items[0]).toMatchObject({ sheet: 'Scorecard', value: '18%', target: '9%', cell: 'L13', comment: false, reason: '18% is more than 10% above the target 9%' });
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
