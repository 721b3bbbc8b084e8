/** The .xlsx / .xlsm file adapter: the only code that reads or writes the package format. */
export * from './in-memory';
export { openXlsx } from './open-xlsx';
export { saveXlsx } from './save-xlsx';
export { DEFAULT_LIMITS, type SniffLimits } from './sniff-bytes';
export { NODE_COMPRESSOR } from './node-compressor';
