import { chartXml, cellLookup } from '../../src/file/chart-xml';
import { resolve } from './package-consistency';
import { unzipAll, zipEntries } from './xlsx-fixtures';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

const relTarget = (rels: string, id: string) => new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship\\b[^>]*Target="([^"]*)"[^>]*Id="${id}"`).exec(rels)![1];

/** The anchor an analyst's chart gets in Excel: a two-cell anchor at H2:N16, named as Excel names it. */
export const USER_ANCHOR =
  `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="My chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
  `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${REL}" r:id="rId7"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;

/**
 * Draws an analyst's own chart on a sheet whose drawing the add-in made: an anchor named "My chart"
 * added to that drawing, a chart part (plotting cells of the sheet) with a chart style part, their
 * rels and content types. Returns the new package and the names of the user's parts.
 */
export function drawUserChart(zip: Uint8Array, sheetName: string): { bytes: Buffer; drawingPart: string; chartPart: string; stylePart: string } {
  const parts = unzipAll(zip);
  const text = (name: string) => parts.get(name)!.toString();
  const sheetRelId = new RegExp(`<sheet\\b[^>]*name="${sheetName}"[^>]*r:id="([^"]*)"`).exec(text('xl/workbook.xml'))![1];
  const sheetPart = resolve('xl/workbook.xml', relTarget(text('xl/_rels/workbook.xml.rels'), sheetRelId));
  const sheetFolder = sheetPart.slice(0, sheetPart.lastIndexOf('/') + 1);
  const drawingId = /<drawing r:id="([^"]*)"/.exec(text(sheetPart))![1];
  const drawingPart = resolve(sheetPart, relTarget(text(`${sheetFolder}_rels/${sheetPart.slice(sheetFolder.length)}.rels`), drawingId));
  const drawingRels = drawingPart.replace(/([^/]*)$/, '_rels/$1.rels');
  const chartPart = 'xl/charts/chart90.xml';
  const stylePart = 'xl/charts/style90.xml';
  const chart = chartXml(sheetName, { type: 'stackedBar', title: 'My own chart', categories: 'A1:A2', series: [{ name: 'Mine', nameCell: 'B1', values: 'B1:B2', colour: '#4472C4' }], anchor: { from: 'H2', to: 'N16' } }, cellLookup([]));
  const drawing = text(drawingPart);
  if (!drawing.includes(XDR)) throw new Error(`${drawingPart} is not a spreadsheet drawing`);
  const out: Record<string, string | Uint8Array> = Object.fromEntries(parts);
  out[drawingPart] = drawing.replace(/<\/xdr:wsDr>$/, `${USER_ANCHOR}</xdr:wsDr>`);
  out[drawingRels] = text(drawingRels).replace('</Relationships>', `<Relationship Id="rId7" Type="${REL}/chart" Target="../charts/chart90.xml"/></Relationships>`);
  out[chartPart] = chart;
  out['xl/charts/_rels/chart90.xml.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/chartStyle" Target="style90.xml"/></Relationships>`;
  out[stylePart] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" id="201"/>';
  out['[Content_Types].xml'] = text('[Content_Types].xml').replace(
    '</Types>',
    '<Override PartName="/xl/charts/chart90.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/charts/style90.xml" ContentType="application/vnd.ms-office.chartstyle+xml"/></Types>',
  );
  return { bytes: zipEntries(out), drawingPart, chartPart, stylePart };
}
