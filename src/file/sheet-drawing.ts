import type { NewSheet } from '../engine/plan';
import { CHART_TYPE, cellLookup, chartXml, DRAWING_TYPE, drawingXml } from './chart-xml';
import { patchRels } from './package-index';
import { folderOf, hasPart, partKey, relationshipsOf, relsPartOf, removePart, setPart, type Relationship, type XlsxPackage } from './xlsx-package';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A relationship target from `source` to `part`, relative as Excel writes it (`../drawings/drawing1.xml`). */
export function relativePath(source: string, part: string): string {
  const from = folderOf(source).split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common].toLowerCase() === to[common].toLowerCase()) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** `xl/charts/chart3.xml`: the first number in the folder that no part uses. */
function freshName(pkg: XlsxPackage, folder: string, stem: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `${folder}${stem}${n}.xml`;
    if (!hasPart(pkg, name) && !taken.has(partKey(name))) {
      taken.add(partKey(name));
      return name;
    }
  }
}

/** A chart part per chart of the sheet, under chart numbers no part uses yet; returns their names. */
export function writeChartParts(pkg: XlsxPackage, workbookPart: string, spec: NewSheet): string[] {
  const charts = spec.charts ?? [];
  const taken = new Set<string>();
  const chartParts = charts.map(() => freshName(pkg, `${folderOf(workbookPart)}charts/`, 'chart', taken));
  const value = cellLookup(spec.cells);
  chartParts.forEach((part, i) => setPart(pkg, part, chartXml(spec.name, charts[i], value)));
  return chartParts;
}

/** A relationship from a drawing to each chart part. */
export function chartRels(drawing: string, chartParts: string[], ids: string[]): { id: string; type: string; target: string }[] {
  return chartParts.map((part, i) => ({ id: ids[i], type: `${REL}/chart`, target: relativePath(drawing, part) }));
}

export const chartTypes = (chartParts: string[]) => chartParts.map((part) => ({ part, type: CHART_TYPE }));

/**
 * Writes the charts of a sheet the plan creates: a drawing part with its rels, a chart part per
 * chart, and the sheet's rels pointing at the drawing. Returns the relationship id the sheet's
 * `<drawing>` names and the content types to declare.
 */
export function writeSheetCharts(pkg: XlsxPackage, workbookPart: string, sheetPart: string, spec: NewSheet): { relId: string; types: { part: string; type: string }[] } | undefined {
  const charts = spec.charts ?? [];
  if (!charts.length) return undefined;
  const drawing = freshName(pkg, `${folderOf(workbookPart)}drawings/`, 'drawing', new Set());
  const chartParts = writeChartParts(pkg, workbookPart, spec);
  const chartRelIds = chartParts.map((_, i) => `rId${i + 1}`);
  setPart(pkg, drawing, drawingXml(charts, chartRelIds));
  setPart(pkg, relsPartOf(drawing), patchRels(undefined, chartRels(drawing, chartParts, chartRelIds), []));
  setPart(pkg, relsPartOf(sheetPart), patchRels(undefined, [{ id: 'rId1', type: `${REL}/drawing`, target: relativePath(sheetPart, drawing) }], []));
  return { relId: 'rId1', types: [{ part: drawing, type: DRAWING_TYPE }, ...chartTypes(chartParts)] };
}

function relsParts(pkg: XlsxPackage): string[] {
  const names = new Set<string>();
  for (const key of [...pkg.byName.keys(), ...pkg.edited.keys()]) if (key.endsWith('.rels') && !pkg.removed.has(key)) names.add(key);
  return [...names];
}

/**
 * Removes the parts that only the add-in's own sheet `sheetPart` uses (its drawing, the charts in
 * it and their style parts, its printer settings, …), with their rels and the sheet's own rels.
 * A part that anything else in the package also points at is kept, and so is what hangs below it:
 * a user's drawing is never touched. With `follow`, only the source's relationships it accepts are
 * walked, the others count as pointing from outside, and the source's rels are left to the caller
 * (a kept drawing drops just the add-in's charts). Returns the removed part names (for the content types).
 */
export function removeOwnedParts(pkg: XlsxPackage, sheetPart: string, follow?: (r: Relationship) => boolean): string[] {
  const sheetRels = partKey(relsPartOf(sheetPart));
  // Parts reached from the sheet, and the rels parts read on the way.
  const reached = new Set<string>();
  const walk = (source: string, skip: Set<string>) => {
    for (const r of relationshipsOf(pkg, source)) {
      const key = partKey(r.part);
      if (follow && source === sheetPart && !follow(r)) continue;
      if (r.external || !r.part || reached.has(key) || skip.has(key) || key === partKey(sheetPart) || !hasPart(pkg, r.part)) continue;
      reached.add(key);
      walk(r.part, skip);
    }
  };
  walk(sheetPart, new Set());
  const dropSheetRels = () => {
    if (!follow && hasPart(pkg, sheetRels)) removePart(pkg, sheetRels);
  };
  if (!reached.size) {
    dropSheetRels();
    return [];
  }
  const ownRels = new Set([...(follow ? [] : [sheetRels]), ...[...reached].map((k) => partKey(relsPartOf(k)))]);
  // Anything pointed at from outside the sheet's own tree stays, with everything below it.
  const shared = new Set<string>();
  for (const rels of relsParts(pkg)) {
    if (ownRels.has(rels)) continue;
    const source = rels.replace(/_rels\/([^/]*)\.rels$/, '$1');
    for (const r of relationshipsOf(pkg, source)) {
      if (follow && rels === sheetRels && follow(r)) continue;
      if (!r.external && reached.has(partKey(r.part))) shared.add(partKey(r.part));
    }
  }
  if (shared.size) {
    reached.clear();
    walk(sheetPart, shared);
  }
  const removed: string[] = [];
  for (const key of reached) {
    const name = pkg.byName.get(key)?.name ?? pkg.edited.get(key)?.name ?? key;
    removePart(pkg, name);
    removed.push(name);
    if (hasPart(pkg, relsPartOf(name))) removePart(pkg, relsPartOf(name));
  }
  dropSheetRels();
  return removed;
}
