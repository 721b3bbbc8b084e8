import { FakeClientObject } from './fake-client-object';
import { FakeExcelError } from './fake-errors';
import type { FakeRequestContext } from './fake-request-context';

/**
 * A collection proxy (worksheets, names): `load('items/name, items/visibility')`, `load('name')` and
 * `load('items')` all load the items, which exist only once the query runs at sync.
 */
export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  private itemProxies: T[] | undefined;
  protected itemPaths: string[] | undefined;

  protected constructor(context: FakeRequestContext, typeName: string) {
    super(context, typeName);
  }

  /** The item proxies, bound now to what the workbook holds (called while sync applies the query). */
  protected abstract createItems(): T[];
  /** One item as a RichApi query answers it. */
  protected abstract itemResult(item: T): Record<string, unknown> | null;

  protected scalarProperties(): string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }

  override load(option?: string | string[] | { select?: string | string[] }): this {
    const raw = option === undefined ? [] : typeof option === 'string' ? option.split(',') : Array.isArray(option) ? option : ([] as string[]).concat(option.select ?? []);
    const itemPaths = raw.map((p) => p.trim()).filter((p) => p && p !== 'items').map((p) => p.replace(/^items\//, ''));
    this.itemPaths = itemPaths.length ? itemPaths : undefined;
    this.context.enqueue({ Id: this.context.nextPathId(), ActionType: 'Query', ObjectPathId: this.pathId, Select: raw }, () => {
      this.itemProxies = this.createItems();
      return 2;
    });
    // The item proxies exist only once the query runs, so their loads are queued right behind it.
    this.context.enqueue({ ActionType: 'Query', Name: 'items' }, () => {
      let bytes = 0;
      for (const item of this.itemProxies ?? []) bytes += item.loadNow(this.itemPaths);
      return bytes;
    });
    return this;
  }

  /** A collection query answers `_Items`. */
  override queryResult(): Record<string, unknown> {
    return { _Items: this.items.map((item) => this.itemResult(item)) };
  }

  get items(): T[] {
    if (!this.itemProxies) throw new FakeExcelError('PropertyNotLoaded', `The property 'items' of ${this.typeName} is not available. Call load() and context.sync() first.`);
    return this.itemProxies;
  }
}
