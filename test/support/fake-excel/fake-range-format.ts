/** Range formats (fill, font, wrap, column width), the proxies behind `range.format`. */
import { AUTOMATIC_FONT, NO_FILL, normaliseColour } from './cell-properties';
import { FakeClientObject } from './fake-client-object';
import { FakeExcelError } from './fake-errors';
import type { FakeRange } from './fake-range';
import type { FakeRequestContext } from './fake-request-context';
import type { FakeCell } from './fake-workbook';

/** Excel's default column width (8.43 characters of Calibri 11) in points. */
const DEFAULT_COLUMN_WIDTH = 48;

export class FakeRangeFill extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context, 'RangeFill');
  }
  protected scalarProperties(): string[] {
    return ['color', 'pattern'];
  }
  protected readProperty(name: string): unknown {
    const fills = uniform(this.range, (c) => c?.fill);
    if (name === 'color') return fills === undefined ? NO_FILL : fills;
    if (name === 'pattern') return fills === undefined ? 'None' : fills === null ? null : 'Solid';
    return undefined;
  }
  get color(): string {
    return this.loaded('color');
  }
  set color(value: string) {
    const colour = normaliseColour(value);
    this.range.forEachCell('format.fill.color', [value], (c) => {
      c.fill = colour;
    });
  }
  clear(): void {
    this.range.forEachCell('format.fill.clear', [], (c) => {
      delete c.fill;
    });
  }
}

export class FakeRangeFont extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context, 'RangeFont');
  }
  protected scalarProperties(): string[] {
    return ['color', 'bold'];
  }
  protected readProperty(name: string): unknown {
    if (name === 'color') {
      const v = uniform(this.range, (c) => c?.fontColor);
      return v === undefined ? AUTOMATIC_FONT : v;
    }
    if (name === 'bold') return uniform(this.range, (c) => !!c?.bold);
    return undefined;
  }
  get color(): string {
    return this.loaded('color');
  }
  set color(value: string) {
    const colour = normaliseColour(value);
    this.range.forEachCell('format.font.color', [value], (c) => {
      c.fontColor = colour;
    });
  }
  get bold(): boolean {
    return this.loaded('bold');
  }
  set bold(value: boolean) {
    this.range.forEachCell('format.font.bold', [value], (c) => {
      if (value) c.bold = true;
      else delete c.bold;
    });
  }
}

export class FakeRangeFormat extends FakeClientObject {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context, 'RangeFormat');
    this.fill = new FakeRangeFill(context, range);
    this.font = new FakeRangeFont(context, range);
  }
  protected scalarProperties(): string[] {
    return ['wrapText', 'columnWidth'];
  }
  protected override navigation(name: string): FakeClientObject | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }
  protected readProperty(name: string): unknown {
    if (name === 'wrapText') return uniform(this.range, (c) => !!c?.wrap);
    if (name === 'columnWidth') {
      const r = this.range.rect();
      const s = this.range.sheet();
      const widths = new Set<number>();
      for (let c = r.left; c <= r.right; c++) widths.add(s.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      return widths.size === 1 ? [...widths][0] : null;
    }
    return undefined;
  }
  get wrapText(): boolean {
    return this.loaded('wrapText');
  }
  set wrapText(value: boolean) {
    this.range.forEachCell('format.wrapText', [value], (c) => {
      if (value) c.wrap = true;
      else delete c.wrap;
    });
  }
  get columnWidth(): number {
    return this.loaded('columnWidth');
  }
  set columnWidth(points: number) {
    this.action('format.columnWidth', [points], () => {
      const r = this.range.rect();
      const s = this.range.sheet();
      this.range.checkWritable(s);
      for (let c = r.left; c <= r.right; c++) s.columnWidths.set(c, points);
    });
  }
  autofitColumns(): void {
    this.action('format.autofitColumns', [], () => undefined);
  }
}

/** The shared value over the range, or null when the cells differ (Office.js reports mixed formats as null). */
function uniform<T>(range: FakeRange, pick: (c: FakeCell | undefined) => T): T | null {
  const r = range.rect();
  const s = range.sheet();
  let first: T | undefined;
  let seen = false;
  for (let row = r.top; row <= r.bottom; row++) {
    for (let column = r.left; column <= r.right; column++) {
      const v = pick(s.cell(row, column));
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) return null;
    }
  }
  return first as T;
}
