/** A strict in-memory stand-in for Excel's JavaScript API: tests and the browser harness only, never production bundles. */
export { createFakeExcel, type FakeExcel, type FakeExcelOptions, type RunRecord } from './create-fake-excel';
export { createFakeOffice, type FakeOffice, type FakeOfficeOptions, type FakeDialogRecord } from './fake-office';
export { FakeExcelError, type FakeErrorCode } from './fake-errors';
export { WEB_LIMITS, FakeRequestContext, type FakeLimits, type SyncRecord } from './fake-request-context';
export { FakeClientObject, FakeClientResult } from './fake-client-object';
export { parseNameReference } from './name-reference';
export { FakeWorkbook, FakeSheet, type FakeCell } from './fake-workbook';
export { enterString } from './text-entry';
