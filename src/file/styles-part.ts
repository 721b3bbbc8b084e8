import type { CellStyle } from '../engine/plan';
import { attrsOf, scanTags, type Tag } from './xml-scan';
import { firstAttrs, firstTag, splice, withAttrs, type Splice } from './xml-edit';
import { escapeXml } from './xml-text';

/** Excel's built-in number formats that read differently from General (ECMA-376 18.8.30). */
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** What a cell format means to the grid. */
export interface ResolvedXf {
  numberFormat?: string;
  fill?: string;
  font?: string;
}

interface Item {
  start: number;
  end: number;
}

interface Container {
  open?: Tag;
  close?: Tag;
  items: Item[];
  added: string[];
}

/** The element order of a styleSheet, to insert a container that is missing in its place. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
type Kind = 'numFmts' | 'fonts' | 'fills' | 'cellXfs';
const ITEM: Record<Kind, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', cellXfs: 'xf' };

/**
 * styles.xml read for the grid and extended for the plan. New fonts, fills, number formats and cell
 * formats are only ever appended: existing entries keep their index and bytes, so every cell the
 * plan does not name looks exactly as before.
 */
export class StylesPart {
  private readonly containers: Record<Kind, Container> = {
    numFmts: { items: [], added: [] },
    fonts: { items: [], added: [] },
    fills: { items: [], added: [] },
    cellXfs: { items: [], added: [] },
  };
  private readonly otherOpens = new Map<string, number>();
  private rootClose = -1;
  private prefix = '';
  private readonly numFmts = new Map<number, string>();
  private readonly resolved: ResolvedXf[] = [];
  private readonly derived = new Map<string, number>();
  private nextNumFmt = 164;

  constructor(private readonly xml: string) {
    const stack: string[] = [];
    scanTags(xml, (tag) => {
      if (tag.kind === 'close') {
        stack.pop();
        if (tag.name === 'styleSheet') this.rootClose = tag.start;
        if (tag.name in this.containers && stack.length === 1) this.containers[tag.name as Kind].close = tag;
        else if (stack.length === 2 && stack[1] in this.containers) this.endItem(stack[1] as Kind, tag.end);
        return;
      }
      const depth = stack.length;
      if (tag.name === 'styleSheet') this.prefix = tag.prefix;
      if (depth === 1) {
        if (tag.name in this.containers) {
          const c = this.containers[tag.name as Kind];
          c.open = tag;
          if (tag.kind === 'empty') c.close = tag;
        } else if (!this.otherOpens.has(tag.name)) this.otherOpens.set(tag.name, tag.start);
      } else if (depth === 2 && stack[1] in this.containers && tag.name === ITEM[stack[1] as Kind]) {
        this.containers[stack[1] as Kind].items.push({ start: tag.start, end: tag.kind === 'empty' ? tag.end : -1 });
      }
      if (tag.kind === 'open') stack.push(tag.name);
    });
    for (const item of this.containers.numFmts.items) {
      const a = this.attrsAt(item.start);
      const id = Number(a.numFmtId);
      if (Number.isInteger(id) && a.formatCode !== undefined) {
        this.numFmts.set(id, a.formatCode);
        this.nextNumFmt = Math.max(this.nextNumFmt, id + 1);
      }
    }
  }

  private endItem(kind: Kind, end: number): void {
    const items = this.containers[kind].items;
    const last = items[items.length - 1];
    if (last && last.end < 0) last.end = end;
  }

  private attrsAt(start: number): Record<string, string> {
    let found: Tag | undefined;
    scanTags(this.xml, (t) => ((found = t), false), start);
    return found ? Object.fromEntries(attrsOf(this.xml, found).map((a) => [a.name, a.value])) : {};
  }

  private element(kind: Kind, index: number): string | undefined {
    const c = this.containers[kind];
    if (index < c.items.length) {
      const it = c.items[index];
      return it.end > 0 ? this.xml.slice(it.start, it.end) : undefined;
    }
    return c.added[index - c.items.length];
  }

  private count(kind: Kind): number {
    return this.containers[kind].items.length + this.containers[kind].added.length;
  }

  formatCode(id: number): string | undefined {
    return this.numFmts.get(id) ?? BUILTIN_FORMATS[id];
  }

  /** Number format, fill and font colour of cell format `s` (cached: a sheet reuses few). */
  resolve(s: number): ResolvedXf {
    const hit = this.resolved[s];
    if (hit) return hit;
    const xf = this.element('cellXfs', s);
    const out: ResolvedXf = {};
    if (xf) {
      const a = firstAttrs(xf);
      const fmt = this.formatCode(Number(a.numFmtId ?? 0));
      if (fmt && fmt !== 'General') out.numberFormat = fmt;
      const fill = this.element('fills', Number(a.fillId ?? 0));
      if (fill) out.fill = solidFill(fill);
      const font = this.element('fonts', Number(a.fontId ?? 0));
      if (font) out.font = childColour(font, 'color');
    }
    this.resolved[s] = out;
    return out;
  }

  /** The index of a cell format that is `base` with `change` applied, appending what is new. */
  derive(base: number, change: CellStyle): number {
    const key = `${base}|${change.fill}|${change.font}|${change.bold}|${change.numberFormat}|${change.wrap}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const baseXf = this.element('cellXfs', base) ?? this.element('cellXfs', 0) ?? `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const a = firstAttrs(baseXf);
    const set: Record<string, string> = {};
    if (change.fill !== undefined) {
      set.fillId = String(change.fill === null ? 0 : this.append('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${change.fill.slice(1).toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`));
      set.applyFill = '1';
    }
    if (change.font !== undefined || change.bold !== undefined) {
      const baseFont = this.element('fonts', Number(a.fontId ?? 0)) ?? `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`;
      set.fontId = String(this.append('fonts', restyleFont(baseFont, change, p)));
      set.applyFont = '1';
    }
    if (change.numberFormat !== undefined) {
      set.numFmtId = String(this.numberFormatId(change.numberFormat));
      set.applyNumberFormat = '1';
    }
    let xf = withAttrs(baseXf, set);
    if (change.wrap !== undefined) xf = withWrap(xf, change.wrap, p);
    const index = this.append('cellXfs', xf);
    this.derived.set(key, index);
    return index;
  }

  private numberFormatId(code: string): number {
    for (const [id, c] of Object.entries(BUILTIN_FORMATS)) if (c === code) return Number(id);
    for (const [id, c] of this.numFmts) if (c === code) return id;
    const id = this.nextNumFmt++;
    this.numFmts.set(id, code);
    this.append('numFmts', `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private append(kind: Kind, element: string): number {
    // The same new font or fill for many formats is appended once.
    const again = this.containers[kind].added.indexOf(element);
    if (again >= 0) return this.containers[kind].items.length + again;
    const index = this.count(kind);
    this.containers[kind].added.push(element);
    return index;
  }

  get changed(): boolean {
    return Object.values(this.containers).some((c) => c.added.length > 0);
  }

  /** styles.xml with the appended entries: existing bytes untouched but the containers' `count`. */
  toXml(): string {
    const edits: { at: number; end: number; text: string }[] = [];
    const p = this.prefix;
    for (const kind of Object.keys(this.containers) as Kind[]) {
      const c = this.containers[kind];
      if (!c.added.length) continue;
      const count = this.count(kind);
      const body = c.added.join('');
      if (c.open && c.close && c.open !== c.close) {
        edits.push({ at: c.open.start, end: c.open.end, text: withAttrs(this.xml.slice(c.open.start, c.open.end), { count: String(count) }) });
        edits.push({ at: c.close.start, end: c.close.start, text: body });
      } else if (c.open) {
        const open = withAttrs(this.xml.slice(c.open.start, c.open.end), { count: String(count) }).replace(/\s*\/>$/, '>');
        edits.push({ at: c.open.start, end: c.open.end, text: `${open}${body}</${p}${kind}>` });
      } else {
        edits.push({ at: this.insertionPoint(kind), end: this.insertionPoint(kind), text: `<${p}${kind} count="${count}">${body}</${p}${kind}>` });
      }
    }
    return splice(this.xml, edits);
  }

  /** Where a missing container goes: before the first later sibling that exists, else before `</styleSheet>`. */
  private insertionPoint(kind: Kind): number {
    for (const later of ORDER.slice(ORDER.indexOf(kind) + 1)) {
      const c = (this.containers as Record<string, Container>)[later];
      if (c?.open) return c.open.start;
      const other = this.otherOpens.get(later);
      if (other !== undefined) return other;
    }
    return this.rootClose >= 0 ? this.rootClose : this.xml.length;
  }
}

/** A minimal styles part for a package that has none: one font, the two fills Excel requires, one border, one format. */
export function minimalStyles(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

function hexOf(rgb: string | undefined): string | undefined {
  const m = rgb ? /^(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})$/.exec(rgb) : null;
  return m ? `#${m[1].toUpperCase()}` : undefined;
}

/** The rgb colour of the first child element `name` (theme and indexed colours are left undefined, as before). */
function childColour(xml: string, name: string): string | undefined {
  let out: string | undefined;
  scanTags(xml, (t) => {
    if (t.name === name && t.kind !== 'close') {
      out = hexOf(attrsOf(xml, t).find((a) => a.name === 'rgb')?.value);
      return false;
    }
  });
  return out;
}

function solidFill(xml: string): string | undefined {
  let solid = false;
  scanTags(xml, (t) => {
    if (t.name === 'patternFill' && t.kind !== 'close') {
      solid = attrsOf(xml, t).find((a) => a.name === 'patternType')?.value === 'solid';
      return false;
    }
  });
  return solid ? childColour(xml, 'fgColor') : undefined;
}

/** Removes child elements `names` (empty or with content) from an element's text. */
function withoutChildren(xml: string, names: string[]): string {
  const edits: Splice[] = [];
  let open: Tag | undefined;
  scanTags(xml, (t) => {
    if (!names.includes(t.name)) return;
    if (t.kind === 'empty') edits.push({ at: t.start, end: t.end, text: '' });
    else if (t.kind === 'open') open = t;
    else if (open) {
      edits.push({ at: open.start, end: t.end, text: '' });
      open = undefined;
    }
  });
  return splice(xml, edits);
}

function beforeClose(xml: string, text: string): string {
  const close = xml.lastIndexOf('</');
  if (close < 0) return xml.replace(/\s*\/>$/, `>${text}</${firstTag(xml)?.prefix ?? ''}${firstTag(xml)?.name ?? 'font'}>`);
  return xml.slice(0, close) + text + xml.slice(close);
}

/** A font element with the plan's colour and weight; name, size, italic and the rest kept. */
function restyleFont(font: string, change: CellStyle, p: string): string {
  let out = font;
  if (change.font !== undefined) {
    out = withoutChildren(out, ['color']);
    if (change.font !== null) out = beforeClose(out, `<${p}color rgb="FF${change.font.slice(1).toUpperCase()}"/>`);
  }
  if (change.bold !== undefined) {
    out = withoutChildren(out, ['b']);
    if (change.bold) out = beforeClose(out, `<${p}b/>`);
  }
  return out;
}

/** An xf with wrapText set on its alignment (added when it has none). */
function withWrap(xf: string, wrap: boolean, p: string): string {
  let alignment: Tag | undefined;
  scanTags(xf, (t) => {
    if (t.name === 'alignment' && t.kind !== 'close') {
      alignment = t;
      return false;
    }
  });
  const withApply = withAttrs(xf, { applyAlignment: '1' });
  if (alignment) {
    const shift = withApply.length - xf.length;
    const tagText = xf.slice(alignment.start, alignment.end);
    return withApply.slice(0, alignment.start + shift) + withAttrs(tagText, { wrapText: wrap ? '1' : '0' }) + withApply.slice(alignment.end + shift);
  }
  return beforeClose(withApply, `<${p}alignment wrapText="${wrap ? 1 : 0}"/>`);
}
