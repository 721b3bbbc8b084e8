/** The .xlsx file adapter: the only code that touches ExcelJS. */
export * from './in-memory';
export { openXlsx } from './open-xlsx';
export { saveXlsx } from './save-xlsx';
export { DEFAULT_LIMITS, type SniffLimits } from './sniff-bytes';
