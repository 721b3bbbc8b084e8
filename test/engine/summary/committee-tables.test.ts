import type { WorkbookGrid } from '../../../src/engine';
import { committeeTables, validateGrid } from '../../../src/engine';
import { sheet, workbook } from '../../support/grid';
import { q2Sheet } from '../../support/q2-scorecard';

function tables(grid: WorkbookGrid, suppressSmall = false) {
  const v = validateGrid(grid, { now: new Date('2026-11-22T10:00:00Z') });
  if (!v.ok) throw new Error(v.problem.message);
  return committeeTables(v.report, { suppressSmall });
}

describe('"Copy tables": the committee report\'s tables, ready to paste into Word', () => {
  const { text, html } = tables(workbook(q2Sheet()));
  const blocks = text.split('\n\n');

  it('gives the two count tables in the report\'s own form, tab-separated', () => {
    expect(blocks[0]).toBe('Performance Measures\tRed\tAmber\tGreen\tn/a\tTotal\nThis quarter\t2\t3\t2\t2\t9');
    expect(blocks[1]).toBe('Direction of Travel\tRed\tAmber\tGreen\tn/a\tTotal\nThis quarter\t4\t0\t1\t4\t9');
  });

  it('lists the red measures, then the amber ones, with ref, measure, value, target, reason, lead and commentary', () => {
    const list = blocks[2].split('\n').map((l) => l.split('\t'));
    expect(list[0]).toEqual(['Ref', 'Measure', 'Value', 'Target', 'RAG', 'Reason for the rating', 'Lead', 'Commentary']);
    // Red first, then amber, each in sheet order (spec §7: G2 red, G1 amber within 10% of its band).
    expect(list.slice(1).map((r) => [r[0], r[4]])).toEqual([
      ['G2', 'Red'],
      ['P2.6', 'Red'],
      ['G1', 'Amber'],
      ['P2.4', 'Amber'],
      ['P3.17', 'Amber'],
    ]);
    const p24 = list.find((r) => r[0] === 'P2.4')!;
    expect(p24.slice(1, 4)).toEqual(['% attendance at secondary school of children in care', '95%', '96%']);
    expect(p24[5]).toMatch(/\S/);
    expect(p24[7]).toBe('Attendance has improved.');
    expect(list.every((r) => r.length === 8)).toBe(true);
  });

  it('gives the same tables as HTML', () => {
    expect(html.match(/<table/g)).toHaveLength(3);
    expect(html).toContain('<tr><th>Performance Measures</th><th>Red</th><th>Amber</th><th>Green</th><th>n/a</th><th>Total</th></tr>');
    expect(html).toContain('<tr><td>This quarter</td><td>2</td><td>3</td><td>2</td><td>2</td><td>9</td></tr>');
  });

  it('escapes text from the workbook in the HTML, and keeps tabs and line breaks out of the plain text', () => {
    const g = workbook(
      sheet('Scorecard', [
        ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2', 'Comments', 'Lead'],
        ['P1', '% of <b>care</b> leavers & "others"', 'High is Good', '90%', '80%', '50%', 'Line one\nline\ttwo', 'A. Lead'],
      ]),
    );
    const t = tables(g);
    expect(t.html).toContain('<td>% of &lt;b&gt;care&lt;/b&gt; leavers &amp; &quot;others&quot;</td>');
    expect(t.html).not.toContain('<b>');
    const row = t.text.split('\n\n')[2].split('\n')[1].split('\t');
    expect(row).toEqual(['P1', '% of <b>care</b> leavers & "others"', '50%', '90%', 'Red', expect.any(String), 'A. Lead', 'Line one line two']);
  });
});
