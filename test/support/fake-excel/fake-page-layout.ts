/** `worksheet.pageLayout` (ExcelApi 1.9): paper, orientation, zoom, print title rows, headers and footers. */
import { FakeClientObject, FakeNavigationObject } from './fake-client-object';
import { FakeExcelError } from './fake-errors';
import type { FakeRequestContext } from './fake-request-context';
import type { FakeSheet } from './fake-workbook';
import type { FakeWorksheet } from './fake-worksheet';
import { formatRangeAddress, parseRangeAddress } from './range-address';

export type HeaderFooterSection = 'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter';
const SECTIONS: HeaderFooterSection[] = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

/** A sheet's print setup as the fake keeps it; a new sheet has Excel's defaults (portrait, 100 %, no titles, empty header and footer). */
export interface FakePageSetup {
  orientation: string;
  paperSize: string;
  zoom: Excel.PageLayoutZoomOptions;
  /** `$1:$2` as Excel reports it (sheet part dropped), or null. */
  printTitleRows: string | null;
  headerFooter: Record<HeaderFooterSection, string>;
}

export function defaultPageSetup(): FakePageSetup {
  return { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, printTitleRows: null, headerFooter: Object.fromEntries(SECTIONS.map((s) => [s, ''])) as Record<HeaderFooterSection, string> };
}

const ORIENTATIONS = ['Portrait', 'Landscape'];
// Excel.PaperType values the fake accepts (a subset; anything else is an InvalidArgument as in Excel).
const PAPERS = ['A3', 'A4', 'A5', 'Letter', 'Legal', 'Executive'];

export class FakePageLayout extends FakeClientObject {
  readonly headersFooters: FakeHeaderFooterGroup;
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(context, 'PageLayout');
    this.headersFooters = new FakeHeaderFooterGroup(context, () => this.setup());
  }
  setup(): FakePageSetup {
    return this.worksheet.target().pageSetup;
  }
  private sheet(): FakeSheet {
    return this.worksheet.target();
  }
  protected scalarProperties(): string[] {
    return ['orientation', 'paperSize', 'zoom'];
  }
  protected override navigation(name: string): FakeClientObject | undefined {
    return name === 'headersFooters' ? this.headersFooters : undefined;
  }
  protected readProperty(name: string): unknown {
    const s = this.setup();
    if (name === 'orientation') return s.orientation;
    if (name === 'paperSize') return s.paperSize;
    if (name === 'zoom') return { ...s.zoom };
    return undefined;
  }
  get orientation(): string {
    return this.loaded('orientation');
  }
  set orientation(value: string) {
    this.action('orientation', [value], () => {
      if (!ORIENTATIONS.includes(value)) throw new FakeExcelError('InvalidArgument', `Unknown page orientation ${value}.`);
      this.setup().orientation = value;
    });
  }
  get paperSize(): string {
    return this.loaded('paperSize');
  }
  set paperSize(value: string) {
    this.action('paperSize', [value], () => {
      if (!PAPERS.includes(value)) throw new FakeExcelError('InvalidArgument', `Unknown paper size ${value}.`);
      this.setup().paperSize = value;
    });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.loaded('zoom');
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.action('zoom', [value], () => {
      const known = ['horizontalFitToPages', 'verticalFitToPages', 'scale'];
      const unknown = Object.keys(value).filter((k) => !known.includes(k));
      if (unknown.length) throw new FakeExcelError('InvalidArgument', `PageLayoutZoomOptions has no ${unknown.join(', ')}.`);
      // PageLayoutZoomOptions: scale is null when fitting to pages, and the fit counts null when a scale is used.
      if (value.scale !== undefined && (value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined)) {
        throw new FakeExcelError('InvalidArgument', 'A zoom is either a scale or a fit to pages, not both.');
      }
      this.setup().zoom = { ...value };
    });
  }
  /** Rows repeated at the top of each printed page: whole rows only (`$1:$2`). */
  setPrintTitleRows(rows: string): void {
    this.action('SetPrintTitleRows', [rows], () => {
      const rect = parseRangeAddress(rows, this.sheet().name);
      if (rect.left !== 0 || rect.right !== 16383) throw new FakeExcelError('InvalidArgument', `Print title rows must be whole rows, not ${rows}.`);
      this.setup().printTitleRows = formatRangeAddress(this.sheet().name, rect).replace(/^.*!/, '').replace(/(\d+)/g, '$$$1');
    });
  }
}

export class FakeHeaderFooterGroup extends FakeNavigationObject {
  readonly defaultForAllPages: FakeHeaderFooter;
  constructor(context: FakeRequestContext, setup: () => FakePageSetup) {
    super(context, 'HeaderFooterGroup');
    this.defaultForAllPages = new FakeHeaderFooter(context, setup);
  }
  protected override navigation(name: string): FakeClientObject | undefined {
    return name === 'defaultForAllPages' ? this.defaultForAllPages : undefined;
  }
}

/** The header and footer of every page: three sections each, in Excel's header/footer code. */
export class FakeHeaderFooter extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly setup: () => FakePageSetup,
  ) {
    super(context, 'HeaderFooter');
    for (const section of SECTIONS) {
      Object.defineProperty(this, section, {
        get: () => this.loaded(section),
        set: (value: string) => this.action(section, [value], () => {
          if (typeof value !== 'string') throw new FakeExcelError('InvalidArgument', `${section} takes text.`);
          this.setup().headerFooter[section] = value;
        }),
      });
    }
  }
  protected scalarProperties(): string[] {
    return SECTIONS;
  }
  protected readProperty(name: string): unknown {
    return this.setup().headerFooter[name as HeaderFooterSection];
  }
}
