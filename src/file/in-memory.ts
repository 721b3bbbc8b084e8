/**
 * The file adapter without the file system, for the browser harness and the pane:
 * open .xlsx bytes, apply a plan, get .xlsx bytes back.
 */
export { openXlsxBuffer, type OpenOptions } from './open-xlsx-buffer';
export { applyPlan } from './apply-plan';
export { xlsxToBuffer, type BufferResult } from './xlsx-to-buffer';
export { rereadGrid } from './read-workbook';
export type { XlsxFile, XlsxHandle, OpenResult, FileResult } from './xlsx-file';
