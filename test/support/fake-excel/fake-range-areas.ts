/** RangeAreas: the formula cells, constants or merged areas of a range. */
import { FakeClientObject } from './fake-client-object';
import { FakeExcelError } from './fake-errors';
import type { FakeRange } from './fake-range';
import type { FakeRequestContext } from './fake-request-context';
import type { Rect } from './fake-workbook';
import { formatRangeAddress } from './range-address';

export class FakeRangeAreas extends FakeClientObject {
  private areas: Rect[] | null | undefined;
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
    cellType: string,
  ) {
    super(context, 'RangeAreas');
    if (cellType !== 'Formulas' && cellType !== 'Constants' && cellType !== 'MergedAreas') throw new FakeExcelError('GeneralException', `fake-excel does not model special cells of type ${cellType}.`);
    context.enqueue({ Id: this.pathId, ObjectPathType: 'Method', Name: `GetSpecialCellsOrNullObject(${cellType})`, ParentObjectPathId: range.pathId }, () => {
      const r = range.rect();
      const s = range.sheet();
      if (cellType === 'MergedAreas') {
        const inside = s.merges.filter((m) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left);
        this.areas = inside.length ? inside.map((m) => ({ ...m })) : null;
        this.remember('isNullObject', this.areas === null);
        return 0;
      }
      const hits: boolean[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: boolean[] = [];
        for (let column = r.left; column <= r.right; column++) {
          const c = s.cell(row, column);
          line.push(cellType === 'Formulas' ? !!c?.formula : !!c && !c.formula && c.value !== null);
        }
        hits.push(line);
      }
      const found = toRects(hits, r.top, r.left);
      this.areas = found.length ? found : null;
      this.remember('isNullObject', this.areas === null);
      return 0;
    }, 'path');
  }
  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }
  protected override isNull(): boolean {
    return this.areas === null;
  }
  protected scalarProperties(): string[] {
    return ['address', 'areaCount', 'cellCount'];
  }
  protected readProperty(name: string): unknown {
    if (this.areas === undefined || this.areas === null) throw new FakeExcelError('InvalidOperation', 'The object is a null object (isNullObject is true); it cannot be used.');
    const sheet = this.range.sheet().name;
    if (name === 'address') return this.areas.map((a) => formatRangeAddress(sheet, a)).join(',');
    if (name === 'areaCount') return this.areas.length;
    if (name === 'cellCount') return this.areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
    return undefined;
  }
  get address(): string {
    return this.loaded('address');
  }
  get areaCount(): number {
    return this.loaded('areaCount');
  }
}

/** Covers the true cells with rectangles: runs along each row, merged down while the span repeats. */
function toRects(hits: boolean[][], top: number, left: number): Rect[] {
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  hits.forEach((line, i) => {
    const spans: [number, number][] = [];
    for (let j = 0; j < line.length; j++) {
      if (!line[j]) continue;
      let k = j;
      while (k + 1 < line.length && line[k + 1]) k++;
      spans.push([j, k]);
      j = k;
    }
    const next = new Map<string, Rect>();
    for (const [a, b] of spans) {
      const key = `${a}:${b}`;
      const prev = open.get(key);
      if (prev) {
        prev.bottom = top + i;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { top: top + i, bottom: top + i, left: left + a, right: left + b });
    }
    done.push(...open.values());
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  });
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}
