import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyPlan, openXlsx, saveXlsx } from '../../src/file';
import { SAMPLE_PATH } from '../../examples/sample-workbook';
import { makeTempDir, removeTempDirs } from '../support/xlsx-fixtures';

afterAll(removeTempDirs);

/** Comma-separated, double-quoted fields (which may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (ch !== '\r') field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/**
 * LibreOffice's CSV export of the first sheet, each cell as displayed (token 9 "as shown";
 * token 12 picks sheet 1 even when another sheet is active). A private profile keeps it off the
 * user's own LibreOffice settings and lets it run beside other instances.
 */
function libreOfficeCsv(xlsx: string, outDir: string, profile: string): string[][] {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,1', '--outdir', outDir, xlsx],
    { timeout: 170_000, stdio: 'pipe' },
  );
  // With a sheet chosen, LibreOffice names the output `<file>-<sheet>.csv`.
  return parseCsv(readFileSync(join(outDir, xlsx.split('/').pop()!.replace(/\.xlsx$/, '-Scorecard.csv')), 'utf8'));
}

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

    const profile = join(makeTempDir('lo-profile-'), 'profile');
    const before = libreOfficeCsv(input, dir, profile);
    const after = libreOfficeCsv(rated, dir, profile);

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
