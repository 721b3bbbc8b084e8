import type { WritePlan } from '../../src/engine/plan';
import type { ExcelOperation } from '../../src/excel/excel-operation';
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
