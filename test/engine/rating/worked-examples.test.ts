import { validateGrid } from '../../../src/engine';
import { workbook } from '../../support/grid';
import { q2Sheet } from '../../support/q2-scorecard';
import { WORKED_EXAMPLES } from '../../support/worked-examples';

describe('the worked examples of spec §7 (2018-19 Q2)', () => {
  const result = validateGrid(workbook(q2Sheet()));
  if (!result.ok) throw new Error(result.problem.message);
  const sheet = result.report.sheets[0];
  const byRef = new Map(sheet.measures.map((m) => [m.ref, m]));
  const flagsOf = (ref: string) => sheet.flags.filter((f) => f.ref === ref).map((f) => f.code);

  it('rates Qu 2, the rightmost quarter with values', () => {
    expect(sheet.quarter).toMatchObject({ index: 2, label: 'Qu 2 18-19', chosen: false });
  });

  it.each(WORKED_EXAMPLES)('%s is %s with %s %s', (ref, rag, arrow, direction, flag) => {
    expect(byRef.get(ref)).toMatchObject({ rag, arrow, direction });
    if (flag) expect(flagsOf(ref)).toContain(flag);
  });

  it('gives the reasons an analyst would write', () => {
    expect(byRef.get('P2.4')!.ragReason).toBe('95% misses the target 96% by no more than 10% (86.4%)');
    expect(byRef.get('G1')!.ragReason).toBe('495 is outside the target band 400-450 by 45, within 10% of 450');
    expect(byRef.get('P4.5')!.ragReason).toBe('3 is at or below the year-end figure 8');
    expect(byRef.get('P3.16')!.directionReason).toBe('up on last period (3.1%), getting worse');
  });

  it('flags P2.2 missing, P5.3 suppressed and P4.5 a small count', () => {
    expect(flagsOf('P2.2')).toContain('MISSING_VALUE');
    expect(flagsOf('P5.3')).toEqual(['SUPPRESSED_VALUE']);
    expect(flagsOf('P4.5')).toContain('SMALL_COUNT');
    expect(sheet.flags.find((f) => f.code === 'MISSING_VALUE')).toMatchObject({ sheet: 'Scorecard', cell: 'K8', ref: 'P2.2', severity: 'warning' });
  });
});
