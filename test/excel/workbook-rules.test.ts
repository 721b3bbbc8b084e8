import { RuleSet } from '../../src/engine';
import { loadRules, rateWorkbook, saveRules } from '../../src/excel';
import { createOfficeJsExcel } from '../support/office-js';
import { sheet, workbook } from '../support/grid';

const scorecard = () =>
  workbook(
    sheet('Scorecard', [
      ['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1 18-19', 'Qu 2 18-19', 'RAG', 'DoT', 'Comments'],
      ['P1', 'Measure one', 'High is Good', 100, 90, 92, null, null, 'Fine.'],
    ]),
  );

describe('rules stored in the workbook', () => {
  it('reads the defaults from a workbook that has none, in one sync', async () => {
    const fake = createOfficeJsExcel(scorecard());
    const result = await loadRules(fake.host);
    expect(result).toMatchObject({ ok: true, source: 'default' });
    expect(fake.stats().syncs).toBe(1);
  });

  it('saves rules into the very hidden settings sheet and reads them back; the next rating uses them', async () => {
    const fake = createOfficeJsExcel(scorecard());
    const before = await rateWorkbook(fake.host, { now: new Date('2018-11-05') });
    expect(before.ok && before.report.sheets[0].measures[0].rag).toBe('amber');

    const rules = RuleSet.parse({ measures: { P1: { exclude: true } } });
    expect(await saveRules(fake.host, rules)).toEqual({ ok: true });
    expect(fake.toGrid().sheets.find((s) => s.name === 'Scorecard Rater Settings')?.visibility).toBe('veryHidden');

    const loaded = await loadRules(fake.host);
    expect(loaded).toMatchObject({ ok: true, source: 'workbook', rules: { measures: { P1: { exclude: true } } } });

    const after = await rateWorkbook(fake.host, { now: new Date('2018-11-05') });
    expect(after.ok && after.report.sheets[0].measures[0].rag).toBe('na');
  });

  it('refuses rules that fail the schema, writing nothing', async () => {
    const fake = createOfficeJsExcel(scorecard());
    const result = await saveRules(fake.host, { amberTolerance: 5 } as unknown as RuleSet);
    expect(!result.ok && result.problem.code).toBe('BAD_RULES');
    expect(fake.stats().syncs).toBe(0);
  });
});
