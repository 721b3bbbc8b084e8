import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempDir } from './xlsx-fixtures';

/** Comma-separated, double-quoted fields (which may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
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
 * How LibreOffice Calc reads the sheet named `Scorecard` of each file: its CSV export, every cell
 * as displayed (token 9 "as shown"; token 12 picks sheet 1 even when another sheet is active).
 * A private profile keeps it off the user's own settings and lets it run beside other instances.
 */
export function libreOfficeCsv(files: string[], outDir: string): string[][][] {
  const profile = join(makeTempDir('lo-profile-'), 'profile');
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,1', '--outdir', outDir, ...files],
    { timeout: 170_000, stdio: 'pipe' },
  );
  // With a sheet chosen, LibreOffice names the output `<file>-<sheet>.csv`.
  return files.map((f) => parseCsv(readFileSync(join(outDir, f.split('/').pop()!.replace(/\.xls[xm]$/, '-Scorecard.csv')), 'utf8')));
}
