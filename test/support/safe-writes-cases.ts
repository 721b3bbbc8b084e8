import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/engine';
import { serialiseLedger } from '../../src/engine/workbook';
import type { Adapter, AdapterSession, RunResult } from './adapter-session';
import { deleteRow, insertColumn, insertRow, typeInto } from './edit-grid';
import { a1, at, sheet, workbook } from './grid';
import { q2Sheet } from './q2-scorecard';

/**
 * Spec §6 ("Never at the analyst's expense") on an adapter: the cases of issue 9, each rating,
 * editing the workbook as the analyst would, and running again through the adapter under test.
 * `test/file/safe-writes.test.ts` and `test/excel/safe-writes.test.ts` run them on both adapters.
 */

const _ = null;
const RATING_WORDS = ['Red', 'Amber', 'Green', 'n/a'];
const N = a1('N1').column;
const WORD: Record<string, string> = { red: 'Red', amber: 'Amber', green: 'Green', na: 'n/a' };

function named(g: WorkbookGrid, name: string): SheetGrid {
  const s = g.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${g.sheets.map((x) => x.name).join(', ')}`);
  return s;
}

function rated(r: RunResult): Extract<RunResult, { ok: true }> {
  if (!r.ok) throw new Error(r.problem);
  return r;
}

/** A sheet's values as a user reads them: rows cut after their last value, trailing empty rows left out (adapters read sheets dense or ragged). */
const shown = (s: SheetGrid): CellValue[][] => {
  const rows = s.values.map((row) => {
    const r = Array.from(row ?? [], (v) => v ?? null);
    while (r.length && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
};
const column = (s: SheetGrid, letter: string, rows: number[]) => rows.map((r) => at(s, `${letter}${r}`));
/** Every text cell longer than Excel's 32,767 characters, as `Sheet!row,column`. */
const overlong = (g: WorkbookGrid) => g.sheets.flatMap((s) => s.values.flatMap((row, r) => (row ?? []).flatMap((v, c) => (typeof v === 'string' && v.length > 32767 ? [`${s.name}!${r},${c}`] : []))));

/** The settings sheet's ledger cell (B3) holding `text`, as someone editing the very hidden sheet could leave it. */
function withLedger(text: string) {
  return (g: WorkbookGrid): WorkbookGrid => {
    const name = g.ownSheets?.settings;
    if (!name) throw new Error('no settings sheet marked');
    return { ...g, sheets: g.sheets.map((s) => (s.name === name ? { ...s, values: [s.values[0], s.values[1], ['ledger', text], ...s.values.slice(3)] } : s)) };
  };
}

export function safeWritesOn(adapter: Adapter): void {
  describe(`the sample edited between runs, on the ${adapter.name}`, () => {
    // On the sample, RAG is column N and the direction of travel O, below a two-row header.
    it('a column inserted before RAG with a note on every measure row, and a new measure row: every note survives Rate and Clear, the new measure is rated', async () => {
      const book = await adapter.openSample();
      const once = rated(await book.rate());
      const measures = once.measures.filter((m) => m.sheet === 'Scorecard');
      expect(measures.length).toBe(57);
      expect(column(named(await book.grid(), 'Scorecard'), 'N', measures.map((m) => m.row))).toEqual(measures.map((m) => WORD[m.rag]));

      // A new measure above P2.6, red against its 90 % target and falling (Qu 1 70 %, Qu 2 60 %).
      const above = measures.find((m) => m.ref === 'P2.6')!.row;
      const moved = measures.map((m) => (m.row >= above ? m.row + 1 : m.row));
      const noteRows = [...moved, above];
      await book.edit((g) => {
        let e = insertRow(g, 'Scorecard', above, ['P2.5x', 'BI Team', 'BI Team', '% of care leavers in touch', 'High is Good', _, _, 0.9, 0.8, 0.7, 0.6]);
        e = insertColumn(e, 'Scorecard', 'N');
        return typeInto(e, 'Scorecard', Object.fromEntries(noteRows.map((r) => [`N${r}`, `note ${r}`])));
      });

      const twice = rated(await book.rate());
      const s = named(await book.grid(), 'Scorecard');
      expect(noteRows.filter((r) => at(s, `N${r}`) !== `note ${r}`)).toEqual([]);
      expect(column(s, 'O', moved)).toEqual(measures.map((m) => WORD[m.rag]));
      expect(twice.measures.find((m) => m.ref === 'P2.5x')).toMatchObject({ row: above, rag: 'red' });
      expect(at(s, `O${above}`)).toBe('Red');
      expect(at(s, `P${above}`)).toBe('↓');
      expect(twice.flags.filter((f) => f.startsWith('CELL_CHANGED'))).toEqual([]);

      // Clear empties the moved RAG cells and keeps every note.
      expect(await book.clear()).toEqual({ ok: true });
      const cleared = named(await book.grid(), 'Scorecard');
      expect(noteRows.filter((r) => at(cleared, `N${r}`) !== `note ${r}`)).toEqual([]);
      expect(column(cleared, 'O', noteRows).filter((v) => v !== null)).toEqual([]);
    });

    it('a measure row deleted after rating blocks neither Rate nor Clear', async () => {
      const book = await adapter.openSample();
      const once = rated(await book.rate()).measures;
      // The measure right above a page-break copy of the title (merged across the table): once it is
      // deleted, its old RAG address lies inside that merged row.
      const merges = named(await book.grid(), 'Scorecard').merges ?? [];
      const gone = once.find((m) => merges.some((g) => g.top === m.row && g.left <= N && g.right >= N))!;
      expect(gone).toBeDefined();
      await book.edit((g) => deleteRow(g, 'Scorecard', gone.row));
      const again = rated(await book.rate());
      expect(again.measures.map((m) => m.ref)).toEqual(once.filter((m) => m !== gone).map((m) => m.ref));
      expect(await book.clear()).toEqual({ ok: true });
      const s = named(await book.grid(), 'Scorecard');
      expect(s.values.flatMap((row) => (RATING_WORDS.includes(row?.[N] as string) ? [row[N]] : []))).toEqual([]);
    });
  });

  describe(`sheets named or titled like the add-in's own, on the ${adapter.name}`, () => {
    it.each([
      ['Scorecard Rater Settings', 'RAG Summary', 'Checks'],
      ['scorecard rater settings', 'RAG SUMMARY', 'checks'],
    ])("user sheets %s, %s and %s survive Rate and Clear, as does a kept copy of last quarter's summary; the add-in picks other names", async (settings, summary, checks) => {
      const mine = [
        sheet(settings, [['My settings'], ['rules', '{"not":"ours"}'], ['ledger', 'my ledger']]),
        sheet(summary, [['Scorecard Rater: RAG summary'], ['my own notes']]),
        sheet(checks, [['Checks'], ['my checklist']]),
      ];
      const book = await adapter.open(workbook(q2Sheet(), ...mine));
      rated(await book.rate());
      const once = await book.grid();
      // The visible sheets in this order; the very hidden settings sheet is last in a file, earlier in Excel (added with the read).
      expect(once.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name)).toEqual(['Scorecard', settings, summary, checks, 'RAG Summary (2)', 'Checks (2)']);
      expect(once.sheets.filter((s) => s.visibility !== 'visible').map((s) => s.name)).toEqual(['Scorecard Rater Settings (2)']);
      for (const m of mine) expect(shown(named(once, m.name))).toEqual(shown(m));

      // The analyst keeps a copy of this quarter's summary (its A1 reads like the add-in's title).
      await book.edit((g) => ({ ...g, sheets: [...g.sheets, { ...named(g, g.ownSheets!.summary!), name: 'Q1 summary' }] }));
      const copy = named(await book.grid(), 'Q1 summary');
      expect(String(at(copy, 'A1'))).toMatch(/RAG summary/i);

      rated(await book.rate());
      expect(await book.clear()).toEqual({ ok: true });
      const cleared = await book.grid();
      expect(cleared.sheets.map((s) => s.name)).toEqual(['Scorecard', settings, summary, checks, 'Q1 summary']);
      for (const m of mine) expect(shown(named(cleared, m.name))).toEqual(shown(m));
      expect(shown(named(cleared, 'Q1 summary'))).toEqual(shown(copy));
    });
  });

  describe(`no sheet name is special, on the ${adapter.name}`, () => {
    it('scorecard sheets named valueOf, constructor and __proto__ are rated and cleared', async () => {
      const names = ['valueOf', 'constructor', '__proto__'];
      const rows: CellValue[][] = [
        ['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1', 'Qu 2', 'RAG', 'Comments'],
        ['toString', '% on time', 'High is Good', '90%', '80%', '95%', _, 'ok'],
        ['__proto__', '% late', 'High is Good', '90%', '80%', '50%', _, 'worse'],
      ];
      const book = await adapter.open(workbook(...names.map((n) => sheet(n, rows))));
      rated(await book.rate());
      const once = await book.grid();
      for (const n of names) expect([n, ...column(named(once, n), 'G', [2, 3])]).toEqual([n, 'Green', 'Red']);
      expect(await book.clear()).toEqual({ ok: true });
      const cleared = await book.grid();
      expect(cleared.sheets.map((s) => s.name)).toEqual(names);
      for (const n of names) expect([n, ...column(named(cleared, n), 'G', [2, 3])]).toEqual([n, _, _]);
    });
  });

  describe(`a damaged or hostile ledger, on the ${adapter.name}`, () => {
    const ratedQ2 = async (): Promise<AdapterSession> => {
      const book = await adapter.open(workbook(q2Sheet()));
      rated(await book.rate());
      return book;
    };
    // Q2 cut: P2.4 is row 9, its Qu 2 figure 95 % in K9 and its rating Amber in N9.
    const hyperlink = '=HYPERLINK("x")';

    it.each([
      ['not JSON', '{"version": 2, "sheets": ['],
      ['JSON of the wrong shape', '{"summarySheet": "RAG Summary", "sheets": {"Scorecard": 5}}'],
      ['an entry whose earlier value is a formula object', '{"version":2,"summarySheet":null,"sheets":[{"sheet":"Scorecard","cells":[["rag","P2.4","N9",["Amber","#FFEB9C","#9C5700"],[{"formula":"1+1"},null,null]]]}]}'],
    ])('%s: LEDGER_DAMAGED, then Rate and Clear run and write no formula', async (_name, text) => {
      const book = await ratedQ2();
      await book.edit(withLedger(text));
      const settings = (await book.grid()).ownSheets!.settings!;
      expect(await book.validate()).toContain(`LEDGER_DAMAGED ${settings}!`);
      expect(rated(await book.rate()).flags).toContain(`LEDGER_DAMAGED ${settings}!`);
      expect(await book.clear()).toEqual({ ok: true });
      expect(await book.formulaCells()).toEqual([]);
      expect(at(named(await book.grid(), 'Scorecard'), 'K9')).toBe(0.95);
    });

    it(`an entry restoring ${hyperlink} into a figure cell is ignored, and one into a RAG cell comes back as text, never a formula`, async () => {
      const book = await ratedQ2();
      await book.edit(
        withLedger(
          serialiseLedger({
            summarySheet: 'RAG Summary',
            sheets: new Map([
              [
                'Scorecard',
                [
                  { role: 'rag', ref: '', address: 'K9', wrote: { value: 0.95, fill: null, font: null }, before: { value: hyperlink, fill: null, font: null } },
                  { role: 'rag', ref: 'P2.4', address: 'N9', wrote: { value: 'Amber', fill: '#FFEB9C', font: '#9C5700' }, before: { value: hyperlink, fill: null, font: null } },
                ],
              ],
            ]),
          }),
        ),
      );
      rated(await book.rate());
      expect(await book.formulaCells()).toEqual([]);
      expect(await book.clear()).toEqual({ ok: true });
      const s = named(await book.grid(), 'Scorecard');
      expect(at(s, 'K9')).toBe(0.95);
      expect(at(s, 'N9')).toBe(hyperlink);
      expect(await book.formulaCells()).toEqual([]);
    });
  });

  describe(`Validate predicts Rate, on the ${adapter.name}`, () => {
    it('RAG cells merged (N9:N10): Validate flags N10 with the fix, and Rate refuses with the same cell', async () => {
      const book = await adapter.open(workbook({ ...q2Sheet(), merges: [{ top: a1('N9').row, left: N, bottom: a1('N10').row, right: N }] }));
      expect((await book.validate()).filter((f) => f.startsWith('CANNOT_WRITE'))).toEqual(['CANNOT_WRITE Scorecard!N10']);
      const r = await book.rate();
      expect(!r.ok && r.problem).toMatch(/N10 is inside a merged area/);
    });

    it("the add-in's own summary, protected since the last run: Validate flags it with the fix, and Rate refuses", async () => {
      const book = await adapter.open(workbook(q2Sheet()));
      rated(await book.rate());
      await book.edit((g) => ({ ...g, sheets: g.sheets.map((s) => (s.name === g.ownSheets!.summary ? { ...s, protected: true } : s)) }));
      expect((await book.validate()).filter((f) => f.startsWith('CANNOT_WRITE'))).toEqual(['CANNOT_WRITE RAG Summary!']);
      const r = await book.rate();
      expect(!r.ok && r.problem).toMatch(/RAG Summary.*protected.*Unprotect/s);
    });

    // Texts Excel holds at its limit, which the summary, the checks sheet and flag messages quote.
    it.each([
      ['target', 'H9', `About ${'x'.repeat(32761)}`, false],
      ['measure name', 'D9', `% attendance ${'x'.repeat(32754)}`, true],
      ['comment', 'P9', `Attendance ${'x'.repeat(32756)}`, true],
    ])('a 32,767-character %s text: Validate finds nothing Rate would refuse, and Rate writes every cell within the limit', async (_what, address, text, quotedOnSummary) => {
      const book = await adapter.open(workbook(q2Sheet()));
      await book.edit((g) => typeInto(g, 'Scorecard', { [address]: text }));
      expect(at(named(await book.grid(), 'Scorecard'), address)).toHaveLength(32767);
      expect((await book.validate()).filter((f) => f.startsWith('CANNOT_WRITE'))).toEqual([]);
      rated(await book.rate());
      const after = await book.grid();
      expect(overlong(after)).toEqual([]);
      expect(at(named(after, 'Scorecard'), address)).toBe(text);
      // P2.4 is amber, so the summary lists it with its name and comment: at the limit, they fit whole.
      expect(named(after, after.ownSheets!.summary!).values.flat().filter((v) => v === text)).toHaveLength(quotedOnSummary ? 1 : 0);
    });
  });

  describe(`idempotence, on the ${adapter.name}`, () => {
    it('a two-row header without RAG or direction columns, rated three times, holds the same cells as rated once', async () => {
      const book = await adapter.open(
        workbook(
          sheet('S', [
            ['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1', 'Qu 2', 'Comments'],
            [_, _, _, _, '18-19', '18-19', _],
            ['P1', '% on time', 'High is Good', '90%', '80%', '95%', 'ok'],
            ['P2', '% late', 'Low is Good', '10%', '12%', '20%', 'worse'],
          ]),
        ),
      );
      rated(await book.rate());
      const once = await book.grid();
      expect(column(named(once, 'S'), 'H', [1, 2, 3, 4])).toEqual(['RAG', _, 'Green', 'Red']);
      expect(column(named(once, 'S'), 'I', [1, 2, 3, 4])).toEqual(['Direction of travel', _, '↑', '↑']);
      rated(await book.rate());
      rated(await book.rate());
      expect(await book.grid()).toEqual(once);
    });

    it('a page-break copy of a one-row header does not hide the measure right below it', async () => {
      const H = ['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1', 'Qu 2'];
      const row = (ref: string): CellValue[] => [ref, `Number of ${ref}`, 'Low is Good', 3, 4, 5];
      const book = await adapter.open(workbook(sheet('S', [H, row('P1'), H, row('P2'), row('P3')])));
      const r = rated(await book.rate());
      expect(r.measures.map((m) => [m.ref, m.row, m.rag])).toEqual([['P1', 2, 'red'], ['P2', 4, 'red'], ['P3', 5, 'red']]);
      expect(column(named(await book.grid(), 'S'), 'G', [1, 2, 3, 4, 5])).toEqual(['RAG', 'Red', _, 'Red', 'Red']);
    });
  });
}
