import { isOwnChartName, type NewSheet } from '../engine/plan';
import { chartAnchors } from './chart-xml';
import { patchRels } from './package-index';
import { chartRels, chartTypes, removeOwnedParts, writeChartParts } from './sheet-drawing';
import { splice } from './xml-edit';
import { attr, attrsOf, scanTags } from './xml-scan';
import { hasPart, partKey, partText, relationshipsOf, relsPartOf, setPart, type XlsxPackage } from './xlsx-package';

/**
 * An analyst may draw their own chart (or picture, shape) on the add-in's summary sheet. Excel's
 * adapter deletes only the charts named `ScorecardRater_chart…` when it rewrites the sheet, so the
 * file adapter does the same: when a plan replaces an own sheet, its drawing part stays with every
 * anchor that is not the add-in's, byte for byte, and the new charts are appended to it.
 */

/** The drawing part that stays on a replaced sheet, and the sheet's relationship id pointing at it. */
export interface KeptDrawing {
  part: string;
  relId: string;
}

const ANCHORS = new Set(['twoCellAnchor', 'oneCellAnchor', 'absoluteAnchor']);
/** Attributes that name a relationship of the drawing (r:id, r:embed, r:link, diagram parts' r:dm/lo/qs/cs, …). */
const REL_ATTRS = new Set(['id', 'embed', 'link', 'pict', 'dm', 'lo', 'qs', 'cs']);

/** One child of the drawing's root: where it lies, the relationship ids it uses, and whether it is the add-in's chart. */
interface Anchor {
  start: number;
  end: number;
  relIds: string[];
  own: boolean;
}

/**
 * The root's children (anchors, alternate content, …). An anchor is the add-in's when it is a chart
 * graphic frame whose `xdr:graphicFrame/xdr:nvGraphicFramePr/xdr:cNvPr/@name` is one of its chart
 * names, or `Chart n` with one of `legacyTitles` as its alt text (`descr`): how this adapter wrote
 * its charts before it named them, so a copy rated then does not keep a stale chart.
 */
function anchorsOf(xml: string, legacyTitles: ReadonlySet<string>): Anchor[] {
  const out: Anchor[] = [];
  const path: string[] = [];
  let current: (Anchor & { named: boolean; chart: boolean }) | undefined;
  scanTags(xml, (tag) => {
    if (tag.kind === 'close') {
      path.pop();
      if (path.length === 1 && current) {
        current.end = tag.end;
        out.push({ start: current.start, end: current.end, relIds: current.relIds, own: current.named && current.chart });
        current = undefined;
      }
      return;
    }
    if (path.length === 1) current = { start: tag.start, end: tag.end, relIds: [], own: false, named: false, chart: false };
    if (current) {
      for (const a of attrsOf(xml, tag)) if (a.qname !== a.name && !a.qname.startsWith('xmlns') && REL_ATTRS.has(a.name)) current.relIds.push(a.value);
      const inFrame = path.length >= 3 && ANCHORS.has(path[1]) && path[2] === 'graphicFrame';
      if (inFrame && tag.name === 'cNvPr' && path.length === 4 && path[3] === 'nvGraphicFramePr') {
        const name = attr(xml, tag, 'name') ?? '';
        current.named = isOwnChartName(name) || (/^Chart \d+$/.test(name) && legacyTitles.has(attr(xml, tag, 'descr') ?? ''));
      }
      if (inFrame && tag.name === 'chart') current.chart = true;
    }
    if (tag.kind === 'open') path.push(tag.name);
    else if (path.length === 1 && current) {
      out.push({ start: current.start, end: tag.end, relIds: current.relIds, own: false });
      current = undefined;
    }
  });
  return out;
}

/** The sheet's `<drawing r:id>` and the drawing part it names, if any. */
function drawingOf(pkg: XlsxPackage, sheetPart: string, sheetXml: string): KeptDrawing | undefined {
  let relId: string | undefined;
  scanTags(sheetXml, (tag) => ((relId = attr(sheetXml, tag, 'id')), false), 0, sheetXml.length, ['drawing']);
  const rel = relId === undefined ? undefined : relationshipsOf(pkg, sheetPart).find((r) => r.id === relId && !r.external);
  return rel && hasPart(pkg, rel.part) ? { part: rel.part, relId: rel.id } : undefined;
}

/**
 * Before an own sheet's part is replaced: removes the parts only it used, as `removeOwnedParts`
 * does, but when its drawing holds anything of the user's, keeps the drawing (without the
 * add-in's anchors, their chart parts and relationships) and the sheet's relationship to it.
 * Returns the removed part names and the kept drawing.
 */
export function clearReplacedSheet(pkg: XlsxPackage, sheetPart: string, spec: NewSheet): { removed: string[]; kept?: KeptDrawing } {
  const drawing = drawingOf(pkg, sheetPart, partText(pkg, sheetPart) ?? '');
  const xml = drawing && partText(pkg, drawing.part);
  const anchors = xml === undefined ? [] : anchorsOf(xml, new Set((spec.charts ?? []).map((c) => c.title)));
  if (!drawing || xml === undefined || anchors.every((a) => a.own)) return { removed: removeOwnedParts(pkg, sheetPart) };
  const users = new Set(anchors.filter((a) => !a.own).flatMap((a) => a.relIds));
  const drop = new Set(anchors.filter((a) => a.own).flatMap((a) => a.relIds.filter((id) => !users.has(id))));
  const removed = removeOwnedParts(pkg, drawing.part, (r) => drop.has(r.id));
  if (drop.size) setPart(pkg, relsPartOf(drawing.part), patchRels(partText(pkg, relsPartOf(drawing.part)), [], [...drop]));
  setPart(pkg, drawing.part, splice(xml, anchors.filter((a) => a.own).map((a) => ({ at: a.start, end: a.end, text: '' }))));
  // Everything else the old sheet used goes, as before; its rels keep only the drawing's entry.
  const keep = partKey(drawing.part);
  removed.push(...removeOwnedParts(pkg, sheetPart, (r) => r.external || partKey(r.part) !== keep));
  const others = relationshipsOf(pkg, sheetPart).filter((r) => r.id !== drawing.relId).map((r) => r.id);
  if (others.length) setPart(pkg, relsPartOf(sheetPart), patchRels(partText(pkg, relsPartOf(sheetPart)), [], others));
  return { removed, kept: drawing };
}

/** A relationship id the drawing's rels do not use yet, for each chart. */
function freshRelIds(pkg: XlsxPackage, drawing: string, count: number): string[] {
  const taken = new Set(relationshipsOf(pkg, drawing).map((r) => r.id.toLowerCase()));
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) if (!taken.has(`rid${n}`)) out.push(`rId${n}`);
  return out;
}

/** One past the highest shape id in the drawing: ids are unique within a drawing. */
function nextShapeId(xml: string): number {
  let max = 1;
  scanTags(xml, (tag) => void (max = Math.max(max, Number(attr(xml, tag, 'id')) || 0)), 0, xml.length, ['cNvPr']);
  return max + 1;
}

/** Appends the plan's charts to the kept drawing (new chart parts, fresh relationship ids); returns what the sheet's `<drawing>` names and the content types to declare. */
export function appendSheetCharts(pkg: XlsxPackage, workbookPart: string, kept: KeptDrawing, spec: NewSheet): { relId: string; types: { part: string; type: string }[] } {
  const charts = spec.charts ?? [];
  if (!charts.length) return { relId: kept.relId, types: [] };
  const chartParts = writeChartParts(pkg, workbookPart, spec);
  const ids = freshRelIds(pkg, kept.part, chartParts.length);
  const xml = partText(pkg, kept.part)!;
  let close = xml.length;
  scanTags(xml, (tag) => void (tag.name === 'wsDr' && tag.kind === 'close' && (close = tag.start)));
  setPart(pkg, kept.part, splice(xml, [{ at: close, end: close, text: chartAnchors(charts, ids, nextShapeId(xml), true) }]));
  setPart(pkg, relsPartOf(kept.part), patchRels(partText(pkg, relsPartOf(kept.part)), chartRels(kept.part, chartParts, ids), []));
  return { relId: kept.relId, types: chartTypes(chartParts) };
}
