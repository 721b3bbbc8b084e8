import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { runCli } from '../../src/cli';
import { HEADER } from '../support/one-measure';
import { handPackage, makeTempDir, removeTempDirs, unzipAll, writeBytesFixture, zerosDeflated, type HandPackage } from '../support/xlsx-fixtures';

afterAll(removeTempDirs);

const NOW = new Date('2026-11-22T10:00:00Z');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, NOW);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function inline(v: string | number | null, ref: string): string {
  if (v === null) return '';
  if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
}

/** Rows as sheetData XML (text as inline strings, written as given: escapes such as _xFFFE_ stay). */
function rowsXml(rows: (string | number | null)[][]): string {
  return rows.map((r, i) => `<row r="${i + 1}">${r.map((v, c) => inline(v, `${String.fromCharCode(65 + c)}${i + 1}`)).join('')}</row>`).join('');
}

/** A one-measure scorecard whose measure text is `measure` (as XML text), rated red so the summary copies it. */
function scorecard(measure: string, extra: Partial<HandPackage> = {}): HandPackage {
  return { sheets: [{ name: 'Scorecard', rows: rowsXml([HEADER, ['M1', measure, 'High is Good', null, null, 90, 70, 80, 50, null, null, 'note']]) }], ...extra };
}

/** One line, no stack trace, no exception names. */
function oneLine(message: string): void {
  expect(message.trim().split('\n')).toHaveLength(1);
  expect(message).not.toMatch(/\n\s+at |Error:|TypeError|RangeError|undefined/);
}

describe('hostile input ends in a one-line message and exit 2, or is handled safely', () => {
  test('a sheet stored under an unusual name that inflates to gigabytes is stopped at the size limit', async () => {
    const wb = unzipAll(handPackage(scorecard('x'))).get('xl/workbook.xml')!.toString();
    expect(wb).toContain('<sheets>');
    const bomb = handPackage({
      ...scorecard('x'),
      parts: {
        'xl/worksheets/data/Sheet 1.xml': { deflated: zerosDeflated(1), declaredSize: 1000 },
        'xl/workbook.xml': wb.replace('</sheets>', '<sheet name="Data" sheetId="9" r:id="rIdB"/></sheets>'),
      },
      workbookRels: '<Relationship Id="rIdB" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data/Sheet 1.xml"/>',
    });
    expect(bomb.length).toBeLessThan(3_000_000);
    const path = writeBytesFixture(bomb, 'bomb.xlsx');
    const r = await run(['validate', path]);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toContain('too large');
    expect(r.err).toContain('Sheet 1.xml');
  });

  test('a 6 GB part nobody reads (customXml) costs nothing: the copy carries it over untouched', async () => {
    const bomb = { deflated: zerosDeflated(6), declaredSize: 4000 };
    const input = handPackage(scorecard('Children in care', { parts: { 'customXml/item1.xml': bomb } }));
    expect(input.length).toBeLessThan(8_000_000);
    const dir = makeTempDir();
    const path = writeBytesFixture(input, 'custom.xlsx');
    const out = join(dir, 'rated.xlsx');
    const r = await run(['rate', path, '--out', out]);
    expect(r.code).toBe(0);
    const rated = readFileSync(out);
    // The bomb's compressed bytes are in the copy as they were (never inflated).
    expect(rated.includes(Buffer.from(bomb.deflated.subarray(0, 4096)))).toBe(true);
  });

  test('/dev/zero and a FIFO are refused at once', async () => {
    const fifo = join(makeTempDir(), 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    for (const path of ['/dev/zero', fifo]) {
      const r = await run(['validate', path]);
      expect(r.code).toBe(2);
      oneLine(r.err);
      expect(r.err).toContain('not a regular file');
    }
    const rules = await run(['validate', '--rules', '/dev/zero', writeBytesFixture(handPackage(scorecard('x')), 'ok.xlsx')]);
    expect(rules.code).toBe(2);
    oneLine(rules.err);
  });

  test('_xFFFE_ and control characters in cell text: the rated copy is well-formed XML and the terminal gets no escapes', async () => {
    const dir = makeTempDir();
    const path = writeBytesFixture(handPackage(scorecard('Bad _xFFFE_ text _x001B_[2J here')), 'nasty.xlsx');
    const out = join(dir, 'rated.xlsx');
    const text = await run(['rate', path, '--out', out]);
    expect(text.code).toBeLessThan(2);
    for (const [name, data] of unzipAll(readFileSync(out))) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const parser = new SaxesParser();
      parser.on('error', (e) => {
        throw new Error(`${name}: ${e.message}`);
      });
      parser.write(data.toString()).close();
    }
    expect(text.out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    const json = await run(['validate', path, '--json']);
    expect(json.out).toContain('\\u001b[2J'); // the JSON keeps the text exactly (escaped by JSON itself)
  });

  test('a damaged part names the part; the real CLI prints one line, exit 2, no stack trace', () => {
    const good = handPackage(scorecard('x'));
    const parts = unzipAll(good);
    const damaged = Buffer.from(good);
    // Corrupt the sheet's compressed bytes in place.
    const at = damaged.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 'xl/worksheets/sheet1.xml'.length;
    damaged.fill(0xff, at, at + 40);
    expect(parts.size).toBeGreaterThan(3);
    const path = writeBytesFixture(damaged, 'damaged.xlsx');
    const r = spawnSync(process.execPath, [join(__dirname, '../../bin/scorecard.cjs'), 'validate', path], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('damaged.xlsx');
  });
});
