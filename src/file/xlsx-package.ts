import { attr, attrsOf, scanTags } from './xml-scan';
import { InflateBudget, readEntry } from './zip-read';
import type { ZipEntry } from './zip-directory';

/**
 * The opened package: the original zip bytes, its entries, and the parts the adapter has read or
 * edited as text. Parts never read are never inflated; parts never edited are copied as they are.
 */
export interface XlsxPackage {
  zip: Uint8Array;
  entries: ZipEntry[];
  /** Lower-case part name (no leading slash) → entry. OPC part names are case-insensitive. */
  byName: Map<string, ZipEntry>;
  budget: InflateBudget;
  /** Parts replaced or added by applyPlan, as text, keyed by lower-case name. */
  edited: Map<string, { name: string; text: string }>;
  /** Lower-case names of parts removed by applyPlan. */
  removed: Set<string>;
}

export class PartError extends Error {
  constructor(
    readonly part: string,
    readonly why: 'too-large' | 'damaged' | 'unsupported' | 'missing',
  ) {
    super(`${part}: ${why}`);
  }
}

export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

export function newPackage(zip: Uint8Array, entries: ZipEntry[], limit: number): XlsxPackage {
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) if (!e.name.endsWith('/')) byName.set(partKey(e.name), e);
  return { zip, entries, byName, budget: new InflateBudget(limit), edited: new Map(), removed: new Set() };
}

export function hasPart(pkg: XlsxPackage, name: string): boolean {
  const key = partKey(name);
  return !pkg.removed.has(key) && (pkg.edited.has(key) || pkg.byName.has(key));
}

/** UTF-8 that must be valid: a part that is not cannot be patched without changing other bytes. */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A part as text (its current state), or undefined when absent. Throws PartError when it cannot be read. */
export function partText(pkg: XlsxPackage, name: string): string | undefined {
  const key = partKey(name);
  if (pkg.removed.has(key)) return undefined;
  const edited = pkg.edited.get(key);
  if (edited) return edited.text;
  const entry = pkg.byName.get(key);
  if (!entry) return undefined;
  if (entry.size > pkg.budget.limit) throw new PartError(entry.name, 'too-large');
  const read = readEntry(pkg.zip, entry, pkg.budget);
  if (!read.ok) throw new PartError(entry.name, read.why);
  const bytes = read.data;
  try {
    // UTF-16 parts (allowed by XML, rare) are decoded by their byte-order mark.
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes);
    return decoder.decode(bytes);
  } catch {
    throw new PartError(entry.name, 'damaged');
  }
}

export function setPart(pkg: XlsxPackage, name: string, text: string): void {
  const key = partKey(name);
  pkg.removed.delete(key);
  const existing = pkg.byName.get(key);
  pkg.edited.set(key, { name: existing?.name ?? name.replace(/^\/+/, ''), text });
}

export function removePart(pkg: XlsxPackage, name: string): void {
  const key = partKey(name);
  pkg.edited.delete(key);
  pkg.removed.add(key);
}

/** The folder of a part, with a trailing slash ('' at the root). */
export function folderOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i + 1);
}

/** The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** A relationship target resolved against its source part: absolute (`/xl/...`) or relative (`worksheets/..`, `../`). */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURI(target);
  } catch {
    // keep it as written
  }
  t = t.replace(/\\/g, '/');
  const parts = (t.startsWith('/') ? t.slice(1) : folderOf(sourcePart) + t).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** A target for `part` written relative to the folder of `sourcePart`, as Excel writes them. */
export function relativeTarget(sourcePart: string, part: string): string {
  const folder = folderOf(sourcePart);
  return part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part it points to (resolved), for internal targets. */
  part: string;
}

/** The relationships of a part (empty when it has none). */
export function relationshipsOf(pkg: XlsxPackage, sourcePart: string): Relationship[] {
  const text = partText(pkg, relsPartOf(sourcePart));
  if (text === undefined) return [];
  const out: Relationship[] = [];
  scanTags(text, (tag) => {
    if (tag.name !== 'Relationship' || tag.kind === 'close') return;
    const a = Object.fromEntries(attrsOf(text, tag).map((x) => [x.name, x.value]));
    const external = a.TargetMode === 'External';
    out.push({ id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '', external, part: external ? '' : resolveTarget(sourcePart, a.Target ?? '') });
  });
  return out;
}

/** Relationship types by their last segment, so transitional and strict namespaces both match. */
export function isRelType(rel: Relationship, kind: string): boolean {
  return rel.type.endsWith(`/${kind}`);
}

/** The workbook part: the package's officeDocument relationship, else the usual name. */
export function workbookPartName(pkg: XlsxPackage): string | undefined {
  const root = relationshipsOf(pkg, '').find((r) => isRelType(r, 'officeDocument') && !r.external);
  if (root && hasPart(pkg, root.part)) return pkg.byName.get(partKey(root.part))?.name ?? root.part;
  return pkg.byName.get('xl/workbook.xml')?.name;
}

export { attr };
