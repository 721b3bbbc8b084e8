/**
 * A small, tolerant XML tokenizer over a part's text. It reports every tag with its exact source
 * offsets, which is what patching needs: an edit replaces a tag or an element by offset, and every
 * other character of the part stays as it was. Element names are matched by local name, so
 * `<x:c>` and `<c>` read the same (producers differ in namespace prefixes). Comments, processing
 * instructions, CDATA and DOCTYPE are stepped over; entities are never expanded beyond XML's five
 * and character references, so a hostile DOCTYPE cannot blow up.
 */

export interface Tag {
  /** Local name (`c` for `<x:c>`). */
  name: string;
  /** Prefix with its colon (`x:`), or ''. */
  prefix: string;
  kind: 'open' | 'close' | 'empty';
  /** Offset of `<`. */
  start: number;
  /** Offset just after `>`. */
  end: number;
}

export interface Attr {
  /** Local name. */
  name: string;
  qname: string;
  value: string;
  /** Offsets of the whole `name="value"`. */
  start: number;
  end: number;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === GT || c === SLASH;
}

/** The offset just after the `>` closing the tag that starts at `at`, skipping quoted values; -1 if none. */
function tagEnd(xml: string, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === QUOTE || c === APOS) quote = c;
    else if (c === GT) return i + 1;
  }
  return -1;
}

/** Whether xml[from, to) is one of the names, compared in place. */
function isOneOf(names: readonly string[], xml: string, from: number, to: number): boolean {
  for (const n of names) if (n.length === to - from && xml.startsWith(n, from)) return true;
  return false;
}

/**
 * Calls `visit` for each tag in xml[from, to) (with `only`, each tag of those local names: the
 * others are stepped over without building a Tag). Returning false from visit stops the scan.
 * Malformed tails (an unclosed tag) end the scan quietly: the reader is tolerant by design.
 */
export function scanTags(xml: string, visit: (tag: Tag) => boolean | void, from = 0, to = xml.length, only?: readonly string[]): void {
  let at = xml.indexOf('<', from);
  while (at >= 0 && at < to) {
    const next = xml.charCodeAt(at + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', at)) {
        const e = xml.indexOf('-->', at + 4);
        if (e < 0) return;
        at = xml.indexOf('<', e + 3);
      } else if (xml.startsWith('<![CDATA[', at)) {
        const e = xml.indexOf(']]>', at + 9);
        if (e < 0) return;
        at = xml.indexOf('<', e + 3);
      } else {
        // DOCTYPE, possibly with an internal subset in brackets.
        const bracket = xml.indexOf('[', at);
        const gt = xml.indexOf('>', at);
        if (gt < 0) return;
        const e = bracket >= 0 && bracket < gt ? xml.indexOf(']>', bracket) : gt - 1;
        if (e < 0) return;
        at = xml.indexOf('<', e + 2);
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const e = xml.indexOf('?>', at + 2);
      if (e < 0) return;
      at = xml.indexOf('<', e + 2);
      continue;
    }
    const end = tagEnd(xml, at);
    if (end < 0) return;
    const closing = next === SLASH;
    let i = closing ? at + 2 : at + 1;
    const nameStart = i;
    let colon = -1;
    for (; i < end; i++) {
      const c = xml.charCodeAt(i);
      if (isNameEnd(c)) break;
      if (c === 58 /* : */) colon = i;
    }
    if (only && !isOneOf(only, xml, colon >= 0 ? colon + 1 : nameStart, i)) {
      at = xml.indexOf('<', end);
      continue;
    }
    const tag: Tag = {
      name: xml.slice(colon >= 0 ? colon + 1 : nameStart, i),
      prefix: colon >= 0 ? xml.slice(nameStart, colon + 1) : '',
      kind: closing ? 'close' : xml.charCodeAt(end - 2) === SLASH ? 'empty' : 'open',
      start: at,
      end,
    };
    if (visit(tag) === false) return;
    at = xml.indexOf('<', end);
  }
}

/** Where one attribute lies: its name (with the colon, if prefixed) and its quoted value. */
interface AttrSpan {
  start: number;
  colon: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * Walks a start tag's attributes without allocating; `visit` returning true stops the walk. The
 * one scanner behind attrsOf and attr, so both read attributes the same way.
 */
function walkAttrs(xml: string, tag: Tag, visit: (a: AttrSpan) => boolean | void): void {
  let i = tag.start + 1 + tag.prefix.length + tag.name.length;
  const stop = tag.end - 1;
  const span: AttrSpan = { start: 0, colon: -1, nameEnd: 0, valueStart: 0, valueEnd: 0 };
  while (i < stop) {
    let c = xml.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH) {
      i++;
      continue;
    }
    span.start = i;
    span.colon = -1;
    while (i < stop && (c = xml.charCodeAt(i)) !== 61 /* = */ && !(c === 32 || c === 9 || c === 10 || c === 13)) {
      if (c === 58 /* : */) span.colon = i;
      i++;
    }
    span.nameEnd = i;
    while (i < stop && xml.charCodeAt(i) !== 61) i++;
    i++;
    while (i < stop && (c = xml.charCodeAt(i)) !== QUOTE && c !== APOS) i++;
    if (i >= stop) return;
    const close = xml.indexOf(c === QUOTE ? '"' : "'", i + 1);
    if (close < 0) return;
    span.valueStart = i + 1;
    span.valueEnd = close;
    if (visit(span) === true) return;
    i = close + 1;
  }
}

/** The attributes of a start or empty tag. */
export function attrsOf(xml: string, tag: Tag): Attr[] {
  const out: Attr[] = [];
  walkAttrs(xml, tag, (a) => {
    out.push({
      qname: xml.slice(a.start, a.nameEnd),
      name: xml.slice(a.colon >= 0 ? a.colon + 1 : a.start, a.nameEnd),
      value: unescapeXml(xml.slice(a.valueStart, a.valueEnd)),
      start: a.start,
      end: a.valueEnd + 1,
    });
  });
  return out;
}

/**
 * One attribute's value by local name (namespace declarations excluded), or undefined. Allocation-free
 * until it finds the value: the reader calls this for every cell of a sheet.
 */
export function attr(xml: string, tag: Tag, name: string): string | undefined {
  let value: string | undefined;
  walkAttrs(xml, tag, (a) => {
    const local = a.colon >= 0 ? a.colon + 1 : a.start;
    if (a.nameEnd - local !== name.length || !xml.startsWith(name, local) || xml.startsWith('xmlns', a.start)) return false;
    value = unescapeXml(xml.slice(a.valueStart, a.valueEnd));
    return true;
  });
  return value;
}

/** XML booleans as producers write them: `1` / `true`. */
export function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function fromCodePoint(n: number): string {
  return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    return fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The text between an open tag's end and `to`, with CDATA sections and entities resolved; inner tags dropped. */
export function textOf(xml: string, from: number, to: number): string {
  const raw = xml.slice(from, to);
  if (raw.indexOf('<') < 0) return unescapeXml(raw);
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const lt = raw.indexOf('<', i);
    if (lt < 0) {
      out += unescapeXml(raw.slice(i));
      break;
    }
    out += unescapeXml(raw.slice(i, lt));
    if (raw.startsWith('<![CDATA[', lt)) {
      const e = raw.indexOf(']]>', lt);
      out += raw.slice(lt + 9, e < 0 ? raw.length : e);
      i = e < 0 ? raw.length : e + 3;
    } else {
      const e = raw.indexOf('>', lt);
      i = e < 0 ? raw.length : e + 1;
    }
  }
  return out;
}
