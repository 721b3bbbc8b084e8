/**
 * The two document-level calls "Prepare for circulation" needs, behind an interface so the harness
 * and the tests give the fake's: the open document as Office's compressed (.xlsx) file, and a new
 * workbook opened from base64 (`Excel.createWorkbook`, ExcelApi 1.8).
 */
export interface OfficeDocument {
  /** `Office.context.document`: only its `getFileAsync` is used. */
  document: Pick<Office.Document, 'getFileAsync'>;
  createWorkbook(base64: string): Promise<void>;
}

/** Office.js as loaded from Microsoft's CDN; read lazily so importing this module needs no globals. */
export function officeDocument(): OfficeDocument {
  return {
    document: { getFileAsync: (...args: unknown[]) => (Office.context.document.getFileAsync as (...a: unknown[]) => void)(...args) } as Pick<Office.Document, 'getFileAsync'>,
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  };
}

/** Office documents 4 MB as the largest (and default) slice. */
const SLICE_SIZE = 4 * 1024 * 1024;

// Office's enum values, written out so this runs before (and without) the Office global: the harness, the tests.
const COMPRESSED = 'compressed' as unknown as Office.FileType.Compressed;
const failed = (r: Office.AsyncResult<unknown>) => (r.status as unknown) !== 'succeeded';
const reason = (r: Office.AsyncResult<unknown>) => r.error?.message || 'Office did not give the file';

/**
 * The document as Office gives it (compressed: the .xlsx bytes), read slice by slice and closed on
 * every path: Office keeps at most two such files open and refuses the next `getFileAsync` otherwise.
 */
export function readDocumentFile(doc: OfficeDocument['document'], sliceSize = SLICE_SIZE): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    doc.getFileAsync(COMPRESSED, { sliceSize }, (result) => {
      if (failed(result)) return reject(new Error(reason(result)));
      const file = result.value;
      const slices: Uint8Array[] = [];
      const finish = (error?: Error) =>
        file.closeAsync(() => {
          if (error) return reject(error);
          const bytes = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
          let at = 0;
          for (const s of slices) (bytes.set(s, at), (at += s.length));
          resolve(bytes);
        });
      // Slices one after another, in order (each callback asks for the next).
      const next = (index: number) => {
        if (index >= file.sliceCount) return finish();
        file.getSliceAsync(index, (slice) => {
          if (failed(slice)) return finish(new Error(reason(slice)));
          const data = slice.value.data as ArrayLike<number>;
          slices.push(data instanceof Uint8Array ? data : Uint8Array.from(data));
          next(index + 1);
        });
      };
      next(0);
    });
  });
}

/** Base64 of bytes, in chunks so a large workbook does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
