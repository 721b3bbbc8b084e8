import { fromA1, type CellValue } from '../engine/grid';
import { parseAddress } from './cell-address';
import { ownChartName, type ChartSpec, type CellWrite } from '../engine/plan';
import { quotedSheet } from './workbook-part';
import { escapeXml } from './xml-text';

/**
 * DrawingML for the charts a plan places on a sheet it creates: one drawing part holding a
 * two-cell anchor per chart, and one chart part per chart (a stacked horizontal bar chart whose
 * series read the sheet's own cells). Caches of the planned values are written with each
 * reference, so viewers that do not recalculate charts still show the bars.
 */

export const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** `B12:B17` on sheet `RAG Summary` → `'RAG Summary'!$B$12:$B$17`. */
function absoluteRef(sheet: string, range: string): string {
  const abs = range
    .split(':')
    .map((a) => a.trim().replace(/\$/g, '').replace(/^([A-Za-z]+)(\d+)$/, (_, c: string, r: string) => `$${c.toUpperCase()}$${r}`))
    .join(':');
  return `${quotedSheet(sheet)}!${abs}`;
}

/** The addresses of a one-column or one-row range, in order. */
function cellsOf(range: string): { row: number; column: number }[] {
  const [a, b = a] = range.split(':').map(fromA1);
  const out: { row: number; column: number }[] = [];
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    for (let c = Math.min(a.column, b.column); c <= Math.max(a.column, b.column); c++) out.push({ row: r, column: c });
  }
  return out;
}

type Lookup = (row: number, column: number) => CellValue | undefined;

export function cellLookup(cells: CellWrite[]): Lookup {
  // Numeric keys (three letters reach column 18,277, under 2^15): a summary has hundreds of thousands of cells.
  const byKey = new Map<number, CellValue | undefined>();
  for (const w of cells) {
    const { row, column } = parseAddress(w.address);
    byKey.set(row * 32768 + column, w.value);
  }
  return (row, column) => byKey.get(row * 32768 + column);
}

function strRef(sheet: string, range: string, value: Lookup): string {
  const pts = cellsOf(range)
    .map(({ row, column }, i) => {
      const v = value(row, column);
      return v === null || v === undefined || v === '' ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`;
    })
    .join('');
  return `<c:strRef><c:f>${escapeXml(absoluteRef(sheet, range))}</c:f><c:strCache><c:ptCount val="${cellsOf(range).length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(sheet: string, range: string, value: Lookup): string {
  const pts = cellsOf(range)
    .map(({ row, column }, i) => {
      const v = value(row, column);
      return typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '';
    })
    .join('');
  return `<c:numRef><c:f>${escapeXml(absoluteRef(sheet, range))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cellsOf(range).length}"/>${pts}</c:numCache></c:numRef>`;
}

const rgb = (colour: string) => colour.replace(/^#/, '').toUpperCase();

/**
 * The value axis step: whole counts only (an automatic 0.5 step would label 0, 1, 1, 2), and at most
 * about ten steps along the longest bar (1, 2, 5, 10, 20, 50, …).
 */
export function countStep(chart: ChartSpec, value: Lookup): number {
  const categories = cellsOf(chart.categories).length;
  const series = chart.series.map((s) => cellsOf(s.values));
  let longest = 0;
  for (let i = 0; i < categories; i++) {
    let sum = 0;
    for (const cells of series) {
      const cell = cells[i];
      const v = cell && value(cell.row, cell.column);
      if (typeof v === 'number' && Number.isFinite(v) && v > 0) sum += v;
    }
    longest = Math.max(longest, sum);
  }
  const rough = longest / 10;
  for (let scale = 1; ; scale *= 10) for (const m of [1, 2, 5]) if (m * scale >= rough) return m * scale;
}

/** A chart part: `c:barChart`, bars across (`bar`), series stacked (`stacked`, overlap 100), categories top to bottom. */
export function chartXml(sheet: string, chart: ChartSpec, value: Lookup): string {
  const step = countStep(chart, value);
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(sheet, s.nameCell, (r, c) => value(r, c) ?? s.name)}</c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${rgb(s.colour)}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></c:spPr>` +
        `<c:invertIfNegative val="0"/><c:cat>${strRef(sheet, chart.categories, value)}</c:cat><c:val>${numRef(sheet, s.values, value)}</c:val></c:ser>`,
    )
    .join('');
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="50"/><c:overlap val="100"/><c:axId val="500100"/><c:axId val="500200"/></c:barChart>` +
    // Categories read top to bottom as in the table (maxMin), so the value axis crosses at the bottom (max).
    '<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/>' +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500100"/><c:crosses val="max"/><c:crossBetween val="between"/>' + `<c:majorUnit val="${step}"/></c:valAx>` +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/**
 * Two-cell anchors for the charts, each covering its `from` cell to the end of its `to` cell and named
 * as the add-in names its charts (`cNvPr` name, Excel's `Chart.name`). Shape ids start at `firstId`.
 * `declare` puts the xdr and a namespaces on each anchor, for a drawing whose own prefixes are unknown.
 */
export function chartAnchors(charts: ChartSpec[], chartRelIds: string[], firstId = 2, declare = false): string {
  const ns = declare ? ` xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"` : '';
  return charts
    .map((chart, i) => {
      const from = fromA1(chart.anchor.from);
      const to = fromA1(chart.anchor.to);
      const mark = (tag: string, row: number, col: number) =>
        `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor${ns} editAs="oneCell">${mark('from', from.row, from.column)}${mark('to', to.row + 1, to.column + 1)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${firstId + i}" name="${escapeXml(ownChartName(i))}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${chartRelIds[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
}

/** A new drawing part holding the charts' anchors. */
export function drawingXml(charts: ChartSpec[], chartRelIds: string[]): string {
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">${chartAnchors(charts, chartRelIds)}</xdr:wsDr>`;
}
