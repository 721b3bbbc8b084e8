import { attrsOf, scanTags, type Attr, type Tag } from './xml-scan';
import { escapeXml } from './xml-text';

/** Edits to a part's text by offset, so everything outside them stays byte for byte. */
export interface Splice {
  at: number;
  end: number;
  text: string;
}

/**
 * Applies non-overlapping edits (by offset in the original) to a text. At one offset, insertions
 * go before a replacement starting there, and keep their own order.
 */
export function splice(text: string, edits: Splice[]): string {
  if (!edits.length) return text;
  // Patches mostly produce their edits in order already; then there is nothing to sort.
  let inOrder = true;
  for (let k = 1; k < edits.length && inOrder; k++) {
    const a = edits[k - 1];
    const b = edits[k];
    inOrder = a.at < b.at || (a.at === b.at && (a.end > a.at ? 1 : 0) <= (b.end > b.at ? 1 : 0));
  }
  const sorted = inOrder ? edits : edits.map((e, i) => ({ ...e, i, replaces: e.end > e.at ? 1 : 0 })).sort((x, y) => x.at - y.at || x.replaces - y.replaces || x.i - y.i);
  const out: string[] = [];
  let at = 0;
  for (const e of sorted) {
    out.push(text.slice(at, e.at), e.text);
    at = Math.max(at, e.end);
  }
  out.push(text.slice(at));
  return out.join('');
}

export function firstTag(xml: string): Tag | undefined {
  let found: Tag | undefined;
  scanTags(xml, (t) => ((found = t), false));
  return found;
}

export function firstAttrs(xml: string): Record<string, string> {
  const t = firstTag(xml);
  return t ? Object.fromEntries(attrsOf(xml, t).map((a: Attr) => [a.name, a.value])) : {};
}

/** The element with its first tag's attributes set (replaced or added), everything else as it was. */
export function withAttrs(xml: string, set: Record<string, string>): string {
  const t = firstTag(xml);
  if (!t) return xml;
  const attrs = attrsOf(xml, t);
  const edits: Splice[] = [];
  for (const [name, value] of Object.entries(set)) {
    const a = attrs.find((x) => x.qname === name);
    const text = `${name}="${escapeXml(value)}"`;
    if (a) edits.push({ at: a.start, end: a.end, text });
    else {
      const at = t.start + 1 + t.prefix.length + t.name.length;
      edits.push({ at, end: at, text: ` ${text}` });
    }
  }
  return splice(xml, edits);
}

