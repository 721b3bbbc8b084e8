import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPlan, openXlsx, saveXlsx } from '../../src/file';
import { SAMPLE_PATH } from '../../examples/sample-workbook';
import { libreOfficeCsv } from '../support/libreoffice';
import { makeTempDir, removeTempDirs } from '../support/xlsx-fixtures';

afterAll(removeTempDirs);

describe('a rated copy opened in LibreOffice', () => {
  test('shows every figure, comment and header exactly as the input did, plus the written ratings', async () => {
    const dir = makeTempDir();
    const input = join(dir, 'input.xlsx');
    copyFileSync(SAMPLE_PATH, input);
    const opened = await openXlsx(input);
    if (!opened.ok) throw new Error(opened.problem.message);
    const applied = applyPlan(opened.file, {
      writes: [{ sheet: 'Scorecard', cells: [
        { address: 'N5', value: 'Amber', style: { fill: '#FFEB9C', font: '#9C5700' } },
        { address: 'O5', value: '→' },
        { address: 'N16', value: 'Red', style: { fill: '#FFC7CE', font: '#9C0006' } },
        { address: 'K16', style: { fill: '#FFC7CE' } },
      ] }],
      sheets: [{ name: 'RAG Summary', visibility: 'visible', cells: [{ address: 'A1', value: '=SUM(A1)' }], activate: true }],
      deleteSheets: [],
    });
    expect(applied).toEqual({ ok: true });
    const rated = join(dir, 'rated.xlsx');
    expect(await saveXlsx(opened.file, rated)).toEqual({ ok: true });

    const [before, after] = libreOfficeCsv([input, rated], dir);

    expect(after.length).toBe(before.length);
    expect(before[4].slice(0, 11)).toEqual(['G1', 'BI Team', 'Kerry Birtles', 'Number of cared for children', '', '', '', '400-450', '477', '496', '495']);
    expect(before[9].slice(8, 11)).toEqual(['91.0%', '97%', '95%']); // P1.2 as the analyst sees it
    const ratingCells = new Set(['4,13', '4,14', '15,13']);
    let compared = 0;
    before.forEach((row, r) =>
      row.forEach((shown, c) => {
        if (ratingCells.has(`${r},${c}`)) return;
        expect([r, c, after[r][c]]).toEqual([r, c, shown]);
        compared++;
      }),
    );
    expect(compared).toBeGreaterThan(70 * 18 - 10);
    expect([after[4][13], after[4][14], after[15][13]]).toEqual(['Amber', '→', 'Red']);
  }, 180_000);
});
