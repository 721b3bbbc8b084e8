import { FakeClientObject, FakeClientResult, type FakeExcel, type FakeRequestContext } from '../fake-excel';

/** One object path of a RichApi request, as Microsoft's client serialises it. */
interface ObjectPathInfo {
  Id: number;
  /** 1 global object (the workbook), 2 new object, 3 method, 4 property, 5 indexer, 6 reference id. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

/** Arguments as sent; an argument that is itself a proxy (a Range) is named by its object path id in ReferencedObjectPathIds. */
interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}

/** One action: 1 instantiate, 2 query, 3 method, 4 set property, 5 trace. */
interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null };
}

export interface RichApiRequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface RichApiResponseBody {
  Results?: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; HttpStatusCode: number };
}

export interface AnsweredRequest {
  body: RichApiResponseBody;
  /** Whether any action changed the workbook (for undo-step counting). */
  wrote: boolean;
  /** Actions the library added to keep or release references (`_KeepReference`, `_RemoveReference`, …). */
  referenceActions: number;
}

/** What lives on the "host" side for the length of one Excel.run: one fake context, and tracked objects by reference id. */
export interface RichApiSession {
  context: FakeRequestContext;
  references: Map<string, unknown>;
  nextReference: number;
}

export function newRichApiSession(fake: FakeExcel, undoGroup: boolean): RichApiSession {
  return { context: fake.newContext({ undoGroup }), references: new Map(), nextReference: 1 };
}

type Pending = { id: number } & ({ kind: 'instantiate'; target: unknown; pathId: number } | { kind: 'query'; target: unknown; paths: string[] | undefined } | { kind: 'result'; result: FakeClientResult<unknown> });

/** `GetRange` → `getRange`; the library's internal calls (`_ValidateArraySize`) keep their names. */
const camel = (name: string) => (name.startsWith('_') ? name : name.charAt(0).toLowerCase() + name.slice(1));

/**
 * Answers one RichApi request (what `context.sync()` sends) from the fake's workbook: every object
 * path becomes a call on the fake's proxies, every action is queued on them in order, and one fake
 * sync applies the lot, with the fake's rules (no rollback, protection, limits, undo groups).
 */
export function answerRichApiRequest(fake: FakeExcel, session: RichApiSession, body: RichApiRequestBody): AnsweredRequest {
  const context = session.context;
  // Objects the client asked to keep (auto-tracked ranges): their Instantiate answers carry a reference id.
  const kept = new Set(body.Actions.filter((a) => a.Name === '_KeepReference').map((a) => a.ObjectPathId));
  const referenceOf = new Map<number, string>();
  const objects = new Map<number, unknown>();
  let referenceActions = 0;

  const resolve = (id: number): unknown => {
    if (objects.has(id)) return objects.get(id);
    const path = body.ObjectPaths[String(id)];
    if (!path) throw new Error(`RichApi request names object path ${id} but does not define it`);
    const args = argumentsOf(path.ArgumentInfo);
    let value: unknown;
    switch (path.ObjectPathType) {
      case 1:
        value = context.workbook;
        break;
      case 4:
        value = member(resolve(path.ParentObjectPathId!), path.Name);
        break;
      case 3:
        value = call(resolve(path.ParentObjectPathId!), path.Name, args);
        break;
      case 5:
        value = call(resolve(path.ParentObjectPathId!), 'GetItem', args);
        break;
      case 6:
        if (!session.references.has(path.Name)) throw Object.assign(new Error('The object reference is no longer valid.'), { code: 'InvalidObjectPath' });
        value = session.references.get(path.Name);
        break;
      default:
        throw new Error(`RichApi object path type ${path.ObjectPathType} (${path.Name}) is not modelled by the fake`);
    }
    objects.set(id, value);
    return value;
  };

  const argumentsOf = (info: ArgumentInfo | undefined): unknown[] =>
    (info?.Arguments ?? []).map((arg, i) => (info?.ReferencedObjectPathIds?.[i] ? resolve(info.ReferencedObjectPathIds[i]) : arg));

  const pending: Pending[] = [];
  let wrote = false;
  try {
    for (const action of body.Actions) {
      const args = argumentsOf(action.ArgumentInfo);
      if (action.ActionType === 5) continue;
      if (action.Name === '_KeepReference' || action.Name === '_RemoveReference') {
        // Reference bookkeeping of tracked objects: Excel keeps a handle (answered through Instantiate) or releases one.
        referenceActions++;
        if (action.Name === '_RemoveReference') session.references.delete(String(args[0]));
        continue;
      }
      const target = resolve(action.ObjectPathId);
      if (action.Name.startsWith('_') && typeof (target as Record<string, unknown>)[action.Name] !== 'function') {
        throw new Error(`The fake does not model the library's internal call ${action.Name}`);
      }
      switch (action.ActionType) {
        case 1:
          if (kept.has(action.ObjectPathId) && !referenceOf.has(action.ObjectPathId)) {
            const ref = `{ref-${session.nextReference++}}`;
            referenceOf.set(action.ObjectPathId, ref);
            session.references.set(ref, target);
          }
          pending.push({ id: action.Id, kind: 'instantiate', target, pathId: action.ObjectPathId });
          break;
        case 2: {
          const select = action.QueryInfo?.Select ?? undefined;
          const expand = action.QueryInfo?.Expand ?? [];
          const paths = select || expand.length ? [...(select ?? []), ...expand] : undefined;
          (target as FakeClientObject).load(paths);
          pending.push({ id: action.Id, kind: 'query', target, paths });
          break;
        }
        case 3: {
          const result = call(target, action.Name, args);
          if (result instanceof FakeClientResult) pending.push({ id: action.Id, kind: 'result', result });
          break;
        }
        case 4:
          setProperty(target, action.Name, args[0]);
          break;
        default:
          throw new Error(`RichApi action type ${action.ActionType} is not modelled by the fake`);
      }
    }
    const before = fake.syncs.length;
    try {
      // The fake applies the queue in order; earlier actions stay applied if one fails (no rollback).
      context.syncNow();
    } finally {
      wrote = fake.syncs.slice(before).some((s) => s.wrote);
    }
  } catch (error) {
    return { body: { Error: errorBody(error) }, wrote, referenceActions };
  }
  try {
    const results = pending.map((p) => ({ ActionId: p.id, Value: value(p, referenceOf) }));
    return { body: { Results: results }, wrote, referenceActions };
  } catch (error) {
    return { body: { Error: errorBody(error) }, wrote, referenceActions };
  }
}

function value(p: Pending, referenceOf: Map<number, string>): unknown {
  if (p.kind === 'instantiate') {
    if (p.target instanceof FakeClientObject && p.target.isNullNow()) return null;
    const ref = referenceOf.get(p.pathId);
    return ref ? { _ReferenceId: ref } : {};
  }
  if (p.kind === 'query') return (p.target as FakeClientObject).queryResult(p.paths);
  return p.result.value;
}

function member(target: unknown, name: string): unknown {
  const value = (target as Record<string, unknown>)[camel(name)];
  if (value === undefined) throw new Error(`The fake has no property ${name} on ${describe(target)}`);
  return value;
}

/** Sets a property the fake models (a setter); any other name is an error, as Excel answers for an unknown member. */
function setProperty(target: unknown, name: string, value: unknown): void {
  const key = camel(name);
  for (let o = target as object | null; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d?.set) {
      (target as Record<string, unknown>)[key] = value;
      return;
    }
    if (d) break;
  }
  throw new Error(`The fake has no settable property ${name} on ${describe(target)}`);
}

function call(target: unknown, name: string, args: unknown[]): unknown {
  const fn = (target as Record<string, unknown>)[camel(name)];
  if (typeof fn !== 'function') throw new Error(`The fake has no method ${name} on ${describe(target)}`);
  return (fn as (...a: unknown[]) => unknown).apply(target, args);
}

function describe(target: unknown): string {
  return (target as { constructor?: { name?: string } })?.constructor?.name ?? typeof target;
}

function errorBody(error: unknown): NonNullable<RichApiResponseBody['Error']> {
  const e = error as { code?: string; message?: string; stack?: string };
  return { Code: e.code ?? 'GeneralException', Message: e.message ?? String(error), HttpStatusCode: 400 };
}
