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
  libreOfficeConvert(files, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,1', outDir);
  // With a sheet chosen, LibreOffice names the output `<file>-<sheet>.csv`.
  return files.map((f) => parseCsv(readFileSync(join(outDir, f.split('/').pop()!.replace(/\.xls[xm]$/, '-Scorecard.csv')), 'utf8')));
}

/** Runs `soffice --convert-to <format>` on the files, with a private profile. */
export function libreOfficeConvert(files: string[], format: string, outDir: string): void {
  const profile = join(makeTempDir('lo-profile-'), 'profile');
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', format, '--outdir', outDir, ...files], {
    timeout: 170_000,
    stdio: 'pipe',
  });
}

/** The pages of a PDF as LibreOffice writes them (no object streams): each page object's MediaBox, in points. */
export function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
  const out: { width: number; height: number }[] = [];
  for (const obj of pdf.toString('latin1').split('endobj')) {
    if (!/\/Type\s*\/Page(?![s\w])/.test(obj)) continue;
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(obj);
    if (box) out.push({ width: Math.round(Number(box[3]) - Number(box[1])), height: Math.round(Number(box[4]) - Number(box[2])) });
  }
  return out;
}
