import { FakeExcelError } from './fake-errors';
import type { FakeWorkbook } from './fake-workbook';
import { FakeNamedItemCollection } from './fake-names';
import { FakeWorksheetCollection } from './fake-worksheet';

export interface FakeLimits {
  /** Excel on the web rejects requests above 5 MB. */
  requestBytes: number;
  /** And responses above 5 MB. */
  responseBytes: number;
  /** Cells one range read may cover. */
  cellsPerRead: number;
}

export const WEB_LIMITS: FakeLimits = { requestBytes: 5 * 1024 * 1024, responseBytes: 5 * 1024 * 1024, cellsPerRead: 5_000_000 };

/** What one `context.sync()` did, for tests and the bench. */
export interface SyncRecord {
  operations: number;
  requestBytes: number;
  responseBytes: number;
  /** Whether any queued operation changed the workbook. */
  wrote: boolean;
  screenUpdatingSuspended: boolean;
}

interface QueuedOperation {
  json: unknown;
  /** Applies the operation; returns the bytes it adds to the response. */
  apply: () => number;
  kind: 'write' | 'read' | 'path';
}

/** Counters shared by every context of one fake workbook. */
export interface FakeLedger {
  syncs: SyncRecord[];
  limits: FakeLimits;
}

export class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {}
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue({ ActionType: 'Method', Name: 'SuspendScreenUpdatingUntilNextSync' }, () => {
      this.context.screenSuspended = true;
      return 0;
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({ ActionType: 'Method', Name: 'SuspendApiCalculationUntilNextSync' }, () => 0);
  }
}

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.application = context.application;
  }
}

/**
 * Stands in for Excel.RequestContext: every proxy call is queued with a JSON description (so the
 * request size can be measured the way Office.js serialises a batch) and runs only at sync().
 */
export class FakeRequestContext {
  readonly application: FakeApplication;
  readonly workbook: FakeWorkbookProxy;
  screenSuspended = false;
  /** Inside `Excel.run({ mergeUndoGroup: true })`: calls Excel cannot undo throw UndoNotSupported. */
  undoGroup = false;
  /** Further APIs (`Range.values`, `Range.setCellProperties`…) to treat as not undoable, for tests of the fallback. */
  notUndoable: Set<string> = new Set();
  private queue: QueuedOperation[] = [];
  private pathIds = 1;

  constructor(
    readonly state: FakeWorkbook,
    private readonly ledger: FakeLedger,
  ) {
    this.application = new FakeApplication(this);
    this.workbook = new FakeWorkbookProxy(this);
  }

  /**
   * "Excel add-ins undo capabilities" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities):
   * an API without undo support throws UndoNotSupported inside a mergeUndoGroup run, and outside one
   * clears the user's undo history (recorded in `undoHistoryClearedBy`).
   */
  callWithoutUndo(api: string): void {
    if (this.undoGroup) throw new FakeExcelError('UndoNotSupported', `${api} does not support undo, so it cannot run inside an undo group (mergeUndoGroup).`);
    // Same page: "If you call an unsupported API in your add-in, the user's undo stack is cleared starting from that API call."
    this.state.undoHistoryClearedBy.push(api);
  }

  get limits(): FakeLimits {
    return this.ledger.limits;
  }

  nextPathId(): number {
    return this.pathIds++;
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(json: unknown, apply: () => number, kind: QueuedOperation['kind'] = 'read'): void {
    this.queue.push({ json, apply, kind });
  }

  async sync(): Promise<void> {
    this.syncNow();
  }

  /** Applies the queue now (what Excel does with one request); throws the first error. */
  syncNow(): void {
    const batch = this.queue;
    this.queue = [];
    const requestBytes = batch.reduce((n, op) => n + JSON.stringify(op.json).length + 1, 0) + 40;
    const record: SyncRecord = { operations: batch.length, requestBytes, responseBytes: 0, wrote: false, screenUpdatingSuspended: false };
    this.ledger.syncs.push(record);
    this.screenSuspended = false;
    if (requestBytes > this.limits.requestBytes) {
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    // Like Excel, operations before a failing one stay applied: there is no rollback.
    for (const op of batch) {
      record.responseBytes += op.apply();
      if (op.kind === 'write') record.wrote = true;
    }
    record.screenUpdatingSuspended = this.screenSuspended;
    this.screenSuspended = false;
    if (record.responseBytes > this.limits.responseBytes) {
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`);
    }
  }
}
