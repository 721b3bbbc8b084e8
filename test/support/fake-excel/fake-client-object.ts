import { FakeExcelError, notLoaded } from './fake-errors';
import type { FakeRequestContext } from './fake-request-context';

/** Property names from the shapes `load()` accepts: 'a, b/c', ['a', 'b/c'] or { select: ... }. */
export function loadPaths(option?: string | string[] | { select?: string | string[] }): string[] | undefined {
  if (option === undefined) return undefined;
  if (typeof option === 'string') return option.split(',').map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((p) => loadPaths(p) ?? []);
  if (typeof option === 'object' && option.select !== undefined) return loadPaths(option.select);
  throw new FakeExcelError('InvalidArgument', 'fake-excel: load() takes a property string, an array of them, or { select }.');
}

/**
 * The proxy side of an Excel object: property reads come from a snapshot taken by a queued load and
 * fill in only at sync(), so reading before load + sync throws like Excel's PropertyNotLoaded.
 */
export abstract class FakeClientObject {
  /** Id used in the request JSON, like Office.js object paths. */
  readonly pathId: number;
  private readonly snapshot = new Map<string, unknown>();

  protected constructor(
    readonly context: FakeRequestContext,
    protected readonly typeName: string,
  ) {
    this.pathId = context.nextPathId();
  }

  /** Scalar properties `load()` with no argument loads. */
  protected abstract scalarProperties(): string[];
  /** Reads a scalar property from the workbook at the moment the load is applied. */
  protected abstract readProperty(name: string): unknown;
  /** Navigation properties (`format`, `protection`) that `load('format/fill/color')` walks into. */
  protected navigation(_name: string): FakeClientObject | undefined {
    return undefined;
  }

  load(option?: string | string[] | { select?: string | string[] }): this {
    const paths = loadPaths(option) ?? this.scalarProperties();
    this.checkPaths(paths);
    this.context.enqueue({ Id: this.context.nextPathId(), ActionType: 'Query', ObjectPathId: this.pathId, Select: paths }, () => this.applyLoad(paths));
    return this;
  }

  /** Loads right now; only for use inside an operation that sync() is applying. Returns the response bytes. */
  loadNow(paths?: string[]): number {
    const list = paths ?? this.scalarProperties();
    this.checkPaths(list);
    return this.applyLoad(list);
  }

  private checkPaths(paths: string[]): void {
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      const nav = this.navigation(head);
      if (nav) {
        if (rest.length) nav.checkPaths([rest.join('/')]);
      } else if (!this.scalarProperties().includes(head) || rest.length) {
        throw new FakeExcelError('InvalidArgument', `fake-excel: ${this.typeName} has no loadable property '${path}'.`);
      }
    }
  }

  /** A null object (from an *OrNullObject call) ignores loads; only isNullObject can be read. */
  protected isNull(): boolean {
    return false;
  }

  private applyLoad(paths: string[]): number {
    if (this.isNull()) return 0;
    let bytes = 0;
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      const nav = this.navigation(head);
      if (nav) {
        bytes += nav.applyLoad(rest.length ? [rest.join('/')] : nav.scalarProperties());
        continue;
      }
      const value = this.readProperty(head);
      this.snapshot.set(head, value);
      bytes += head.length + 4 + jsonSize(value);
    }
    return bytes;
  }

  protected loaded<T>(name: string): T {
    if (!this.snapshot.has(name)) throw notLoaded(this.typeName, name);
    return this.snapshot.get(name) as T;
  }

  /** For values a sync sets without an explicit load (isNullObject). */
  protected remember(name: string, value: unknown): void {
    this.snapshot.set(name, value);
  }

  /** Queues a property assignment or method call on this object. */
  protected action(name: string, args: unknown[], apply: () => void, kind: 'write' | 'read' = 'write'): void {
    this.context.enqueue({ Id: this.context.nextPathId(), ActionType: 'Method', Name: name, ObjectPathId: this.pathId, ArgumentInfo: { Arguments: args } }, () => {
      const api = `${this.typeName}.${name.charAt(0).toLowerCase()}${name.slice(1)}`;
      if (this.context.notUndoable.has(api)) this.context.callWithoutUndo(api);
      apply();
      return 0;
    }, kind);
  }

  /** Tracking is a client-side matter (Microsoft's library); the fake's proxies live for their context anyway. */
  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }

  /** Whether this proxy turned out a null object (an *OrNullObject call that found nothing); after sync. */
  isNullNow(): boolean {
    return this.isNull();
  }

  /**
   * What a RichApi Query answers for these load paths after sync: property names in PascalCase, as
   * Excel sends them, navigation properties nested (`format/fill/color` → Format.Fill.Color). Null for a null object.
   */
  queryResult(paths?: string[]): Record<string, unknown> | null {
    if (this.isNull()) return null;
    const out: Record<string, unknown> = {};
    for (const path of paths ?? this.scalarProperties()) {
      const [head, ...rest] = path.split('/');
      const nav = this.navigation(head);
      const key = pascal(head);
      if (nav) {
        const inner = nav.queryResult(rest.length ? [rest.join('/')] : undefined);
        out[key] = { ...(out[key] as object | undefined), ...inner };
      } else if (this.snapshot.has(head)) out[key] = this.snapshot.get(head);
    }
    return out;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.snapshot);
  }
}

/** An object that only leads to others or takes calls (`headersFooters`, a chart's `format.fill`): nothing of its own to load. */
export abstract class FakeNavigationObject extends FakeClientObject {
  protected scalarProperties(): string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
}

/** Like OfficeExtension.ClientResult: `value` is there only after sync. */
export class FakeClientResult<T> {
  private set = false;
  private result: T | undefined;
  fill(value: T): void {
    this.result = value;
    this.set = true;
  }
  get value(): T {
    if (!this.set) throw notLoaded('ClientResult', 'value');
    return this.result as T;
  }
}

export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function jsonSize(value: unknown): number {
  return value === undefined ? 0 : JSON.stringify(value).length;
}
