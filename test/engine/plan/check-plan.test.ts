import type { WritePlan } from '../../../src/engine';
import { applyPlanToGrid, checkPlan, emptyPlan } from '../../../src/engine';
import { sheet, workbook } from '../../support/grid';

const plan = (p: Partial<WritePlan>): WritePlan => ({ ...emptyPlan(), ...p });
const kinds = (findings: ReturnType<typeof checkPlan>) => findings.map((f) => `${f.kind} ${f.sheet}!${f.cell}`);

describe('checkPlan: what every adapter would refuse, found once in the core', () => {
  const grid = workbook(sheet('Scorecard', [['Ref', 'RAG'], ['P1', null]], { merges: [{ top: 1, left: 1, bottom: 2, right: 1 }] }), sheet('Locked', [['x']], { protected: true }));

  it('a plan that fits finds nothing', () => {
    expect(checkPlan(grid, plan({ writes: [{ sheet: 'Scorecard', cells: [{ address: 'B2', value: 'Red' }] }], sheets: [{ name: 'RAG Summary', role: 'summary', visibility: 'visible', cells: [] }] }))).toEqual([]);
  });

  it('a value into a merged area other than its top-left cell; a fill there is fine', () => {
    expect(kinds(checkPlan(grid, plan({ writes: [{ sheet: 'Scorecard', cells: [{ address: 'B3', value: 'Red' }, { address: 'B3', style: { fill: '#FFC7CE' } }] }] })))).toEqual(['merged Scorecard!B3']);
  });

  it('a protected sheet touched, written, replaced or deleted', () => {
    expect(kinds(checkPlan(grid, plan({ writes: [{ sheet: 'locked', cells: [{ address: 'A1', value: 1 }] }] })))).toEqual(['protected Locked!']);
    expect(kinds(checkPlan(grid, plan({ deleteSheets: ['Locked'] })))).toEqual(['protected Locked!']);
  });

  it("text longer than Excel's 32,767 characters, on any sheet", () => {
    const long = 'x'.repeat(32_768);
    expect(kinds(checkPlan(grid, plan({ sheets: [{ name: 'New', visibility: 'visible', cells: [{ address: 'A1', value: long }] }] })))).toEqual(['text-too-long New!A1']);
  });

  it.each([['a'.repeat(32)], ['Q1/Q2'], ['[x]'], ["'quoted'"], ['History'], ['  ']])('sheet name %j', (name) => {
    expect(kinds(checkPlan(grid, plan({ sheets: [{ name, visibility: 'visible', cells: [] }] })))).toEqual([`sheet-name ${name}!`]);
  });

  it("a new sheet whose name (any case) is a user's sheet, or used twice", () => {
    expect(kinds(checkPlan(grid, plan({ sheets: [{ name: 'SCORECARD', role: 'summary', visibility: 'visible', cells: [] }] })))).toEqual(['sheet-name SCORECARD!']);
    const twice = { name: 'Summary', visibility: 'visible' as const, cells: [] };
    expect(kinds(checkPlan(grid, plan({ sheets: [twice, twice] })))).toEqual(['sheet-name Summary!']);
  });

  it("replacing the add-in's own sheet of the same role is allowed", () => {
    const own = { ...workbook(sheet('Scorecard', [['x']]), sheet('RAG Summary', [['old']])), ownSheets: { summary: 'RAG Summary' } };
    expect(checkPlan(own, plan({ sheets: [{ name: 'RAG Summary', role: 'summary', visibility: 'visible', cells: [] }] }))).toEqual([]);
  });
});

describe('applyPlanToGrid keeps the marker names as the adapters do', () => {
  it('points a role at the sheet created for it and forgets a deleted one', () => {
    const g = workbook(sheet('Scorecard', [['x']]));
    const rated = applyPlanToGrid(g, plan({ sheets: [{ name: 'RAG Summary', role: 'summary', visibility: 'visible', cells: [] }, { name: 'Settings', role: 'settings', visibility: 'veryHidden', cells: [] }] }));
    expect(rated.ownSheets).toEqual({ summary: 'RAG Summary', settings: 'Settings' });
    const cleared = applyPlanToGrid(rated, plan({ deleteSheets: ['RAG Summary'] }));
    expect(cleared.ownSheets).toEqual({ settings: 'Settings' });
    expect(cleared.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Settings']);
  });
});
