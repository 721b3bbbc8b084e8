import ExcelJS from 'exceljs';
import { problem } from '../engine/messages';
import { isEmptyGrid, readWorkbookGrid } from './read-workbook';
import { DEFAULT_LIMITS, sniffXlsxBytes, type SniffLimits } from './sniff-bytes';
import { toHandle, type OpenResult } from './xlsx-file';

export type OpenOptions = Partial<SniffLimits>;

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * Opens .xlsx bytes. No file system here: the browser harness loads workbooks through this with
 * ExcelJS's browser build. Bad input comes back as a Problem, never a throw.
 */
export async function openXlsxBuffer(data: ArrayBuffer | Uint8Array, displayName: string, options: OpenOptions = {}): Promise<OpenResult> {
  const bytes = toBytes(data);
  const refused = sniffXlsxBytes(bytes, displayName, { ...DEFAULT_LIMITS, ...options });
  if (refused) return { ok: false, problem: refused };
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Buffer; at run time (JSZip) any Uint8Array or ArrayBuffer will do.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { ok: false, problem: problem('NOT_XLSX', `${displayName} (it looks damaged: Excel's parts could not be read)`) };
  }
  let grid;
  try {
    grid = readWorkbookGrid(workbook);
  } catch {
    return { ok: false, problem: problem('NOT_XLSX', `${displayName} (it holds cells this tool cannot read)`) };
  }
  if (isEmptyGrid(grid)) return { ok: false, problem: problem('EMPTY_WORKBOOK', displayName) };
  return { ok: true, file: { displayName, grid, handle: toHandle(workbook) } };
}
