import { FakeClientObject } from './fake-client-object';
import { FakeCollection } from './fake-collection';
import { FakeExcelError } from './fake-errors';
import type { FakeRequestContext } from './fake-request-context';
import type { FakeName } from './fake-workbook';
import { parseNameReference } from './name-reference';
import { FakeRange } from './fake-range';
import { formatRangeAddress, parseRangeAddress } from './range-address';
import { FakeWorksheet } from './fake-worksheet';

/** A workbook-level named item (ExcelApi 1.1; formula, visible and delete from 1.4 / 1.7). */
export class FakeNamedItem extends FakeClientObject {
  private bound: FakeName | null | undefined;

  constructor(
    context: FakeRequestContext,
    label: string,
    resolve: () => FakeName | null,
    private readonly orNull: boolean,
    kind: 'path' | 'write' = 'path',
    bindNow?: FakeName,
  ) {
    super(context, 'NamedItem');
    if (bindNow) {
      this.bound = bindNow;
      return;
    }
    context.enqueue({ Id: this.pathId, ObjectPathType: 'Method', Name: label }, () => {
      this.bound = resolve();
      if (this.orNull) this.remember('isNullObject', this.bound === null);
      return 0;
    }, kind);
  }

  target(): FakeName {
    if (this.bound === undefined) throw new FakeExcelError('GeneralException', 'fake-excel: named item proxy used before it was resolved.');
    if (this.bound === null) throw new FakeExcelError(this.orNull ? 'InvalidOperation' : 'ItemNotFound', 'The named item does not exist.');
    if (!this.context.state.names.includes(this.bound)) throw new FakeExcelError('ItemNotFound', 'The named item has been deleted.');
    return this.bound;
  }

  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }
  protected override isNull(): boolean {
    return this.bound === null;
  }
  protected scalarProperties(): string[] {
    return ['name', 'formula', 'visible', 'type', 'value'];
  }
  protected readProperty(name: string): unknown {
    const n = this.target();
    if (name === 'name') return n.name;
    if (name === 'formula') return n.formula;
    if (name === 'visible') return n.visible;
    if (name === 'type') return parseNameReference(n.formula) ? 'Range' : 'Error';
    if (name === 'value') return n.formula.replace(/^=/, '');
    return undefined;
  }
  get name(): string {
    return this.loaded('name');
  }
  get formula(): string {
    return this.loaded('formula');
  }
  set formula(value: string) {
    this.action('formula', [value], () => {
      this.target().formula = value.startsWith('=') ? value : `=${value}`;
    });
  }
  get visible(): boolean {
    return this.loaded('visible');
  }
  set visible(value: boolean) {
    this.action('visible', [value], () => {
      // Not on the list of "Excel add-ins undo capabilities" (of NamedItem only `comment` is): undoable.
      this.target().visible = value;
    });
  }

  delete(): void {
    this.action('Delete', [], () => {
      const n = this.target();
      this.context.state.names = this.context.state.names.filter((x) => x !== n);
    });
  }

  getRange(): FakeRange {
    const ref = () => {
      const parsed = parseNameReference(this.target().formula);
      if (!parsed) throw new FakeExcelError('InvalidOperation', 'The named item does not refer to a range.');
      return parsed;
    };
    const sheet = new FakeWorksheet(this.context, 'NamedItem sheet', () => this.context.state.find(ref().sheet) ?? null, false);
    return new FakeRange(this.context, sheet, 'GetRange()', () => parseRangeAddress(ref().address, ref().sheet));
  }
}

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  constructor(context: FakeRequestContext) {
    super(context, 'NamedItemCollection');
  }

  protected createItems(): FakeNamedItem[] {
    return this.context.state.names.map((n) => new FakeNamedItem(this.context, n.name, () => n, false, 'path', n));
  }

  protected itemResult(item: FakeNamedItem): Record<string, unknown> | null {
    return item.queryResult(this.itemPaths);
  }

  private find(name: string): FakeName | null {
    const lower = name.toLowerCase();
    return this.context.state.names.find((n) => n.name.toLowerCase() === lower) ?? null;
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `GetItem(${name})`, () => this.find(name), false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `GetItemOrNullObject(${name})`, () => this.find(name), true);
  }

  /** `reference` is a formula (`='Sheet'!$A$1`) or a Range proxy. */
  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    void comment;
    return new FakeNamedItem(this.context, `Add(${name})`, () => {
      // Not on the list of "Excel add-ins undo capabilities": undoable, in a group too.
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new FakeExcelError('InvalidArgument', `"${name}" is not a valid name.`);
      if (this.find(name)) throw new FakeExcelError('ItemAlreadyExists', `A name ${name} already exists.`);
      const formula = typeof reference === 'string' ? (reference.startsWith('=') ? reference : `=${reference}`) : `=${quoteSheet(reference.sheet().name)}!${absolute(reference)}`;
      const item: FakeName = { name, formula, visible: true };
      this.context.state.names.push(item);
      return item;
    }, false, 'write');
  }
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function absolute(range: FakeRange): string {
  const address = formatRangeAddress('x', range.rect()).split('!')[1];
  return address.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}
