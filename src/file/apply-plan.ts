import type { OwnSheetRole } from '../engine/grid';
import { problem } from '../engine/messages';
import type { WritePlan } from '../engine/plan';
import type { Problem } from '../engine/run/problem';
import { newSheetXml } from './new-sheet-xml';
import { appendSheetCharts, clearReplacedSheet } from './kept-drawing';
import { removeOwnedParts, writeSheetCharts } from './sheet-drawing';
import { partProblem } from './open-xlsx-buffer';
import { patchContentTypes, patchRels, STYLES_TYPE, WORKSHEET_TYPE } from './package-index';
import { readGrid, readWorkbookParts, worksheetPartOf, type WorkbookParts } from './read-workbook';
import { patchSheetXml, type DeriveStyle } from './sheet-patch';
import { findByName, sameSheetName } from './sheet-lookup';
import { minimalStyles, StylesPart } from './styles-part';
import { withAttrs } from './xml-edit';
import { validatePlan } from './validate-plan';
import { patchWorkbookXml, type AddedSheet, type WorkbookEdit } from './workbook-patch';
import { attrsOf, isTrue, scanTags } from './xml-scan';
import { packageOf, type FileResult, type OpenedPackage, type XlsxFile } from './xlsx-file';
import { folderOf, hasPart, partText, relativeTarget, relsPartOf, removePart, setPart, type XlsxPackage } from './xlsx-package';

/** Workbooks left half-changed by an unexpected failure; saving them is refused. */
const damaged = new WeakSet<object>();
/** Workbooks already patched once: their grid is re-read before the next plan is checked. */
const patched = new WeakSet<object>();

export function isDamaged(file: XlsxFile): boolean {
  return damaged.has(file.handle);
}

const CONTENT_TYPES = '[Content_Types].xml';

/**
 * Applies a WritePlan to the opened package in memory (saveXlsx / xlsxToBuffer write it out). The
 * plan is checked first, so an invalid plan changes nothing. Only the planned cells of the named
 * sheets, styles.xml (appended), the add-in's own sheet parts, workbook.xml, its rels and the
 * content types change; every other part is copied as it is when saved.
 */
export function applyPlan(file: XlsxFile, plan: WritePlan): FileResult {
  if (damaged.has(file.handle)) return { ok: false, problem: problem('WRITE_FAILED', 'an earlier change to this workbook failed part-way') };
  const opened = packageOf(file);
  const { pkg } = opened;
  let parts: WorkbookParts;
  try {
    const grid = patched.has(file.handle) ? readGrid(opened) : file.grid;
    pkg.budget.used = 0;
    parts = readWorkbookParts(pkg, opened.workbookPart, false);
    const chartSheets = parts.part.sheets.filter((s) => !worksheetPartOf(parts, s)).map((s) => s.name);
    const refused = validatePlan(grid, plan, chartSheets);
    if (refused) return { ok: false, problem: refused };
  } catch (e) {
    return { ok: false, problem: partProblem(e, file.displayName, pkg.budget.limit) };
  }
  // From here on the package is being changed: a failure marks it damaged rather than half-saved.
  const snapshot = { edited: new Map(pkg.edited), removed: new Set(pkg.removed) };
  try {
    patchPackage(opened, parts, plan);
    patched.add(file.handle);
    return { ok: true };
  } catch (e) {
    pkg.edited = snapshot.edited;
    pkg.removed = snapshot.removed;
    return { ok: false, problem: failure(e, file.displayName, pkg) };
  }
}

function failure(e: unknown, displayName: string, pkg: XlsxPackage): Problem {
  const p = partProblem(e, displayName, pkg.budget.limit);
  return p.code === 'TOO_LARGE' ? p : problem('WRITE_FAILED', e instanceof Error ? e.message : String(e));
}

function uniqueId(taken: Set<string>, stem: string): string {
  for (let n = taken.size + 1; ; n++) {
    const id = `${stem}${n}`;
    if (!taken.has(id.toLowerCase())) {
      taken.add(id.toLowerCase());
      return id;
    }
  }
}

/** A relationship type URI in the namespace the package already uses (transitional or strict). */
function relType(parts: WorkbookParts, kind: string): string {
  const known = parts.rels.find((r) => /\/(worksheet|styles|sharedStrings|theme)$/.test(r.type));
  const base = known ? known.type.slice(0, known.type.lastIndexOf('/')) : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return `${base}/${kind}`;
}

function patchPackage(opened: OpenedPackage, parts: WorkbookParts, plan: WritePlan): void {
  const { pkg, workbookPart } = opened;
  const wb = parts.part;
  const hadStyles = parts.styles !== undefined;
  const styles = parts.styles ?? new StylesPart(minimalStyles());
  const derive: DeriveStyle = (base, change) => styles.derive(base, change);

  // 1. Cells of existing sheets.
  for (const w of plan.writes) {
    if (!w.cells.length) continue;
    const entry = findByName(wb.sheets, w.sheet)!;
    const part = worksheetPartOf(parts, entry)!;
    setPart(pkg, part, patchSheetXml(partText(pkg, part)!, w.cells, derive));
  }

  // 2. Sheets created, replaced, deleted.
  const relIds = new Set(parts.rels.map((r) => r.id.toLowerCase()));
  const addRels: { id: string; type: string; target: string }[] = [];
  const removeRelIds: string[] = [];
  const addTypes: { part: string; type: string }[] = [];
  const removeParts: string[] = [];
  const edit: WorkbookEdit = { removed: new Set(), visibility: new Map(), added: [], markers: {}, activeTab: 0 };
  let nextSheetId = wb.sheets.reduce((m, s) => Math.max(m, s.sheetId), 0) + 1;
  const sheetFolder = `${folderOf(workbookPart)}worksheets/`;
  let partNumber = 1;
  const freshPart = () => {
    while (hasPart(pkg, `${sheetFolder}sheet${partNumber}.xml`)) partNumber++;
    return `${sheetFolder}sheet${partNumber++}.xml`;
  };
  const activate = plan.sheets.find((s) => s.activate && s.visibility === 'visible')?.name;
  edit.printTitles = [];
  for (const s of plan.sheets) {
    const index = wb.sheets.findIndex((x) => sameSheetName(x.name, s.name));
    const part = index >= 0 ? worksheetPartOf(parts, wb.sheets[index])! : freshPart();
    // Replaced in place: same tab position, part, sheetId and relationship; the parts only it used
    // (its old charts, printer settings) and its own rels go, but a drawing with the user's own
    // anchors on it stays and takes the new charts.
    const cleared = index >= 0 ? clearReplacedSheet(pkg, part, s) : undefined;
    if (cleared) removeParts.push(...cleared.removed);
    const drawing = cleared?.kept ? appendSheetCharts(pkg, workbookPart, cleared.kept, s) : writeSheetCharts(pkg, workbookPart, part, s);
    if (drawing) addTypes.push(...drawing.types);
    setPart(pkg, part, newSheetXml(s, derive, s.name === activate, drawing?.relId));
    if (s.print?.titleRows) edit.printTitles.push({ sheet: s.name, rows: s.print.titleRows });
    if (index >= 0) {
      edit.visibility.set(index, s.visibility);
    } else {
      const added: AddedSheet = { name: s.name, sheetId: nextSheetId++, relId: uniqueId(relIds, 'rId'), visibility: s.visibility };
      edit.added.push(added);
      addRels.push({ id: added.relId, type: relType(parts, 'worksheet'), target: relativeTarget(workbookPart, part) });
      addTypes.push({ part, type: WORKSHEET_TYPE });
    }
    if (s.role) edit.markers[s.role as OwnSheetRole] = s.name;
  }
  for (const name of plan.deleteSheets) {
    const index = wb.sheets.findIndex((x) => sameSheetName(x.name, name));
    if (index < 0) continue;
    edit.removed.add(index);
    const rel = parts.rels.find((r) => r.id === wb.sheets[index].relId);
    if (rel) removeRelIds.push(rel.id);
    const part = worksheetPartOf(parts, wb.sheets[index]);
    if (part) {
      removeParts.push(...removeOwnedParts(pkg, part));
      removePart(pkg, part);
      removeParts.push(part);
    }
  }

  // 3. The tab shown on opening: the sheet to activate, else the one that was active (by name), else the first visible.
  const finalSheets = [
    ...wb.sheets.map((s, i) => ({ name: s.name, visibility: edit.visibility.get(i) ?? s.visibility, i })).filter((s) => !edit.removed.has(s.i)),
    ...edit.added.map((a) => ({ name: a.name, visibility: a.visibility, i: -1 })),
  ];
  const wasActive = wb.sheets[activeTabOf(parts.xml, wb)]?.name;
  const visibleAt = (name: string | undefined) => (name === undefined ? -1 : finalSheets.findIndex((s) => sameSheetName(s.name, name) && s.visibility === 'visible'));
  let active = visibleAt(activate ?? wasActive);
  if (active < 0) active = Math.max(0, finalSheets.findIndex((s) => s.visibility === 'visible'));
  edit.activeTab = active;
  if (activate !== undefined) deselectOtherTabs(pkg, parts, activate);

  // 4. The package's indexes.
  if (!hadStyles && styles.changed) {
    const part = `${folderOf(workbookPart)}styles.xml`;
    addRels.push({ id: uniqueId(relIds, 'rId'), type: relType(parts, 'styles'), target: relativeTarget(workbookPart, part) });
    addTypes.push({ part, type: STYLES_TYPE });
    parts.stylesPart = part;
  }
  if (styles.changed) setPart(pkg, parts.stylesPart!, styles.toXml());
  setPart(pkg, workbookPart, patchWorkbookXml(parts.xml, wb, edit));
  if (addRels.length || removeRelIds.length) setPart(pkg, relsPartOf(workbookPart), patchRels(partText(pkg, relsPartOf(workbookPart)), addRels, removeRelIds));
  if (addTypes.length || removeParts.length) {
    const types = partText(pkg, CONTENT_TYPES);
    if (types !== undefined) setPart(pkg, CONTENT_TYPES, patchContentTypes(types, addTypes, removeParts));
  }
}

function activeTabOf(xml: string, wb: WorkbookParts['part']): number {
  if (!wb.workbookView) return 0;
  return Number(attrsOf(xml, wb.workbookView).find((a) => a.name === 'activeTab')?.value ?? 0) || 0;
}

/**
 * Two selected tabs would group them in Excel (the next edit lands on both), so when the plan
 * activates its sheet, other sheets lose `tabSelected`: the one edit outside the owned cells that
 * a sheet part can get, and only in its `<sheetView>` tag.
 */
function deselectOtherTabs(pkg: XlsxPackage, parts: WorkbookParts, activate: string): void {
  for (const entry of parts.part.sheets) {
    if (sameSheetName(entry.name, activate)) continue;
    const rel = parts.rels.find((r) => r.id === entry.relId);
    if (!rel || rel.external || !hasPart(pkg, rel.part)) continue;
    const xml = partText(pkg, rel.part)!;
    const edits: { at: number; end: number; text: string }[] = [];
    scanTags(xml, (tag) => {
      if (tag.name === 'sheetView' && tag.kind !== 'close' && isTrue(attrsOf(xml, tag).find((a) => a.name === 'tabSelected')?.value)) {
        edits.push({ at: tag.start, end: tag.end, text: withAttrs(xml.slice(tag.start, tag.end), { tabSelected: '0' }) });
      }
      if (tag.name === 'sheetData') return false;
    });
    if (edits.length) {
      let out = xml;
      for (const e of edits.reverse()) out = out.slice(0, e.at) + e.text + out.slice(e.end);
      setPart(pkg, rel.part, out);
    }
  }
}

