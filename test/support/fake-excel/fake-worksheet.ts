import type { SheetVisibility } from '../../../src/engine/grid';
import { FakeClientObject, FakeClientResult } from './fake-client-object';
import { FakeCollection } from './fake-collection';
import { FakeExcelError } from './fake-errors';
import { FakeChartCollection } from './fake-chart';
import { FakePageLayout } from './fake-page-layout';
import { FakeRange } from './fake-range';
import { parseRangeAddress } from './range-address';
import type { FakeRequestContext } from './fake-request-context';
import type { FakeSheet, Rect } from './fake-workbook';

const TO_EXCEL: Record<SheetVisibility, string> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };
const FROM_EXCEL: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

export class FakeWorksheetProtection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(context, 'WorksheetProtection');
  }
  protected scalarProperties(): string[] {
    return ['protected'];
  }
  protected override isNull(): boolean {
    return this.worksheet.pointsAtNothing();
  }
  protected readProperty(name: string): unknown {
    if (name === 'protected') return this.worksheet.target().protected;
    return undefined;
  }
  get protected(): boolean {
    return this.loaded('protected');
  }
}

/** A worksheet proxy: bound to one sheet when its creating operation runs at sync. */
export class FakeWorksheet extends FakeClientObject {
  readonly protection: FakeWorksheetProtection;
  readonly pageLayout: FakePageLayout;
  readonly charts: FakeChartCollection;
  private bound: FakeSheet | null | undefined;
  private missing = '';

  constructor(
    context: FakeRequestContext,
    name: string,
    resolve: () => FakeSheet | null,
    private readonly orNull: boolean,
    bindNow?: FakeSheet,
    kind: 'path' | 'write' = 'path',
  ) {
    super(context, 'Worksheet');
    this.protection = new FakeWorksheetProtection(context, this);
    this.pageLayout = new FakePageLayout(context, this);
    this.charts = new FakeChartCollection(context, this);
    if (bindNow) {
      this.bound = bindNow;
      return;
    }
    context.enqueue({ Id: this.pathId, ObjectPathType: 'Method', Name: name }, () => {
      this.bound = resolve();
      if (this.bound === null) this.missing = name;
      if (this.orNull) this.remember('isNullObject', this.bound === null);
      return 0;
    }, kind);
  }

  /** The sheet this proxy points at; throws as Excel does when it points at nothing. */
  target(): FakeSheet {
    if (this.bound === undefined) throw new FakeExcelError('GeneralException', 'fake-excel: worksheet proxy used before it was resolved.');
    if (this.bound === null) {
      throw this.orNull
        ? new FakeExcelError('InvalidOperation', 'The object is a null object (isNullObject is true); it cannot be used.')
        : new FakeExcelError('ItemNotFound', `The requested resource doesn't exist (${this.missing}).`);
    }
    if (!this.context.state.sheets.includes(this.bound)) throw new FakeExcelError('ItemNotFound', 'The worksheet has been deleted.');
    return this.bound;
  }

  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }

  protected override isNull(): boolean {
    return this.pointsAtNothing();
  }

  /** True for a null object from getItemOrNullObject. */
  pointsAtNothing(): boolean {
    return this.bound === null && this.orNull;
  }

  protected scalarProperties(): string[] {
    return ['name', 'id', 'position', 'visibility'];
  }
  protected override navigation(name: string): FakeClientObject | undefined {
    return name === 'protection' ? this.protection : undefined;
  }
  protected readProperty(name: string): unknown {
    const s = this.target();
    if (name === 'name') return s.name;
    if (name === 'id') return s.id;
    if (name === 'position') return this.context.state.sheets.indexOf(s);
    if (name === 'visibility') return TO_EXCEL[s.visibility];
    return undefined;
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.action('name', [value], () => {
      const s = this.target();
      const clash = this.context.state.find(value);
      if (clash && clash !== s) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${value} already exists.`);
      checkSheetName(value);
      s.name = value;
    });
  }
  get id(): string {
    return this.loaded('id');
  }
  get position(): number {
    return this.loaded('position');
  }
  set position(value: number) {
    this.action('position', [value], () => {
      const s = this.target();
      const sheets = this.context.state.sheets.filter((x) => x !== s);
      sheets.splice(Math.max(0, Math.min(value, sheets.length)), 0, s);
      this.context.state.sheets = sheets;
    });
  }
  get visibility(): string {
    return this.loaded('visibility');
  }
  set visibility(value: string) {
    this.action('visibility', [value], () => {
      // "Excel add-ins undo capabilities": Worksheet.visibility has undo on the web but not on Windows or Mac; the fake is the stricter desktop.
      this.context.callWithoutUndo('Worksheet.visibility');
      const s = this.target();
      const v = FROM_EXCEL[value];
      if (!v) throw new FakeExcelError('InvalidArgument', `Unknown visibility ${value}.`);
      if (v !== 'visible' && this.context.state.sheets.filter((x) => x.visibility === 'visible' && x !== s).length === 0) {
        throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = v;
      if (v !== 'visible' && this.context.state.activeSheetId === s.id) {
        this.context.state.activeSheetId = this.context.state.sheets.find((x) => x.visibility === 'visible')!.id;
      }
    });
  }

  getRange(address?: string | null): FakeRange {
    return new FakeRange(this.context, this, `GetRange(${address ?? ''})`, () => {
      const s = this.target();
      // Microsoft's client sends an absent address as null.
      return address === undefined || address === null ? { top: 0, left: 0, bottom: 1048575, right: 16383 } : parseRangeAddress(address, s.name);
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, this, `GetRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      this.target();
      if (rowCount < 1 || columnCount < 1) throw new FakeExcelError('InvalidArgument', 'rowCount and columnCount must be at least 1.');
      return { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    // Excel gives A1 for an empty sheet.
    return new FakeRange(this.context, this, `GetUsedRange(${valuesOnly})`, () => this.target().usedRect(valuesOnly) ?? A1);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this, `GetUsedRangeOrNullObject(${valuesOnly})`, () => this.target().usedRect(valuesOnly), true);
  }

  activate(): void {
    this.action('Activate', [], () => {
      const s = this.target();
      if (s.visibility !== 'visible') throw new FakeExcelError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.context.state.activeSheetId = s.id;
    });
  }

  delete(): void {
    this.action('Delete', [], () => {
      this.context.callWithoutUndo('Worksheet.delete');
      const s = this.target();
      // Worksheet.delete in Microsoft's reference (and office-js d.ts): "a very hidden worksheet cannot be deleted" (InvalidOperation).
      if (s.visibility === 'veryHidden') throw new FakeExcelError('InvalidOperation', 'A very hidden worksheet cannot be deleted; make it visible first.');
      if (s.visibility === 'visible' && this.context.state.sheets.filter((x) => x.visibility === 'visible').length === 1) {
        throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      this.context.state.remove(s);
    });
  }
}

const A1: Rect = { top: 0, left: 0, bottom: 0, right: 0 };

function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeExcelError('InvalidArgument', `"${name}" is not a valid sheet name.`);
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super(context, 'WorksheetCollection');
  }

  protected createItems(): FakeWorksheet[] {
    return this.context.state.sheets.map((s) => new FakeWorksheet(this.context, s.name, () => s, false, s));
  }

  /** Each item with its `Id`, so Microsoft's client can address it again (an indexer by id). */
  protected itemResult(item: FakeWorksheet): Record<string, unknown> {
    return { ...item.queryResult(this.itemPaths), Id: item.target().id };
  }

  getItem(name: string): FakeWorksheet {
    // Worksheet.getItem takes "the worksheet name or ID" (WorksheetCollection.getItem reference).
    return new FakeWorksheet(this.context, `GetItem(${name})`, () => this.context.state.find(name) ?? this.context.state.byId(name) ?? null, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `GetItemOrNullObject(${name})`, () => this.context.state.find(name) ?? this.context.state.byId(name) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, 'GetActiveWorksheet()', () => {
      const id = this.context.state.activeSheetId;
      const s = id ? this.context.state.byId(id) : undefined;
      if (!s) throw new FakeExcelError('ItemNotFound', 'There is no active worksheet.');
      return s;
    }, false);
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `Add(${name ?? ''})`, () => {
      // Not on the list of "Excel add-ins undo capabilities" (only WorksheetCollection.addFromBase64 is): adding a sheet can be undone, in a group too.
      const state = this.context.state;
      let sheetName = name;
      if (sheetName === undefined) {
        let i = state.sheets.length + 1;
        while (state.find(`Sheet${i}`)) i++;
        sheetName = `Sheet${i}`;
      }
      if (state.find(sheetName)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${sheetName} already exists.`);
      checkSheetName(sheetName);
      return state.newSheet(sheetName);
    }, false, undefined, 'write');
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.context.enqueue({ ActionType: 'Method', Name: 'GetCount', ObjectPathId: this.pathId }, () => {
      result.fill(this.context.state.sheets.length);
      return 4;
    });
    return result;
  }
}
