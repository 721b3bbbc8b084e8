import type { Parts } from './package-compare';

/** A relationship target (relative or absolute) resolved against the folder of its source part. */
export function resolve(source: string, target: string): string {
  const folder = source.slice(0, source.lastIndexOf('/') + 1);
  const out: string[] = [];
  for (const s of (target.startsWith('/') ? target.slice(1) : folder + target).split('/')) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/**
 * What Excel would trip over in a package: a relationship id used twice in one rels part, a target
 * or rels source that is not there, a content-type override for a missing part, a part without a
 * content type. Empty when the package is consistent.
 */
export function packageProblems(parts: Parts): string[] {
  const problems: string[] = [];
  for (const [name, data] of parts) {
    if (!name.endsWith('.rels')) continue;
    const source = name.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
    if (source && !parts.has(source)) problems.push(`${name}: its part ${source} is missing`);
    const ids = new Set<string>();
    for (const m of data.toString().matchAll(/<Relationship\b[^>]*>/g)) {
      const id = /Id="([^"]*)"/.exec(m[0])![1];
      if (ids.has(id.toLowerCase())) problems.push(`${name}: ${id} used twice`);
      ids.add(id.toLowerCase());
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = resolve(source, /Target="([^"]*)"/.exec(m[0])![1]);
      if (!parts.has(target)) problems.push(`${name}: ${id} points at missing ${target}`);
    }
  }
  const types = parts.get('[Content_Types].xml')!.toString();
  const overrides = new Set([...types.matchAll(/<Override\b[^>]*PartName="\/([^"]*)"/g)].map((m) => m[1].toLowerCase()));
  const defaults = new Set([...types.matchAll(/<Default\b[^>]*Extension="([^"]*)"/g)].map((m) => m[1].toLowerCase()));
  const present = new Set([...parts.keys()].map((n) => n.toLowerCase()));
  for (const o of overrides) if (!present.has(o)) problems.push(`[Content_Types].xml: override for missing /${o}`);
  for (const name of parts.keys()) {
    if (name === '[Content_Types].xml' || name.endsWith('/')) continue;
    if (!overrides.has(name.toLowerCase()) && !defaults.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase())) problems.push(`${name}: no content type`);
  }
  return problems;
}
