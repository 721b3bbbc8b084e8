import { problem } from '../engine/messages';
import type { Problem } from '../engine/run/problem';
import { listZipEntries } from './zip-directory';

/**
 * Decides from the bytes alone whether a file can be an .xlsx, before any part is inflated, so
 * that a renamed .csv, an old .xls or a password-protected workbook each get their own plain
 * message instead of a parser error.
 */

export interface SniffLimits {
  /**
   * Largest total of XML inflated to read a workbook (sheets, shared strings, styles), counted as
   * it comes out of the decompressor whatever the parts are called or claim to be.
   */
  maxSheetXmlBytes: number;
}

/** About 5 million filled cells; the reader holds roughly 3-4x the XML in memory at its peak. */
export const DEFAULT_LIMITS: SniffLimits = { maxSheetXmlBytes: 200 * 1024 * 1024 };

const ZIP_MAGIC = [0x50, 0x4b];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, magic: number[]): boolean {
  return b.length >= magic.length && magic.every((m, i) => b[i] === m);
}

/** UTF-16LE, as names are stored in a compound file's directory. */
function utf16(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.charCodeAt(0), 0);
  return out;
}

const ENCRYPTED_PACKAGE = utf16('EncryptedPackage');

function contains(b: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  const last = b.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (b[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Mostly printable text in the first kilobyte: a CSV or text file given an .xlsx name. */
function looksLikeText(b: Uint8Array): boolean {
  const head = b.subarray(0, 1024);
  let printable = 0;
  for (const c of head) if (c === 9 || c === 10 || c === 13 || c >= 32) printable++;
  return head.length > 0 && printable / head.length > 0.95 && !head.includes(0);
}

function notXlsx(name: string, why: string): Problem {
  return problem('NOT_XLSX', `${name} (${why})`);
}

/** Null when the bytes look like a loadable .xlsx; otherwise the Problem to show. */
export function sniffXlsxBytes(b: Uint8Array, name: string): Problem | null {
  if (b.length === 0) return notXlsx(name, 'the file is empty');
  if (startsWith(b, CFB_MAGIC)) {
    // Excel wraps a password-protected .xlsx in an OLE compound file holding an EncryptedPackage stream.
    if (contains(b, ENCRYPTED_PACKAGE)) return problem('ENCRYPTED', name);
    return notXlsx(name, 'it is an old-format .xls workbook or another Office 97-2003 file');
  }
  if (!startsWith(b, ZIP_MAGIC)) {
    return notXlsx(name, looksLikeText(b) ? 'it holds plain text, perhaps CSV, not a workbook' : 'its content is not a workbook');
  }
  if (!listZipEntries(b)) return notXlsx(name, 'it looks damaged or incomplete');
  return null;
}

export function describeSize(bytes: number): string {
  return Number.isFinite(bytes) ? `${Math.round(bytes / (1024 * 1024))} MB` : 'more than 4 GB';
}
