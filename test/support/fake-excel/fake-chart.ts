/** `worksheet.charts` (ExcelApi 1.1): add, getItem, name, title, position, series fill colours, category axis order, delete. */
import type { CellValue } from '../../../src/engine/grid';
import { normaliseColour } from './cell-properties';
import { FakeClientObject, FakeClientResult, FakeNavigationObject } from './fake-client-object';
import { FakeCollection } from './fake-collection';
import { FakeExcelError } from './fake-errors';
import type { FakeRange } from './fake-range';
import type { FakeRequestContext } from './fake-request-context';
import type { FakeSheet, Rect } from './fake-workbook';
import type { FakeWorksheet } from './fake-worksheet';
import { parseRangeAddress } from './range-address';

/** One chart as the fake keeps it on its sheet. */
export interface FakeChartState {
  name: string;
  type: string;
  seriesBy: string;
  /** The source range (on `sourceSheet`). */
  source: Rect;
  sourceSheet: string;
  title: string;
  /** Top-left and bottom-right cells, once `setPosition` placed it. */
  position: { from: string; to: string } | null;
  series: { name: CellValue; fill: string | null }[];
  reversePlotOrder: boolean;
}

const SERIES_BY = ['Auto', 'Columns', 'Rows'];

export class FakeChartCollection extends FakeCollection<FakeChart> {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(context, 'ChartCollection');
  }
  private sheet(): FakeSheet {
    return this.worksheet.target();
  }
  protected createItems(): FakeChart[] {
    return this.sheet().charts.map((c) => new FakeChart(this.context, this.worksheet, 'item', () => c, 'item'));
  }
  protected itemResult(item: FakeChart): Record<string, unknown> | null {
    return item.queryResult(this.itemPaths);
  }

  /**
   * ChartCollection.add: with `Columns`, the first row of the source gives the series names and the
   * first column the categories, one series per further column (Excel's reading of a table with headers).
   */
  add(type: string, source: FakeRange, seriesBy = 'Auto'): FakeChart {
    return new FakeChart(this.context, this.worksheet, `Add(${type})`, () => {
      if (!SERIES_BY.includes(seriesBy)) throw new FakeExcelError('InvalidArgument', `Unknown ChartSeriesBy ${seriesBy}.`);
      if (!(source as unknown as { rect?: unknown })?.rect) throw new FakeExcelError('InvalidArgument', 'ChartCollection.add needs a Range as its source.');
      const rect = source.rect();
      const from = source.sheet();
      if (seriesBy !== 'Columns') throw new FakeExcelError('InvalidArgument', `fake-excel models charts by columns only, not ${seriesBy}.`);
      const series = [];
      for (let c = rect.left + 1; c <= rect.right; c++) series.push({ name: from.cell(rect.top, c)?.value ?? null, fill: null });
      const sheet = this.sheet();
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((x) => x.name === `Chart ${n}`)) n++;
      const state: FakeChartState = { name: `Chart ${n}`, type, seriesBy, source: rect, sourceSheet: from.name, title: '', position: null, series, reversePlotOrder: false };
      sheet.charts.push(state);
      return state;
    });
  }

  getItem(name: string): FakeChart {
    return new FakeChart(this.context, this.worksheet, `GetItem(${name})`, () => {
      const found = this.sheet().charts.find((c) => c.name === name);
      if (!found) throw new FakeExcelError('ItemNotFound', `There is no chart named ${name} on ${this.sheet().name}.`);
      return found;
    }, 'path');
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.context.enqueue({ ActionType: 'Method', Name: 'GetCount', ObjectPathId: this.pathId }, () => {
      result.fill(this.sheet().charts.length);
      return 4;
    });
    return result;
  }
}

/** A chart proxy: bound to one chart when the operation that creates or finds it runs at sync. */
export class FakeChart extends FakeClientObject {
  readonly title: FakeChartTitle;
  readonly series: FakeChartSeriesCollection;
  readonly axes: FakeChartAxes;
  private bound: FakeChartState | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
    name: string,
    resolve: () => FakeChartState,
    kind: 'write' | 'path' | 'item' = 'write',
  ) {
    super(context, 'Chart');
    this.title = new FakeChartTitle(context, () => this.target());
    this.series = new FakeChartSeriesCollection(context, () => this.target());
    this.axes = new FakeChartAxes(context, () => this.target());
    if (kind === 'item') {
      this.bound = resolve();
      return;
    }
    // Adding a chart is not on Microsoft's list of calls Excel cannot undo, so it may run in an undo group.
    context.enqueue({ Id: this.pathId, ObjectPathType: 'Method', Name: name }, () => {
      this.bound = resolve();
      return 0;
    }, kind);
  }

  target(): FakeChartState {
    if (!this.bound) throw new FakeExcelError('GeneralException', 'fake-excel: chart proxy used before it was resolved.');
    if (!this.worksheet.target().charts.includes(this.bound)) throw new FakeExcelError('ItemNotFound', 'The chart has been deleted.');
    return this.bound;
  }

  protected scalarProperties(): string[] {
    return ['name'];
  }
  protected readProperty(name: string): unknown {
    return name === 'name' ? this.target().name : undefined;
  }
  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.action('name', [value], () => {
      if (!value) throw new FakeExcelError('InvalidArgument', 'A chart name cannot be empty.');
      this.target().name = value;
    });
  }
  /** Chart.setPosition: the chart covers startCell to endCell (A1 on its own sheet). */
  setPosition(startCell: string, endCell?: string): void {
    this.action('SetPosition', [startCell, endCell], () => {
      const sheet = this.worksheet.target().name;
      parseRangeAddress(startCell, sheet);
      if (endCell !== undefined) parseRangeAddress(endCell, sheet);
      this.target().position = { from: startCell, to: endCell ?? startCell };
    });
  }
  delete(): void {
    this.action('Delete', [], () => {
      const sheet = this.worksheet.target();
      const state = this.target();
      sheet.charts = sheet.charts.filter((c) => c !== state);
    });
  }
  // "Excel add-ins undo capabilities" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities) lists these two as not undoable.
  set categoryLabelLevel(value: number) {
    this.action('categoryLabelLevel', [value], () => this.context.callWithoutUndo('Chart.categoryLabelLevel'));
  }
  set seriesNameLevel(value: number) {
    this.action('seriesNameLevel', [value], () => this.context.callWithoutUndo('Chart.seriesNameLevel'));
  }
}

export class FakeChartTitle extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly chart: () => FakeChartState,
  ) {
    super(context, 'ChartTitle');
  }
  protected scalarProperties(): string[] {
    return ['text'];
  }
  protected readProperty(name: string): unknown {
    return name === 'text' ? this.chart().title : undefined;
  }
  get text(): string {
    return this.loaded('text');
  }
  set text(value: string) {
    this.action('text', [value], () => {
      this.chart().title = value;
    });
  }
}

export class FakeChartSeriesCollection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly chart: () => FakeChartState,
  ) {
    super(context, 'ChartSeriesCollection');
  }
  protected scalarProperties(): string[] {
    return ['count'];
  }
  protected readProperty(name: string): unknown {
    return name === 'count' ? this.chart().series.length : undefined;
  }
  get count(): number {
    return this.loaded('count');
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, () => {
      const series = this.chart().series[index];
      if (!series) throw new FakeExcelError('ItemNotFound', `The chart has no series at index ${index}.`);
      return series;
    });
  }
}

type SeriesState = FakeChartState['series'][number];

export class FakeChartSeries extends FakeClientObject {
  readonly format: FakeChartSeriesFormat;
  constructor(
    context: FakeRequestContext,
    private readonly series: () => SeriesState,
  ) {
    super(context, 'ChartSeries');
    this.format = new FakeChartSeriesFormat(context, series);
  }
  protected scalarProperties(): string[] {
    return ['name'];
  }
  protected readProperty(name: string): unknown {
    return name === 'name' ? String(this.series().name ?? '') : undefined;
  }
  get name(): string {
    return this.loaded('name');
  }
}

export class FakeChartSeriesFormat extends FakeNavigationObject {
  readonly fill: FakeChartFill;
  constructor(context: FakeRequestContext, series: () => SeriesState) {
    super(context, 'ChartSeriesFormat');
    this.fill = new FakeChartFill(context, series);
  }
}

export class FakeChartFill extends FakeNavigationObject {
  constructor(
    context: FakeRequestContext,
    private readonly series: () => SeriesState,
  ) {
    super(context, 'ChartFill');
  }
  setSolidColor(color: string): void {
    this.action('SetSolidColor', [color], () => {
      this.series().fill = normaliseColour(color);
    });
  }
  clear(): void {
    this.action('Clear', [], () => {
      this.series().fill = null;
    });
  }
}

export class FakeChartAxes extends FakeNavigationObject {
  readonly categoryAxis: FakeChartAxis;
  constructor(context: FakeRequestContext, chart: () => FakeChartState) {
    super(context, 'ChartAxes');
    this.categoryAxis = new FakeChartAxis(context, chart);
  }
}

/** The category axis only: its plot order. */
export class FakeChartAxis extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly chart: () => FakeChartState,
  ) {
    super(context, 'ChartAxis');
  }
  protected scalarProperties(): string[] {
    return ['reversePlotOrder'];
  }
  protected readProperty(name: string): unknown {
    return name === 'reversePlotOrder' ? this.chart().reversePlotOrder : undefined;
  }
  get reversePlotOrder(): boolean {
    return this.loaded('reversePlotOrder');
  }
  set reversePlotOrder(value: boolean) {
    this.action('reversePlotOrder', [value], () => {
      this.chart().reversePlotOrder = value;
    });
  }
}
