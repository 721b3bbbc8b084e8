/**
 * Builds small .xlsx files for tests from array-literal grids, so a test reads like the sheet it
 * describes. Used across the project (file adapter, commands, CLI). Everything lands in a fresh
 * temp folder; call `removeTempDirs()` in `afterAll` to tidy up.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants as zlibConstants, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { crc32 } from '../../src/file/zip-write';

/** Anything ExcelJS accepts as a cell value: numbers, text, booleans, Dates, `{ formula, result }`, `{ error }`, rich text, hyperlinks. */
export type FixtureCell = ExcelJS.CellValue;

export interface FixtureSheet {
  name: string;
  /** Row-major from A1; `null` or `undefined` leaves the cell empty. */
  rows: FixtureCell[][];
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Number formats by A1 address, e.g. `{ C2: '0.0%' }`. */
  numFmts?: Record<string, string>;
  /** Solid fills by A1 address as `#RRGGBB`. */
  fills?: Record<string, string>;
  /** Font colours by A1 address as `#RRGGBB`. */
  fontColors?: Record<string, string>;
  /** Bold cells by A1 address. */
  bold?: string[];
  /** Ranges such as `A1:C1`. */
  merges?: string[];
  /** One-based row numbers, as Excel shows them. */
  hiddenRows?: number[];
  /** Column letters, e.g. `['C']`. */
  hiddenColumns?: string[];
  /** Column widths in characters from column A. */
  columnWidths?: number[];
  /** Protect the sheet (no password). */
  protect?: boolean;
}

const tempDirs: string[] = [];

/** A fresh temp folder, removed by `removeTempDirs()`. */
export function makeTempDir(prefix = 'scorecard-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function addSheet(workbook: ExcelJS.Workbook, spec: FixtureSheet): void {
  const ws = workbook.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
  spec.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
    });
  });
  for (const [address, fmt] of Object.entries(spec.numFmts ?? {})) ws.getCell(address).numFmt = fmt;
  for (const [address, hex] of Object.entries(spec.fills ?? {})) {
    ws.getCell(address).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
  }
  for (const [address, hex] of Object.entries(spec.fontColors ?? {})) {
    ws.getCell(address).font = { ...ws.getCell(address).font, color: { argb: argb(hex) } };
  }
  for (const address of spec.bold ?? []) ws.getCell(address).font = { ...ws.getCell(address).font, bold: true };
  for (const range of spec.merges ?? []) ws.mergeCells(range);
  for (const n of spec.hiddenRows ?? []) ws.getRow(n).hidden = true;
  for (const letters of spec.hiddenColumns ?? []) ws.getColumn(letters).hidden = true;
  (spec.columnWidths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // ExcelJS's protect() is async only in name; with no password it sets the flag straight away.
  if (spec.protect) void ws.protect('', {});
}

/** A workbook in memory, with fixed dates so files built twice are identical. */
export function buildWorkbook(sheets: FixtureSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'scorecard tests';
  workbook.created = workbook.modified = new Date(Date.UTC(2018, 9, 1));
  for (const s of sheets) addSheet(workbook, s);
  return workbook;
}

export async function xlsxBuffer(sheets: FixtureSheet[]): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(sheets).xlsx.writeBuffer());
}

/** Writes `fileName` (default `book.xlsx`) in a fresh temp folder and returns its path. */
export async function writeXlsxFixture(sheets: FixtureSheet[], fileName = 'book.xlsx'): Promise<string> {
  const path = join(makeTempDir(), fileName);
  writeFileSync(path, await xlsxBuffer(sheets));
  return path;
}

/** Shorthand for one sheet named `Sheet1`. */
export function writeGridFixture(rows: FixtureCell[][], extra: Omit<FixtureSheet, 'name' | 'rows'> = {}, fileName?: string): Promise<string> {
  return writeXlsxFixture([{ name: 'Sheet1', rows, ...extra }], fileName);
}

/** Writes arbitrary bytes (a renamed .csv, random data, a fake OLE file) under `fileName` in a fresh temp folder. */
export function writeBytesFixture(data: string | Uint8Array, fileName = 'book.xlsx'): string {
  const path = join(makeTempDir(), fileName);
  writeFileSync(path, data);
  return path;
}

/** Loads a file back with ExcelJS, for assertions on what was really written. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

// ---------------------------------------------------------------------------------------------
// Hand-made packages: for files ExcelJS would never write (a million formatted empty rows).


/** An entry already deflated, with the uncompressed size its headers declare (which a hostile file may lie about). */
export interface Predeflated {
  deflated: Uint8Array;
  declaredSize: number;
}

/**
 * Raw deflate data that inflates to `gigabytes` GB of zeros while staying small (about 1 MB per GB):
 * one sync-flushed block of 64 MB of zeros repeated, then a final empty block. A zip bomb.
 */
export function zerosDeflated(gigabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { finishFlush: zlibConstants.Z_SYNC_FLUSH, level: 9 });
  const copies = Math.round(gigabytes * 16);
  return Buffer.concat([...Array.from({ length: copies }, () => block), Buffer.from([0x03, 0x00])]);
}

/** A deflated zip of the given entries (no zip64, so keep each entry under 4 GB). */
export function zipEntries(entries: Record<string, string | Uint8Array | Predeflated>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const pre = typeof content === 'object' && 'deflated' in content ? content : undefined;
    const raw = pre ? Buffer.alloc(0) : typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content as Uint8Array);
    const packed = pre ? Buffer.from(pre.deflated) : deflateRawSync(raw);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = pre ? 0 : crc32(raw);
    const size = pre ? pre.declaredSize : raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** The text of one part of a zip (e.g. `xl/workbook.xml`), for asserting on XML that ExcelJS does not read back. */
export function readZipText(zip: Uint8Array, name: string): string {
  const data = unzipAll(zip).get(name);
  if (!data) throw new Error(`${name} is not in the zip`);
  return data.toString('utf8');
}

/**
 * A minimal valid .xlsx with one sheet whose `<sheetData>` body is given as XML, plus one extra
 * cell style (index 1: bold) for `s="1"`. Lets a test describe pathological sheets directly.
 */
export function rawXlsx(sheetDataXml: string, sheetName = 'Sheet1'): Buffer {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipEntries({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/>` +
      '</Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/>` +
      '</Relationships>',
    'xl/styles.xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<styleSheet xmlns="${ns}">` +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
      '</styleSheet>',
    'xl/worksheets/sheet1.xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<worksheet xmlns="${ns}" xmlns:r="${rel}"><sheetData>${sheetDataXml}</sheetData></worksheet>`,
  });
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A compound-file header followed by a directory entry name, as Excel writes them (UTF-16LE): `EncryptedPackage` makes a password-protected workbook. */
export function compoundFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(CFB_MAGIC, 0);
  bytes.set(Buffer.from(streamName, 'utf16le'), 1024);
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Packages written by hand in the shapes other producers use (prefixed namespaces, absolute
// targets, no styles, extra parts), for the patching adapter's reader and writer.

export interface HandSheet {
  name: string;
  /** The body of `<sheetData>` (rows), without the prefix: `p` is applied by the builder only to the wrapper. */
  rows: string;
  state?: 'hidden' | 'veryHidden';
  /** XML after `</sheetData>` (merges, protection, page setup, breaks...). */
  after?: string;
  /** XML before `<sheetData>` (sheetViews, cols...). */
  before?: string;
}

export interface HandPackage {
  sheets: HandSheet[];
  /** `x` writes SpreadsheetML with an `x:` prefix (as some producers do). */
  prefix?: string;
  /** Write relationship targets as absolute part names (`/xl/worksheets/sheet1.xml`). */
  absoluteTargets?: boolean;
  /** Inner XML of `<definedNames>`. */
  definedNames?: string;
  /** The `<bookViews>` element. */
  bookViews?: string;
  /** The whole styles part; null leaves it out. Default: one font, two fills, cellXfs 0 plain, 1 bold. */
  styles?: string | null;
  sharedStrings?: string[];
  /** More parts, and their content-type overrides and workbook relationships. */
  parts?: Record<string, string | Uint8Array | Predeflated>;
  overrides?: Record<string, string>;
  workbookRels?: string;
  /** The workbook's main content type (an .xlsm's is macro-enabled). */
  mainType?: string;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const XLSX_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
export const XLSM_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

export const DEFAULT_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '</styleSheet>';

/** The parts of a hand-written package, by name (zip them with zipEntries). */
export function handPackageParts(spec: HandPackage): Record<string, string | Uint8Array | Predeflated> {
  const p = spec.prefix ? `${spec.prefix}:` : '';
  const ns = spec.prefix ? `xmlns:${spec.prefix}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
  const target = (t: string) => (spec.absoluteTargets ? `/xl/${t}` : t);
  const parts: Record<string, string | Uint8Array | Predeflated> = {};
  const overrides: Record<string, string> = { '/xl/workbook.xml': spec.mainType ?? XLSX_MAIN, ...spec.overrides };
  let rels = '';
  spec.sheets.forEach((s, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    parts[name] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} xmlns:r="${REL_NS}">${s.before ?? ''}<${p}sheetData>${s.rows}</${p}sheetData>${s.after ?? ''}</${p}worksheet>`;
    overrides[`/${name}`] = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
    rels += `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`;
  });
  if (spec.styles !== null) {
    parts['xl/styles.xml'] = spec.styles ?? DEFAULT_STYLES;
    overrides['/xl/styles.xml'] = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
    rels += `<Relationship Id="rIdS" Type="${REL_NS}/styles" Target="${target('styles.xml')}"/>`;
  }
  if (spec.sharedStrings) {
    parts['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN_NS}" count="${spec.sharedStrings.length}">${spec.sharedStrings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
    overrides['/xl/sharedStrings.xml'] = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
    rels += `<Relationship Id="rIdT" Type="${REL_NS}/sharedStrings" Target="${target('sharedStrings.xml')}"/>`;
  }
  const sheets = spec.sheets.map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  parts['[Content_Types].xml'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    Object.entries(overrides).map(([n, t]) => `<Override PartName="${n}" ContentType="${t}"/>`).join('') +
    '</Types>';
  parts['_rels/.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="${spec.absoluteTargets ? '/xl/workbook.xml' : 'xl/workbook.xml'}"/></Relationships>`;
  parts['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${ns} xmlns:r="${REL_NS}">${spec.bookViews ?? ''}<${p}sheets>${sheets}</${p}sheets>` +
    `${spec.definedNames ? `<${p}definedNames>${spec.definedNames}</${p}definedNames>` : ''}<${p}calcPr calcId="191029"/></${p}workbook>`;
  parts['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${spec.workbookRels ?? ''}</Relationships>`;
  return { ...parts, ...spec.parts };
}

export function handPackage(spec: HandPackage): Buffer {
  return zipEntries(handPackageParts(spec));
}

/** Every entry of a zip, uncompressed, by name. */
export function unzipAll(zip: Uint8Array): Map<string, Buffer> {
  const b = Buffer.from(zip);
  const out = new Map<string, Buffer>();
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = b.readUInt32LE(end + 16);
  for (let i = 0; i < b.readUInt16LE(end + 10); i++) {
    const nameLength = b.readUInt16LE(at + 28);
    const entryName = b.toString('utf8', at + 46, at + 46 + nameLength);
    const local = b.readUInt32LE(at + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + b.readUInt32LE(at + 20));
    if (!entryName.endsWith('/')) out.set(entryName, b.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return out;
}
