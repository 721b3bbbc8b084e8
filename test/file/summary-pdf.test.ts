import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import { FLAG_CODES } from '../../src/engine';
import { libreOfficeConvert, pdfPageSizes } from '../support/libreoffice';
import { makeTempDir, removeTempDirs, unzipAll, zipEntries } from '../support/xlsx-fixtures';

/**
 * The page a committee reads: the rated sample's summary sheet printed by LibreOffice. Only the
 * summary is printed (the other sheets are hidden in a copy made for the test, as an analyst would
 * pick "print active sheet"). The PDF and a PNG of each page are kept in test-artifacts/ to look at.
 * Uses poppler-utils (pdftotext, pdftoppm, pdfinfo), which .ci/run installs.
 */
const SAMPLE = join(__dirname, '../../examples/scorecard-2018-19-q2.xlsx');
const ARTIFACTS = join(__dirname, '../../test-artifacts');
const NOW = new Date('2026-11-22T10:00:00Z');
const quiet = { stdout: () => undefined, stderr: () => undefined };

/** The package with every sheet but `keep` hidden and `keep` the active tab. */
function onlySheet(zip: Buffer, keep: string): Buffer {
  const parts = unzipAll(zip);
  let wb = parts.get('xl/workbook.xml')!.toString();
  let index = -1;
  let n = 0;
  wb = wb.replace(/<sheet\b[^>]*>/g, (tag) => {
    const i = n++;
    if (tag.includes(`name="${keep}"`)) {
      index = i;
      return tag;
    }
    return tag.replace(/ state="[^"]*"/, '').replace('<sheet ', '<sheet state="hidden" ');
  });
  wb = wb.replace(/activeTab="\d+"/, `activeTab="${index}"`);
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) out[name] = name === 'xl/workbook.xml' ? Buffer.from(wb) : data;
  return zipEntries(out);
}

const pdfText = (pdf: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf, '-'], { encoding: 'utf8' });

afterAll(removeTempDirs);

describe('the rated summary printed by LibreOffice', () => {
  let pdf: string;
  let pages: { width: number; height: number }[];

  beforeAll(async () => {
    const dir = makeTempDir('summary-pdf-');
    const input = join(dir, 'scorecard.xlsx');
    copyFileSync(SAMPLE, input);
    const rated = join(dir, 'scorecard.rated.xlsx');
    expect(await runCli(['rate', input, '--out', rated], quiet, NOW)).toBe(1); // written; P4.5's 3 is not yet accepted
    const summary = join(dir, 'rag-summary.xlsx');
    writeFileSync(summary, onlySheet(readFileSync(rated), 'RAG Summary'));
    libreOfficeConvert([summary], 'pdf', dir);
    pdf = join(ARTIFACTS, 'rag-summary.pdf');
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(join(dir, 'rag-summary.pdf'), pdf);
    for (const f of readdirSync(ARTIFACTS)) if (/^rag-summary-page-\d+\.png$/.test(f)) rmSync(join(ARTIFACTS, f));
    execFileSync('pdftoppm', ['-r', '110', '-png', pdf, join(ARTIFACTS, 'rag-summary-page')]);
    pages = pdfPageSizes(readFileSync(pdf));
  }, 180_000);

  test('every page is A4 landscape (842 x 595 points)', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(pages.length).toBe(Number(/Pages:\s+(\d+)/.exec(info)![1]));
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) expect(p).toEqual({ width: 842, height: 595 });
  });

  test('the table is one page wide: each page carries whole rows, from the ref to the lead', () => {
    for (let page = 1; page <= pages.length; page++) {
      const text = pdfText(pdf, page);
      // The title rows repeat on every page, and the footer numbers the pages.
      expect(text).toContain('RAG summary: Scorecard');
      expect(text).toMatch(new RegExp(`Page ${page} of ${pages.length}`));
    }
    const all = pdfText(pdf);
    // Red measure G2 (first column) and its lead (last column) print on the same line.
    expect(all).toMatch(/^\s*G2\b.*Kerry Birtles\s*$/m);
    // Its right-hand columns are on the same pages as its left-hand ones: the headers of both ends meet.
    expect(all).toMatch(/^\s*Ref\s+Measure\b.*\bLead\s*$/m);
    expect(all).toMatch(/Performance Measures\s+Red\s+Amber\s+Green\s+n\/a\s+Total/);
    // The header names the scorecard and the quarter.
    expect(all.split('\n').find((l) => l.trim())).toMatch(/Scorecard\s+Qu 2 18-19\s+RAG summary/);
  });

  test('holds no flag code', () => {
    const all = pdfText(pdf);
    expect(FLAG_CODES.filter((code) => all.includes(code))).toEqual([]);
    expect(all).not.toMatch(/could identify a child/);
  });
});
