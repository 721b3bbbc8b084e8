import { ownSheetMarkerName, type OwnSheetRole, type SheetVisibility } from '../engine/grid';
import { splice, withAttrs, type Splice } from './xml-edit';
import { quotedSheet, referenceToSheet, sheetOfReference, type WorkbookPart } from './workbook-part';
import { attrsOf } from './xml-scan';
import { escapeXml } from './xml-text';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface AddedSheet {
  name: string;
  sheetId: number;
  relId: string;
  visibility: SheetVisibility;
}

/** What changes in workbook.xml; indexes are positions in `<sheets>` as the file has them. */
export interface WorkbookEdit {
  /** Indexes of sheets removed. */
  removed: Set<number>;
  /** Index → new visibility, for sheets replaced in place. */
  visibility: Map<number, SheetVisibility>;
  added: AddedSheet[];
  /** Markers to (re)point: role → sheet name. */
  markers: Partial<Record<OwnSheetRole, string>>;
  /** The tab to show on opening, as an index in the final sheet list. */
  activeTab: number;
  /** Rows to repeat on every printed page (`$1:$2`) of sheets the plan writes, by sheet name. */
  printTitles?: { sheet: string; rows: string }[];
}

const PRINT_TITLES = '_xlnm.print_titles';

function markerRole(name: string): boolean {
  return /^ScorecardRater_/i.test(name);
}

/**
 * workbook.xml with sheets removed, replaced or appended, the add-in's marker names set, sheet-scoped
 * names renumbered (`localSheetId`), the active tab kept right, and `fullCalcOnLoad` so Excel
 * recalculates formulas that read the written cells. Everything else is left byte for byte.
 */
export function patchWorkbookXml(xml: string, wb: WorkbookPart, edit: WorkbookEdit): string {
  const edits: Splice[] = [];
  const p = wb.prefix;
  // Sheets.
  wb.sheets.forEach((s, i) => {
    if (edit.removed.has(i)) edits.push({ at: s.tag.start, end: s.tag.end, text: '' });
    else {
      const v = edit.visibility.get(i);
      if (v !== undefined && v !== s.visibility) edits.push({ at: s.tag.start, end: s.tag.end, text: withAttrs(xml.slice(s.tag.start, s.tag.end), { state: v }) });
    }
  });
  if (edit.added.length) {
    const rid = wb.relPrefix ? `${wb.relPrefix}:id` : `xmlns:r="${REL_NS}" r:id`;
    const text = edit.added
      .map((a) => `<${p}sheet name="${escapeXml(a.name)}" sheetId="${a.sheetId}"${a.visibility === 'visible' ? '' : ` state="${a.visibility}"`} ${rid}="${escapeXml(a.relId)}"/>`)
      .join('');
    if (wb.sheetsClose && wb.sheetsClose !== wb.sheetsOpen) edits.push({ at: wb.sheetsClose.start, end: wb.sheetsClose.start, text });
    else if (wb.sheetsOpen) {
      const open = xml.slice(wb.sheetsOpen.start, wb.sheetsOpen.end).replace(/\s*\/>$/, '>');
      edits.push({ at: wb.sheetsOpen.start, end: wb.sheetsOpen.end, text: `${open}${text}</${p}sheets>` });
    }
  }
  // Old index → new index, for sheet-scoped names and the views.
  const newIndex = (i: number): number | undefined => {
    if (edit.removed.has(i)) return undefined;
    let n = i;
    for (const r of edit.removed) if (r < i) n--;
    return n;
  };
  const removedNames = new Set([...edit.removed].map((i) => wb.sheets[i]?.name.toLowerCase()));
  const repointed = new Set(Object.keys(edit.markers).map((role) => ownSheetMarkerName(role as OwnSheetRole).toLowerCase()));
  // Defined names.
  let keptNames = 0;
  for (const dn of wb.definedNames) {
    const target = sheetOfReference(dn.text)?.toLowerCase();
    const isMarker = dn.localSheetId === undefined && markerRole(dn.name);
    // A sheet replaced in place gets the print titles its plan gives (or none): the old ones go.
    const oldTitles = dn.localSheetId !== undefined && edit.visibility.has(dn.localSheetId) && dn.name.toLowerCase() === PRINT_TITLES;
    const drop =
      (isMarker && (repointed.has(dn.name.toLowerCase()) || (target !== undefined && removedNames.has(target)))) ||
      (dn.localSheetId !== undefined && edit.removed.has(dn.localSheetId)) ||
      oldTitles;
    if (drop) {
      edits.push({ at: dn.start, end: dn.end, text: '' });
      continue;
    }
    keptNames++;
    if (dn.localSheetId !== undefined) {
      const n = newIndex(dn.localSheetId);
      if (n !== undefined && n !== dn.localSheetId) {
        const a = dn.attrs.find((x) => x.name === 'localSheetId')!;
        edits.push({ at: a.start, end: a.end, text: `${a.qname}="${n}"` });
      }
    }
  }
  // Sheet-scoped names count sheets in their final order: the kept ones, then the added ones.
  const finalNames = [...wb.sheets.filter((_, i) => !edit.removed.has(i)).map((s) => s.name), ...edit.added.map((a) => a.name)];
  const titles = (edit.printTitles ?? [])
    .map((t) => ({ ...t, at: finalNames.findIndex((n) => n.toLowerCase() === t.sheet.toLowerCase()) }))
    .filter((t) => t.at >= 0)
    .map((t) => `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${t.at}">${escapeXml(`${quotedSheet(t.sheet)}!${t.rows}`)}</${p}definedName>`)
    .join('');
  const names =
    (Object.entries(edit.markers) as [OwnSheetRole, string][])
      .map(([role, sheet]) => `<${p}definedName name="${ownSheetMarkerName(role)}" hidden="1">${escapeXml(referenceToSheet(sheet))}</${p}definedName>`)
      .join('') + titles;
  const afterSheets = wb.externalReferencesClose?.end ?? wb.functionGroupsEnd ?? wb.sheetsClose?.end ?? 0;
  if (!names && !keptNames && wb.definedNamesOpen && wb.definedNamesClose && wb.definedNames.length) {
    // Every name went (the markers of deleted sheets): an empty container is left out, as Excel writes it.
    edits.push({ at: wb.definedNamesOpen.start, end: wb.definedNamesClose.end, text: '' });
  } else if (names) {
    if (wb.definedNamesClose && wb.definedNamesClose !== wb.definedNamesOpen) edits.push({ at: wb.definedNamesClose.start, end: wb.definedNamesClose.start, text: names });
    else if (wb.definedNamesOpen) {
      const open = xml.slice(wb.definedNamesOpen.start, wb.definedNamesOpen.end).replace(/\s*\/>$/, '>');
      edits.push({ at: wb.definedNamesOpen.start, end: wb.definedNamesOpen.end, text: `${open}${names}</${p}definedNames>` });
    } else edits.push({ at: afterSheets, end: afterSheets, text: `<${p}definedNames>${names}</${p}definedNames>` });
  }
  // Views: the active tab, and the first tab shown in the tab bar.
  if (wb.workbookView) {
    const t = wb.workbookView;
    const a = Object.fromEntries(attrsOf(xml, t).map((x) => [x.name, x.value]));
    const set: Record<string, string> = {};
    if (Number(a.activeTab ?? 0) !== edit.activeTab) set.activeTab = String(edit.activeTab);
    const first = Number(a.firstSheet ?? 0);
    const finalCount = wb.sheets.length - edit.removed.size + edit.added.length;
    const firstNew = newIndex(first) ?? 0;
    if (firstNew !== first) set.firstSheet = String(firstNew >= finalCount ? 0 : firstNew);
    if (Object.keys(set).length) edits.push({ at: t.start, end: t.end, text: withAttrs(xml.slice(t.start, t.end), set) });
  } else if (edit.activeTab !== 0 && wb.sheetsOpen) {
    // No views at all (some producers omit them): Excel reads a missing activeTab as the first sheet.
    edits.push({ at: wb.sheetsOpen.start, end: wb.sheetsOpen.start, text: `<${p}bookViews><${p}workbookView activeTab="${edit.activeTab}"/></${p}bookViews>` });
  }
  // Recalculate on opening: cached results of formulas reading the written cells are stale.
  if (wb.calcPr) edits.push({ at: wb.calcPr.start, end: wb.calcPr.end, text: withAttrs(xml.slice(wb.calcPr.start, wb.calcPr.end), { fullCalcOnLoad: '1' }) });
  else {
    const at = wb.definedNamesClose?.end ?? afterSheets;
    edits.push({ at, end: at, text: `<${p}calcPr fullCalcOnLoad="1"/>` });
  }
  return splice(xml, edits);
}
