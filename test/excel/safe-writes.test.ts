import { excelAdapter } from '../support/adapter-session';
import { safeWritesOn } from '../support/safe-writes-cases';

/** Issue 9 through Microsoft's Excel client library in front of the strict fake (the cases are in test/support/safe-writes-cases.ts). */
safeWritesOn(excelAdapter);
