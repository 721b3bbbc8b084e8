import type { CellValue } from '../../../src/engine/grid';
import { applyCellProperties, cellProperties, checkOptions, everyIndex, LAST_COLUMN, lineFormat, lineStats, type LineStats } from './cell-properties';
import { FakeClientObject, FakeClientResult, jsonSize } from './fake-client-object';
import { FakeExcelError } from './fake-errors';
import { FakeRangeAreas } from './fake-range-areas';
import { FakeRangeFormat } from './fake-range-format';
import type { FakeRequestContext } from './fake-request-context';
import { MAX_ROWS, type FakeCell, type FakeSheet, type Rect } from './fake-workbook';
import type { FakeWorksheet } from './fake-worksheet';
import { formatRangeAddress } from './range-address';
import { enterString } from './text-entry';

type Grid2D<T> = T[][];

export class FakeRange extends FakeClientObject {
  readonly format: FakeRangeFormat;
  private rectBound: Rect | null | undefined;

  constructor(
    context: FakeRequestContext,
    readonly worksheet: FakeWorksheet,
    name: string,
    resolve: () => Rect | null,
    private readonly orNull = false,
  ) {
    super(context, 'Range');
    this.format = new FakeRangeFormat(context, this);
    context.enqueue({ Id: this.pathId, ObjectPathType: 'Method', Name: name, ParentObjectPathId: worksheet.pathId }, () => {
      this.rectBound = resolve();
      if (this.orNull) this.remember('isNullObject', this.rectBound === null);
      return 0;
    }, 'path');
  }

  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }

  protected override isNull(): boolean {
    return this.rectBound === null;
  }

  rect(): Rect {
    if (this.rectBound === undefined) throw new FakeExcelError('GeneralException', 'fake-excel: range proxy used before it was resolved.');
    if (this.rectBound === null) throw new FakeExcelError('InvalidOperation', 'The object is a null object (isNullObject is true); it cannot be used.');
    return this.rectBound;
  }

  sheet(): FakeSheet {
    return this.worksheet.target();
  }

  private cells(): number {
    const r = this.rect();
    return (r.bottom - r.top + 1) * (r.right - r.left + 1);
  }

  /** Excel refuses to read more than 5 million cells in one go. */
  private checkReadable(): void {
    if (this.cells() > this.context.limits.cellsPerRead) {
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The range has ${this.cells()} cells; a read is limited to ${this.context.limits.cellsPerRead}.`);
    }
  }

  private map<T>(fn: (cell: FakeCell | undefined, row: number, column: number) => T): Grid2D<T> {
    const r = this.rect();
    const s = this.sheet();
    const out: Grid2D<T> = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let column = r.left; column <= r.right; column++) line.push(fn(s.cell(row, column), row, column));
      out.push(line);
    }
    return out;
  }

  protected scalarProperties(): string[] {
    return ['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount', 'values', 'numberFormat', 'formulas', 'text', 'rowHidden', 'columnHidden'];
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === 'format' ? this.format : undefined;
  }

  protected readProperty(name: string): unknown {
    const r = this.rect();
    const s = this.sheet();
    switch (name) {
      case 'address':
        return formatRangeAddress(s.name, r);
      case 'rowCount':
        return r.bottom - r.top + 1;
      case 'columnCount':
        return r.right - r.left + 1;
      case 'rowIndex':
        return r.top;
      case 'columnIndex':
        return r.left;
      case 'cellCount':
        return this.cells();
      case 'values':
        this.checkReadable();
        return this.map((c) => (c ? (c.value ?? '') : ''));
      case 'text':
        this.checkReadable();
        return this.map((c) => (c && c.value !== null ? String(c.value) : ''));
      case 'numberFormat':
        this.checkReadable();
        return this.map((c) => c?.numberFormat ?? 'General');
      case 'formulas':
        this.checkReadable();
        return this.map((c) => (c?.formula ? c.formula : c ? (c.value ?? '') : ''));
      case 'rowHidden':
        return everyIndex(r.top, r.bottom, (i) => s.hiddenRows.has(i));
      case 'columnHidden':
        return everyIndex(r.left, r.right, (i) => s.hiddenColumns.has(i));
      default:
        return undefined;
    }
  }

  get address(): string {
    return this.loaded('address');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get cellCount(): number {
    return this.loaded('cellCount');
  }
  get text(): string[][] {
    return this.loaded('text');
  }
  get rowHidden(): boolean {
    return this.loaded('rowHidden');
  }
  get columnHidden(): boolean {
    return this.loaded('columnHidden');
  }

  get values(): CellValue[][] {
    return this.loaded('values');
  }
  set values(input: unknown) {
    this.write('values', input, (cell, v) => {
      if (v === '') {
        cell.value = null;
        delete cell.formula;
      } else if (typeof v === 'string') {
        const entered = enterString(v, cell.numberFormat);
        if (entered.kind === 'formula') {
          cell.formula = entered.formula;
          // The fake does not calculate; a formula's value reads as an error so nobody mistakes it for text.
          cell.value = '#NAME?';
        } else {
          delete cell.formula;
          cell.value = entered.value;
          if (entered.numberFormat) cell.numberFormat = entered.numberFormat;
        }
      } else if (typeof v === 'number' || typeof v === 'boolean') {
        delete cell.formula;
        cell.value = v;
      } else {
        throw new FakeExcelError('InvalidArgument', `fake-excel: cannot write ${typeof v} to a cell.`);
      }
    });
  }

  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(input: unknown) {
    this.write('numberFormat', input, (cell, v) => {
      if (typeof v !== 'string') throw new FakeExcelError('InvalidArgument', 'A number format must be a string.');
      if (v === '' || v === 'General') delete cell.numberFormat;
      else cell.numberFormat = v;
    });
  }

  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  set formulas(input: unknown) {
    this.write('formulas', input, (cell, v) => {
      if (typeof v === 'string' && v.startsWith('=')) {
        cell.formula = v;
        cell.value = '#NAME?';
      } else {
        delete cell.formula;
        cell.value = v === '' ? null : (v as CellValue);
      }
    });
  }

  /**
   * Applies a 2-D (or single, broadcast) input cell by cell at sync; `null` entries leave a cell alone,
   * as in Office.js. A wrongly shaped array is an error, as in Excel.
   */
  private write(name: string, input: unknown, setCell: (cell: FakeCell, value: unknown) => void): void {
    if (input === null || input === undefined) throw new FakeExcelError('InvalidArgument', `${name} cannot be set to null.`);
    this.action(name, [input], () => {
      const r = this.rect();
      const s = this.sheet();
      this.checkWritable(s);
      const rows = r.bottom - r.top + 1;
      const columns = r.right - r.left + 1;
      const broadcast = !Array.isArray(input);
      if (!broadcast) {
        const arr = input as unknown[][];
        if (arr.length !== rows || arr.some((line) => !Array.isArray(line) || line.length !== columns)) {
          throw new FakeExcelError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${columns}).`);
        }
      }
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < columns; j++) {
          const v = broadcast ? input : (input as unknown[][])[i][j];
          if (v === null) continue;
          setCell(s.cellForWrite(r.top + i, r.left + j), v);
          s.compact(r.top + i, r.left + j);
        }
      }
    });
  }

  checkWritable(s: FakeSheet): void {
    if (s.protected) throw new FakeExcelError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${s.name}).`);
  }

  /** Applies `fn` to every cell of the range at sync (format writes). */
  forEachCell(name: string, args: unknown[], fn: (cell: FakeCell) => void): void {
    this.action(name, args, () => {
      const r = this.rect();
      const s = this.sheet();
      this.checkWritable(s);
      for (let row = r.top; row <= r.bottom; row++) {
        for (let column = r.left; column <= r.right; column++) {
          fn(s.cellForWrite(row, column));
          s.compact(row, column);
        }
      }
    });
  }

  setCellProperties(data: Excel.SettableCellProperties[][]): void {
    this.action('SetCellProperties', [data], () => {
      const r = this.rect();
      const s = this.sheet();
      this.checkWritable(s);
      const rows = r.bottom - r.top + 1;
      const columns = r.right - r.left + 1;
      if (!Array.isArray(data) || data.length !== rows || data.some((line) => line.length !== columns)) {
        throw new FakeExcelError('InvalidArgument', `setCellProperties needs a ${rows}x${columns} array.`);
      }
      data.forEach((line, i) =>
        line.forEach((props, j) => {
          applyCellProperties(s.cellForWrite(r.top + i, r.left + j), props);
          s.compact(r.top + i, r.left + j);
        }),
      );
    });
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    this.context.enqueue({ ActionType: 'Method', Name: 'GetCellProperties', ObjectPathId: this.pathId, ArgumentInfo: { Arguments: [options] } }, () => {
      this.checkReadable();
      const s = this.sheet();
      const props = this.map((c, row, column) => cellProperties(c, options, s.name, row, column));
      result.fill(props);
      return jsonSize(props);
    });
    return result;
  }

  getRowProperties(options: Excel.RowPropertiesLoadOptions): FakeClientResult<Excel.RowProperties[]> {
    const result = new FakeClientResult<Excel.RowProperties[]>();
    this.context.enqueue({ ActionType: 'Method', Name: 'GetRowProperties', ObjectPathId: this.pathId, ArgumentInfo: { Arguments: [options] } }, () => {
      const r = this.rect();
      const s = this.sheet();
      checkOptions(options, ['rowHidden', 'rowIndex', 'address', 'format']);
      let stats: Map<number, LineStats> | undefined;
      const out: Excel.RowProperties[] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const p: Excel.RowProperties = {};
        if (options.rowHidden) p.rowHidden = s.hiddenRows.has(row);
        if (options.rowIndex) p.rowIndex = row;
        if (options.address) p.address = formatRangeAddress(s.name, { top: row, bottom: row, left: r.left, right: r.right });
        if (options.format) p.format = lineFormat(options.format, (stats ??= lineStats(s, 'row')).get(row), LAST_COLUMN + 1);
        out.push(p);
      }
      result.fill(out);
      return jsonSize(out);
    });
    return result;
  }

  getColumnProperties(options: Excel.ColumnPropertiesLoadOptions): FakeClientResult<Excel.ColumnProperties[]> {
    const result = new FakeClientResult<Excel.ColumnProperties[]>();
    this.context.enqueue({ ActionType: 'Method', Name: 'GetColumnProperties', ObjectPathId: this.pathId, ArgumentInfo: { Arguments: [options] } }, () => {
      const r = this.rect();
      const s = this.sheet();
      checkOptions(options, ['columnHidden', 'columnIndex', 'address', 'format']);
      let stats: Map<number, LineStats> | undefined;
      const out: Excel.ColumnProperties[] = [];
      for (let column = r.left; column <= r.right; column++) {
        const p: Excel.ColumnProperties = {};
        if (options.columnHidden) p.columnHidden = s.hiddenColumns.has(column);
        if (options.columnIndex) p.columnIndex = column;
        if (options.address) p.address = formatRangeAddress(s.name, { top: r.top, bottom: r.bottom, left: column, right: column });
        if (options.format) p.format = lineFormat(options.format, (stats ??= lineStats(s, 'column')).get(column), MAX_ROWS);
        out.push(p);
      }
      result.fill(out);
      return jsonSize(out);
    });
    return result;
  }

  /** Only `Formulas` and `Constants` are modelled: the areas holding formulas, or plain values. */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this, cellType);
  }

  /** Microsoft's client asks Excel to check a bulk write's array matches the range before it writes it in row bands. */
  _ValidateArraySize(rows: number, columns: number): void {
    this.action('_ValidateArraySize', [rows, columns], () => {
      const r = this.rect();
      if (r.bottom - r.top + 1 !== rows || r.right - r.left + 1 !== columns) {
        throw new FakeExcelError('InvalidArgument', `The array is ${rows} × ${columns}, the range ${r.bottom - r.top + 1} × ${r.right - r.left + 1}.`);
      }
    }, 'read');
  }

  /** One row of this range, 0-based (Microsoft's client cuts a large `values` write into row bands with it). */
  getRow(row: number): FakeRange {
    return new FakeRange(this.context, this.worksheet, `GetRow(${row})`, () => {
      const r = this.rect();
      if (row < 0 || r.top + row > r.bottom) throw new FakeExcelError('InvalidArgument', `Row ${row} is outside the range.`);
      return { top: r.top + row, bottom: r.top + row, left: r.left, right: r.right };
    });
  }

  /** The smallest range holding this one and another. */
  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.context, this.worksheet, 'GetBoundingRect()', () => {
      const a = this.rect();
      const b = other.rect();
      return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
    });
  }

  /** Merged areas that meet this range (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this, 'MergedAreas');
  }

  select(): void {
    this.action('Select', [], () => {
      const s = this.sheet();
      if (this.context.state.activeSheetId !== s.id) throw new FakeExcelError('InvalidOperation', 'Only a range on the active sheet can be selected; activate the sheet first.');
      s.selection = formatRangeAddress(s.name, this.rect()).split('!')[1];
    });
  }

  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.action('Clear', [applyTo], () => {
      const r = this.rect();
      const s = this.sheet();
      this.checkWritable(s);
      for (const [key, c] of [...s.cells]) {
        const row = Math.floor(key / 16384);
        const column = key % 16384;
        if (row < r.top || row > r.bottom || column < r.left || column > r.right) continue;
        if (applyTo !== 'Formats') {
          c.value = null;
          delete c.formula;
        }
        if (applyTo !== 'Contents') {
          delete c.numberFormat;
          delete c.fill;
          delete c.fontColor;
          delete c.bold;
          delete c.wrap;
        }
        s.compact(row, column);
      }
    });
  }
}

export { FakeRangeAreas } from './fake-range-areas';
export { FakeRangeFill, FakeRangeFont, FakeRangeFormat } from './fake-range-format';
