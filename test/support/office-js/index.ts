/** Microsoft's Excel client library in Node, answering its RichApi requests from the strict fake. */
export { createOfficeJsExcel, type OfficeJsExcel, type OfficeJsExcelOptions, type WireRun, type WireSync } from './office-js-excel';
export { loadOfficeJs } from './load-office-js';
