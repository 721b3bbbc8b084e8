import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openXlsx, openXlsxBuffer } from '../../src/file';
import type { ProblemCode } from '../../src/engine/run/problem';
import { compoundFile, makeTempDir, rawXlsx, removeTempDirs, writeBytesFixture, writeXlsxFixture, xlsxBuffer, zipEntries } from '../support/xlsx-fixtures';

afterAll(removeTempDirs);

/** Opens the path and returns the problem, failing the test if it opened. */
async function problemOf(path: string) {
  const result = await openXlsx(path);
  if (result.ok) throw new Error(`${path} should not open`);
  return result.problem;
}

/** A user-facing message: names the file, says what to do, carries no stack trace or exception name. */
function expectReadable(message: string, mentions: string) {
  expect(message).toContain(mentions);
  expect(message).not.toMatch(/\n\s+at |Error:|TypeError|undefined|\[object/);
}

describe('files that are not usable workbooks come back as a Problem, never a throw', () => {
  const cases: [string, () => string, ProblemCode, string][] = [
    ['a CSV renamed .xlsx', () => writeBytesFixture('Ref,Qu 1\nP1,95%\n', 'scores.xlsx'), 'NOT_XLSX', 'plain text'],
    ['random bytes renamed .xlsx', () => writeBytesFixture(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256), 'noise.xlsx'), 'NOT_XLSX', 'not a workbook'],
    ['an empty file', () => writeBytesFixture(new Uint8Array(0), 'empty.xlsx'), 'NOT_XLSX', 'empty'],
    ['a password-protected workbook', () => writeBytesFixture(compoundFile('EncryptedPackage'), 'locked.xlsx'), 'ENCRYPTED', 'remove the password'],
    ['an old .xls workbook', () => writeBytesFixture(compoundFile('Workbook'), 'old.xlsx'), 'NOT_XLSX', '.xls'],
    ['a zip that is not a workbook (a .docx)', () => writeBytesFixture(zipEntries({ 'word/document.xml': '<w:document/>' }), 'letter.xlsx'), 'NOT_XLSX', 'zip archive but not a workbook'],
    ['a truncated download', () => writeBytesFixture(rawXlsx('<row r="1"><c r="A1"><v>1</v></c></row>').subarray(0, 400), 'partial.xlsx'), 'NOT_XLSX', 'damaged or incomplete'],
    ['a file that does not exist', () => join(makeTempDir(), 'missing.xlsx'), 'FILE_NOT_FOUND', 'Check the path'],
    ['a folder', () => { const d = join(makeTempDir(), 'folder.xlsx'); mkdirSync(d); return d; }, 'NOT_XLSX', 'folder'],
  ];

  test.each(cases)('%s', async (_label, makePath, code, hint) => {
    const path = makePath();
    const p = await problemOf(path);
    expect(p.code).toBe(code);
    expectReadable(p.message, path);
    expect(p.message).toContain(hint);
  });

  test('a workbook with damaged parts inside a valid zip', async () => {
    const bytes = zipEntries({ '[Content_Types].xml': '<Types', 'xl/workbook.xml': '<<<not xml', 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row' });
    const p = await problemOf(writeBytesFixture(bytes, 'garbled.xlsx'));
    expect(p.code).toBe('NOT_XLSX');
    expectReadable(p.message, 'garbled.xlsx');
  });

  test('an empty workbook: sheets with no cells, or only formatting', async () => {
    const path = await writeXlsxFixture([
      { name: 'Sheet1', rows: [] },
      { name: 'Sheet2', rows: [], fills: { B4: '#FFFF00' }, numFmts: { C9: '0%' } },
    ]);
    const p = await problemOf(path);
    expect(p.code).toBe('EMPTY_WORKBOOK');
    expectReadable(p.message, path);
  });

  test('a workbook whose sheets hold more data than fits in memory is refused before loading', async () => {
    const bytes = await xlsxBuffer([{ name: 'Sheet1', rows: Array.from({ length: 200 }, (_, r) => [`P${r}`, r, r * 2]) }]);
    const result = await openXlsxBuffer(bytes, 'huge.xlsx', { maxSheetXmlBytes: 1000 });
    if (result.ok) throw new Error('should be refused');
    expect(result.problem.code).toBe('TOO_LARGE');
    expectReadable(result.problem.message, 'huge.xlsx');
  });

  test('a value in column XFD on every row (a grid too wide to hold) is refused, not run out of memory', async () => {
    const rows = Array.from({ length: 1000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>1</v></c><c r="XFD${r + 1}"><v>2</v></c></row>`).join('');
    const result = await openXlsxBuffer(rawXlsx(rows), 'wide.xlsx');
    if (result.ok) throw new Error('should be refused');
    expect(result.problem.code).toBe('TOO_LARGE');
    expectReadable(result.problem.message, 'wide.xlsx');
    expect(result.problem.message).toContain('Sheet1');
  });

  test('bytes handed over by a browser (ArrayBuffer) get the same checks', async () => {
    const csv = new TextEncoder().encode('a,b\n1,2\n');
    const result = await openXlsxBuffer(csv.buffer, 'upload.xlsx');
    expect(result).toMatchObject({ ok: false, problem: { code: 'NOT_XLSX' } });
  });
});
