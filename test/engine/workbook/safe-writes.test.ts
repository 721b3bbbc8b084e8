import type { CellValue, SheetGrid, WorkbookGrid } from '../../../src/engine';
import { applyPlanToGrid, clearGrid, DEFAULT_RULES, planSaveRules, rateGrid, readStoredRules, validateGrid } from '../../../src/engine';
import { serialiseLedger, type LedgerCell } from '../../../src/engine/workbook';
import { at, sheet, workbook } from '../../support/grid';
import { deleteColumn, deleteRow, insertColumn, insertRow, typeInto } from '../../support/edit-grid';
import { q2Sheet } from '../../support/q2-scorecard';

/**
 * Spec §6 "Never at the analyst's expense": the analyst keeps working between runs; each test rates,
 * edits the grid as Excel would, and runs again, applying every plan with applyPlanToGrid (which
 * also keeps the marker names of the add-in's own sheets, as the adapters do).
 */

const NOW = { now: new Date('2026-11-22T10:00:00Z') };
const _ = null;

function rate(grid: WorkbookGrid, options = NOW): WorkbookGrid {
  const r = rateGrid(grid, options);
  if (!r.ok) throw new Error(r.problem.message);
  return applyPlanToGrid(grid, r.plan);
}

function clear(grid: WorkbookGrid): { grid: WorkbookGrid; flags: string[] } {
  const c = clearGrid(grid);
  if (!c.ok) throw new Error(c.problem.message);
  return { grid: applyPlanToGrid(grid, c.plan), flags: c.flags.map((f) => `${f.code} ${f.sheet}!${f.cell}`) };
}

const named = (g: WorkbookGrid, name: string): SheetGrid => {
  const s = g.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${g.sheets.map((x) => x.name).join(', ')}`);
  return s;
};
const scorecard = (g: WorkbookGrid) => named(g, 'Scorecard');
const fill = (s: SheetGrid, address: string) => {
  const { row, column } = { row: Number(address.slice(1)) - 1, column: address.charCodeAt(0) - 65 };
  return s.fills?.[row]?.[column];
};
const column = (s: SheetGrid, letter: string, rows: number[]) => rows.map((r) => at(s, `${letter}${r}`));
const codes = (g: WorkbookGrid) => {
  const r = validateGrid(g, NOW);
  if (!r.ok) throw new Error(r.problem.message);
  return r.report.flags.map((f) => `${f.code} ${f.sheet}!${f.cell}`);
};

// Measure rows of the Q2 cut (1-based): G1 5, G2 6, P2.2 8, P2.4 9, P2.6 10, P3.16 15, P3.17 16, P4.5 18, P5.3 20.
const MEASURE_ROWS = [5, 6, 8, 9, 10, 15, 16, 18, 20];
const RATED = ['Amber', 'Red', 'n/a', 'Amber', 'Red', 'Green', 'Amber', 'Green', 'n/a'];

describe('a column inserted before RAG between two runs', () => {
  const once = rate(workbook(q2Sheet()));
  let edited = insertColumn(once, 'Scorecard', 'N');
  edited = typeInto(edited, 'Scorecard', Object.fromEntries(MEASURE_ROWS.map((r, i) => [`N${r}`, `note ${i + 1}`])));
  const twice = rate(edited);

  it('keeps every note the analyst typed in it, and rates into the moved RAG column', () => {
    const s = scorecard(twice);
    expect(column(s, 'N', MEASURE_ROWS)).toEqual(MEASURE_ROWS.map((_r, i) => `note ${i + 1}`));
    expect(column(s, 'O', MEASURE_ROWS)).toEqual(RATED);
    expect(fill(s, 'N9')).toBeUndefined();
    expect(fill(s, 'O9')).toBe('#FFEB9C');
  });

  it('raises no flag about changed cells: the moved cells are still the add-in\'s', () => {
    expect(codes(twice).filter((c) => c.startsWith('CELL_CHANGED'))).toEqual([]);
  });

  it('Clear then empties the moved RAG cells and keeps the notes', () => {
    const s = scorecard(clear(twice).grid);
    expect(column(s, 'O', MEASURE_ROWS)).toEqual(MEASURE_ROWS.map(() => null));
    expect(column(s, 'N', MEASURE_ROWS)).toEqual(MEASURE_ROWS.map((_r, i) => `note ${i + 1}`));
    expect(fill(s, 'O9')).toBeUndefined();
  });
});

describe('columns inserted and deleted between two runs', () => {
  it("a flag fill follows its cell: restored in its moved column when the flag goes away, and the cell now at its old address is untouched", () => {
    const once = rate(workbook(q2Sheet()));
    expect(fill(scorecard(once), 'K8')).toBe('#FFF2CC'); // P2.2 has no Qu 2 figure
    let edited = insertColumn(once, 'Scorecard', 'B'); // Qu 2 moves from K to L
    edited = typeInto(edited, 'Scorecard', { L8: 0.85 });
    scorecard(edited).fills![7][10] = '#00B050'; // the analyst colours the cell now at K8 (Qu 1) green
    const twice = scorecard(rate(edited));
    expect(fill(twice, 'L8')).toBeUndefined();
    expect(fill(twice, 'K8')).toBe('#00B050');
    expect(codes(rate(edited)).filter((c) => c.startsWith('CELL_CHANGED'))).toEqual([]);
  });

  it('a column deleted before RAG does not block Rate or Clear, and the ratings move with it', () => {
    const once = rate(workbook(q2Sheet()));
    const edited = deleteColumn(once, 'Scorecard', 'B');
    const s = scorecard(rate(edited));
    expect(column(s, 'M', MEASURE_ROWS)).toEqual(RATED);
    expect(column(scorecard(clear(rate(edited)).grid), 'M', MEASURE_ROWS)).toEqual(MEASURE_ROWS.map(() => null));
  });
});

describe('a measure row inserted between two runs', () => {
  const once = rate(workbook(q2Sheet()));
  // P2.5 above P2.6 (row 10), with its own figures: red against 90%.
  const edited = insertRow(once, 'Scorecard', 10, ['P2.5', 'BI Team', 'BI Team', '% of care leavers in touch', 'High is Good', _, _, 0.9, 0.8, 0.7, 0.6, _, _, _, _, 'Falling.']);
  const twice = rate(edited);
  const s = scorecard(twice);

  it('is rated, and every other measure keeps its rating in its moved row', () => {
    expect(at(s, 'N10')).toBe('Red');
    expect(at(s, 'O10')).toBe('↓');
    const moved = MEASURE_ROWS.map((r) => (r >= 10 ? r + 1 : r));
    expect(column(s, 'N', moved)).toEqual(RATED);
  });

  it('changes no figure or comment of any row', () => {
    const before = scorecard(edited);
    before.values.forEach((row, r) => row.forEach((v, c) => c < 13 || c > 14 ? expect([r, c, s.values[r]?.[c] ?? null]).toEqual([r, c, v ?? null]) : undefined));
  });

  it('is cleared with the rest', () => {
    const cleared = scorecard(clear(twice).grid);
    expect(column(cleared, 'N', [...MEASURE_ROWS, 11])).toEqual([...MEASURE_ROWS, 11].map(() => null));
  });
});

describe('a row deleted between two runs', () => {
  // Section labels merged across the table, as the sample has them.
  const merges = [3, 6, 13, 16, 18].map((r) => ({ top: r, left: 0, bottom: r, right: 15 }));
  const once = rate(workbook({ ...q2Sheet(), merges }));
  const edited = deleteRow(once, 'Scorecard', 5); // G1 goes; G2's old RAG cell N6 now sits in the merged section row

  it('does not block Rate, and the remaining measures are rated in their new rows', () => {
    const r = rateGrid(edited, NOW);
    expect(r.ok ? 'rated' : r.problem.message).toBe('rated');
    const s = scorecard(rate(edited));
    expect(column(s, 'N', [5, 7, 8, 9])).toEqual(['Red', 'n/a', 'Amber', 'Red']);
  });

  it('does not block Clear, which empties every rating left', () => {
    const cleared = clear(edited);
    const s = scorecard(cleared.grid);
    expect(s.values.map((row) => row?.[13] ?? null).filter((v) => v !== null)).toEqual(['RAG', 'RAG']); // the sheet's own headers
    expect(cleared.flags).toEqual([]);
  });
});

describe('compare before write: a cell the analyst changed is left alone and reported', () => {
  const once = rate(workbook(q2Sheet()));
  const edited = typeInto(once, 'Scorecard', { N9: 'Green' }); // P2.4 is rated Amber

  it('Rate leaves the typed rating, says so, and does not also call it a RAG change', () => {
    const r = rateGrid(edited, NOW);
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.plan.writes.flatMap((w) => w.cells.map((c) => c.address))).not.toContain('N9');
    const flags = r.report.flags.filter((f) => f.cell === 'N9');
    expect(flags.map((f) => f.code)).toEqual(['CELL_CHANGED']);
    expect(flags[0].message).toMatch(/changed since the last run.*left it as it is/);
    expect(at(scorecard(applyPlanToGrid(edited, r.plan)), 'N9')).toBe('Green');
  });

  it('Validate predicts the same flag', () => {
    expect(codes(edited)).toContain('CELL_CHANGED Scorecard!N9');
  });

  it('a third run still leaves it; Clear leaves it too and says so', () => {
    const thrice = rate(rate(edited));
    expect(at(scorecard(thrice), 'N9')).toBe('Green');
    const cleared = clear(thrice);
    expect(at(scorecard(cleared.grid), 'N9')).toBe('Green');
    expect(at(scorecard(cleared.grid), 'N10')).toBeNull();
    expect(cleared.flags).toEqual(['CELL_CHANGED Scorecard!N9']);
  });

  it('an emptied cell is the add-in\'s to write again', () => {
    const emptied = typeInto(rate(edited), 'Scorecard', { N9: null });
    emptied.sheets[0].fills![8][13] = undefined;
    emptied.sheets[0].fontColors![8][13] = undefined;
    expect(at(scorecard(rate(emptied)), 'N9')).toBe('Amber');
  });
});

describe("sheets named or titled like the add-in's own", () => {
  it("a user's settings sheet (any case) survives Rate and Clear; the add-in's gets another name", () => {
    const mine = sheet('scorecard rater settings', [['My settings'], ['rules', '{"not":"ours"}']]);
    const once = rate(workbook(q2Sheet(), mine));
    expect(once.sheets.map((s) => s.name)).toEqual(['Scorecard', 'scorecard rater settings', 'RAG Summary', 'Checks', 'Scorecard Rater Settings (2)']);
    expect(named(once, 'scorecard rater settings').values).toEqual(mine.values);
    const twice = rate(once);
    expect(twice.sheets.map((s) => s.name)).toEqual(once.sheets.map((s) => s.name));
    const cleared = clear(twice).grid;
    expect(cleared.sheets.map((s) => s.name)).toEqual(['Scorecard', 'scorecard rater settings']);
    expect(named(cleared, 'scorecard rater settings').values).toEqual(mine.values);
  });

  it("a kept copy of last quarter's summary, titled like it, survives Rate and Clear", () => {
    const once = rate(workbook(q2Sheet()));
    const copy = { ...named(once, 'RAG Summary'), name: 'Q1 summary' };
    const withCopy = { ...once, sheets: [...once.sheets, copy] };
    const cleared = clear(rate(withCopy)).grid;
    expect(cleared.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Q1 summary']);
    expect(named(cleared, 'Q1 summary').values).toEqual(copy.values);
  });

  it('a summary the analyst renamed is theirs: the next run writes a fresh one and Clear keeps theirs', () => {
    const once = rate(workbook(q2Sheet()));
    // Excel keeps the marker name pointing at the sheet when it is renamed.
    const renamed: WorkbookGrid = {
      sheets: once.sheets.map((s) => (s.name === 'RAG Summary' ? { ...s, name: 'Q2 for committee' } : s)),
      ownSheets: { ...once.ownSheets, summary: 'Q2 for committee' },
    };
    const kept = named(renamed, 'Q2 for committee');
    const twice = rate(renamed);
    expect(twice.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Q2 for committee', 'Checks', 'Scorecard Rater Settings', 'RAG Summary']);
    expect(named(twice, 'Q2 for committee')).toEqual(kept);
    const cleared = clear(twice).grid;
    expect(cleared.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Q2 for committee']);
  });

  it('a settings marker that points at a visible user sheet is ignored, and that sheet is kept', () => {
    const notes = sheet('Notes', [['rules', 'my notes'], ['ledger', 'more notes']]);
    const g: WorkbookGrid = { sheets: [q2Sheet(), notes], ownSheets: { settings: 'Notes' } };
    const once = rate(g);
    expect(once.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Notes', 'RAG Summary', 'Checks', 'Scorecard Rater Settings']);
    expect(named(once, 'Notes')).toEqual(notes);
  });

  it("the previous version's sheets (known by their A1 text, no marker) are user sheets now", () => {
    const oldSummary = sheet('RAG Summary', [['Scorecard Rater: RAG summary'], ['Rated', '2025-01-01']]);
    const oldSettings = sheet('Scorecard Rater Settings', [['Scorecard Rater settings: kept by the add-in. Edit rules in the task pane, not here.'], ['rules', '']], { visibility: 'veryHidden' });
    const once = rate(workbook(q2Sheet(), oldSummary, oldSettings));
    expect(once.sheets.map((s) => s.name)).toEqual(['Scorecard', 'RAG Summary', 'Scorecard Rater Settings', 'RAG Summary (2)', 'Checks', 'Scorecard Rater Settings (2)']);
    const cleared = clear(once).grid;
    expect(cleared.sheets.map((s) => s.name)).toEqual(['Scorecard', 'RAG Summary', 'Scorecard Rater Settings']);
    expect(named(cleared, 'RAG Summary').values).toEqual(oldSummary.values);
  });
});

describe('no sheet name or ref is special', () => {
  const rows = (refs: string[]): CellValue[][] => [
    ['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1', 'Qu 2', 'RAG', 'Comments'],
    ...refs.map((ref, i): CellValue[] => [ref, `% measure ${i}`, 'High is Good', '90%', '80%', i === 0 ? '95%' : '50%', _, 'ok']),
  ];
  const names = ['valueOf', 'constructor', '__proto__', 'toString', 'hasOwnProperty'];
  const grid = workbook(...names.map((n) => sheet(n, rows(names))));

  it('sheets and refs named valueOf, constructor, __proto__… are rated, rated again and cleared', () => {
    const once = rate(grid);
    for (const n of names) expect(column(named(once, n), 'G', [2, 3, 4, 5, 6])).toEqual(['Green', 'Red', 'Red', 'Red', 'Red']);
    const twice = rate(once);
    expect(twice).toEqual(once);
    const cleared = clear(twice).grid;
    expect(cleared.sheets.map((s) => s.name)).toEqual(names);
    for (const n of names) expect(column(named(cleared, n), 'G', [2, 3, 4, 5, 6])).toEqual([_, _, _, _, _]);
  });
});

describe('a damaged or hostile ledger', () => {
  const settingsWith = (g: WorkbookGrid, ledger: string): WorkbookGrid => {
    const name = g.ownSheets!.settings!;
    return { ...g, sheets: g.sheets.map((s) => (s.name === name ? { ...s, values: [s.values[0], s.values[1], ['ledger', ledger]] } : s)) };
  };
  const once = rate(workbook(q2Sheet()));

  it.each([
    ['not JSON', '{"version": 2, "sheets": ['],
    ['JSON of the wrong shape', '{"summarySheet": "RAG Summary", "sheets": {"Scorecard": 5}}'],
    ['an old ledger keyed by sheet name', '{"summarySheet":null,"sheets":{"valueOf":[{"address":"N9","fill":null,"font":null}]}}'],
    ['a value that is an object (a file library would write it as a formula)', '{"version":2,"summarySheet":null,"sheets":[{"sheet":"Scorecard","cells":[["rag","P2.4","N9",["Amber","#FFEB9C","#9C5700"],[{"formula":"1+1"},null,null]]]}]}'],
    ['a cell with a bad colour', '{"version":2,"summarySheet":null,"sheets":[{"sheet":"Scorecard","cells":[["rag","P2.4","N9",["Amber","red","#9C5700"],0]]}]}'],
  ])('%s: a flag that Clear cannot restore earlier cells, never a crash', (_name, text) => {
    const damaged = settingsWith(once, text);
    expect(codes(damaged)).toContain('LEDGER_DAMAGED Scorecard Rater Settings!');
    const r = rateGrid(damaged, NOW);
    expect(r.ok && r.report.flags.find((f) => f.code === 'LEDGER_DAMAGED')?.message).toMatch(/Clear cannot restore earlier cells/);
    const c = clearGrid(damaged);
    expect(c.ok && c.flags.map((f) => f.code)).toEqual(['LEDGER_DAMAGED']);
  });

  const hostile = (cells: LedgerCell[]) => serialiseLedger({ summarySheet: 'RAG Summary', sheets: new Map([['Scorecard', cells]]) });

  it('restores a value that looks like a formula as text, never as a formula', () => {
    const evil = '=HYPERLINK("http://example.invalid","click")';
    const g = settingsWith(once, hostile([{ role: 'rag', ref: 'P2.4', address: 'N9', wrote: { value: 'Amber', fill: '#FFEB9C', font: '#9C5700' }, before: { value: evil, fill: null, font: null } }]));
    const c = clearGrid(g);
    if (!c.ok) throw new Error(c.problem.message);
    expect(c.plan.writes[0].cells).toEqual([{ address: 'N9', value: evil, style: { fill: null, font: null } }]);
    const s = scorecard(applyPlanToGrid(g, c.plan));
    expect(at(s, 'N9')).toBe(evil);
    expect(s.formulas?.[8]?.[13]).toBeUndefined();
  });

  it("cannot reach a figure: entries are found only through a measure's RAG, direction or flag-fill cells", () => {
    const g = settingsWith(
      once,
      hostile([
        { role: 'rag', ref: '', address: 'K9', wrote: { value: 0.95, fill: null, font: null }, before: { value: '=1+1', fill: null, font: null } },
        { role: 'header', ref: '', column: 'ref', address: 'A2', wrote: { value: 'Ref' }, before: { value: '+cmd' } },
      ]),
    );
    const c = clearGrid(g);
    if (!c.ok) throw new Error(c.problem.message);
    expect(c.plan.writes.flatMap((w) => w.cells).filter((w) => w.value !== undefined)).toEqual([]);
    expect(at(scorecard(applyPlanToGrid(g, c.plan)), 'K9')).toBe(0.95);
  });

  it('a flag fill that claims to restore a value is a damaged ledger', () => {
    const text = JSON.stringify({ version: 2, summarySheet: null, sheets: [{ sheet: 'Scorecard', cells: [['fill', '', 'K9', ['#FFF2CC'], ['@x', null]]] }] });
    expect(codes(settingsWith(once, text))).toContain('LEDGER_DAMAGED Scorecard Rater Settings!');
  });
});

describe('Validate flags what Rate would refuse, with the fix', () => {
  it('a RAG cell inside a merged area', () => {
    const g = workbook({ ...q2Sheet(), merges: [{ top: 8, left: 13, bottom: 9, right: 13 }] }); // N9:N10
    const v = validateGrid(g, NOW);
    if (!v.ok) throw new Error(v.problem.message);
    const flag = v.report.flags.find((f) => f.code === 'CANNOT_WRITE');
    expect(flag && [flag.sheet, flag.cell]).toEqual(['Scorecard', 'N10']);
    expect(flag?.message).toMatch(/Unmerge/);
    const r = rateGrid(g, NOW);
    expect(!r.ok && r.problem.message).toMatch(/N10 is inside a merged area/);
  });

  it("the add-in's own summary, protected since the last run", () => {
    const once = rate(workbook(q2Sheet()));
    const locked = { ...once, sheets: once.sheets.map((s) => (s.name === 'RAG Summary' ? { ...s, protected: true } : s)) };
    expect(codes(locked)).toContain('CANNOT_WRITE RAG Summary!');
    const r = rateGrid(locked, NOW);
    expect(!r.ok && r.problem.code).toBe('SHEET_PROTECTED');
  });

  it('text longer than a cell holds is shortened with an ellipsis on the summary, not refused', () => {
    const long = `Number of ${'very '.repeat(6600)}long measures`; // 33,000+ characters
    const g = workbook(sheet('S', [['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1', 'Qu 2', 'Comments'], ['P1', long, 'High is Good', 10, 9, 5, 'falling']]));
    expect(codes(g).filter((c) => c.startsWith('CANNOT_WRITE'))).toEqual([]);
    const r = rateGrid(g, NOW);
    if (!r.ok) throw new Error(r.problem.message);
    const shortened = r.plan.sheets[0].cells.find((c) => typeof c.value === 'string' && c.value.startsWith('Number of very'));
    expect(shortened?.value).toHaveLength(32767);
    expect(String(shortened?.value).endsWith('…')).toBe(true);
  });
});

describe('rules saved beside a user sheet named like the settings sheet', () => {
  it("are stored in the add-in's own settings sheet, found again by its marker, and the user's sheet is kept", () => {
    const mine = sheet('Scorecard Rater Settings', [['rules', '{"amberTolerance": 0.5}']]);
    const g = workbook(q2Sheet(), mine);
    const saved = planSaveRules(g, { ...DEFAULT_RULES, amberTolerance: 0.2 });
    if (!saved.ok) throw new Error(saved.problem.message);
    const after = applyPlanToGrid(g, saved.plan);
    expect(after.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Scorecard Rater Settings', 'Scorecard Rater Settings (2)']);
    expect(named(after, 'Scorecard Rater Settings')).toEqual(mine);
    const stored = readStoredRules(after);
    expect('rules' in stored && [stored.source, stored.rules.amberTolerance]).toEqual(['workbook', 0.2]);
    expect(readStoredRules(g)).toMatchObject({ source: 'default' });
  });

  it('a protected scorecard is flagged once by Validate, not also as a plan finding', () => {
    expect(codes(workbook({ ...q2Sheet(), protected: true })).filter((c) => c.startsWith('SHEET_PROTECTED') || c.startsWith('CANNOT_WRITE'))).toEqual(['SHEET_PROTECTED Scorecard!']);
  });
});

describe('idempotence', () => {
  it('a two-row header without RAG or direction columns, rated three times, holds the same cells as rated once', () => {
    const g = workbook(
      sheet('S', [
        ['Ref', 'Measure', 'Polarity', 'Target', 'Qu 1', 'Qu 2', 'Comments'],
        [_, _, _, _, '18-19', '18-19', _],
        ['P1', '% on time', 'High is Good', '90%', '80%', '95%', 'ok'],
        ['P2', '% late', 'Low is Good', '10%', '12%', '20%', 'worse'],
      ]),
    );
    const once = rate(g);
    expect(named(once, 'S').values[0].slice(7)).toEqual(['RAG', 'Direction of travel']);
    const thrice = rate(rate(once));
    expect(thrice).toEqual(once);
    // Clear takes the appended headers out with the ratings.
    const cleared = named(clear(thrice).grid, 'S');
    const nine = (row: CellValue[]) => Array.from({ length: 9 }, (_v, c) => row[c] ?? null);
    expect(cleared.values.map(nine)).toEqual(g.sheets[0].values.map(nine));
  });

  it('the Q2 cut rated three times holds the same cells as rated once', () => {
    const once = rate(workbook(q2Sheet()));
    expect(rate(rate(once))).toEqual(once);
  });
});
