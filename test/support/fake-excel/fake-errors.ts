/**
 * Errors shaped like OfficeExtension.Error (a `code` plus a message), so adapter code that
 * inspects `error.code` behaves the same against the fake as against Excel.
 */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'AccessDenied'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'UndoNotSupported'
  | 'GeneralException';

export class FakeExcelError extends Error {
  readonly code: FakeErrorCode;
  constructor(code: FakeErrorCode, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
  }
}

export function notLoaded(objectName: string, property: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${property}' of ${objectName} is not available. Before reading it, call load() on the object and then context.sync().`,
  );
}
