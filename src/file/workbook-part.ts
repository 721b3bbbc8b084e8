import { OWN_SHEET_ROLES, ownSheetMarkerName, type OwnSheetRole, type SheetVisibility } from '../engine/grid';
import { attrsOf, isTrue, scanTags, textOf, type Attr, type Tag } from './xml-scan';

/** One `<sheet>` of workbook.xml, with where it stands in the text. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  visibility: SheetVisibility;
  tag: Tag;
}

export interface DefinedNameEntry {
  name: string;
  localSheetId?: number;
  hidden: boolean;
  text: string;
  /** From `<definedName` to the end of `</definedName>`. */
  start: number;
  end: number;
  attrs: Attr[];
  openTag: Tag;
}

/** What the adapter needs from workbook.xml, with offsets for patching it. */
export interface WorkbookPart {
  sheets: SheetEntry[];
  sheetsOpen?: Tag;
  sheetsClose?: Tag;
  definedNames: DefinedNameEntry[];
  definedNamesOpen?: Tag;
  definedNamesClose?: Tag;
  /** Tags after which definedNames / calcPr may be inserted, in schema order. */
  externalReferencesClose?: Tag;
  functionGroupsEnd?: number;
  workbookView?: Tag;
  calcPr?: Tag;
  date1904: boolean;
  /** The prefix the document binds to the relationships namespace (`r`), if any. */
  relPrefix?: string;
  /** The prefix of SpreadsheetML elements (`x:` or ''). */
  prefix: string;
}

function visibilityOf(state: string | undefined): SheetVisibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

const REL_NS = /relationships$/;

export function readWorkbookPart(xml: string): WorkbookPart {
  const wb: WorkbookPart = { sheets: [], definedNames: [], date1904: false, prefix: '' };
  let openName: { tag: Tag; attrs: Attr[] } | undefined;
  let inExt = 0;
  scanTags(xml, (tag) => {
    // Extension lists (extLst, AlternateContent) may repeat element names of other namespaces.
    if (tag.name === 'extLst' || tag.name === 'AlternateContent') {
      if (tag.kind === 'open') inExt++;
      else if (tag.kind === 'close') inExt--;
      return;
    }
    if (inExt > 0) return;
    switch (tag.name) {
      case 'workbook':
        if (tag.kind !== 'close') {
          wb.prefix = tag.prefix;
          for (const a of attrsOf(xml, tag)) if (a.qname.startsWith('xmlns:') && REL_NS.test(a.value) && /officeDocument/.test(a.value)) wb.relPrefix = a.name;
        }
        break;
      case 'workbookPr':
        if (tag.kind !== 'close') wb.date1904 = isTrue(attrsOf(xml, tag).find((a) => a.name === 'date1904')?.value);
        break;
      case 'workbookView':
        if (tag.kind !== 'close' && !wb.workbookView) wb.workbookView = tag;
        break;
      case 'sheets':
        if (tag.kind === 'close') wb.sheetsClose = tag;
        else {
          wb.sheetsOpen = tag;
          if (tag.kind === 'empty') wb.sheetsClose = tag;
        }
        break;
      case 'sheet': {
        if (tag.kind === 'close') break;
        const a = attrsOf(xml, tag);
        const get = (n: string) => a.find((x) => x.name === n && !x.qname.startsWith('xmlns'))?.value;
        wb.sheets.push({ name: get('name') ?? '', sheetId: Number(get('sheetId')) || 0, relId: get('id') ?? '', visibility: visibilityOf(get('state')), tag });
        break;
      }
      case 'functionGroups':
        if (tag.kind !== 'open') wb.functionGroupsEnd = tag.end;
        break;
      case 'externalReferences':
        if (tag.kind !== 'open') wb.externalReferencesClose = tag;
        break;
      case 'definedNames':
        if (tag.kind === 'close') wb.definedNamesClose = tag;
        else {
          wb.definedNamesOpen = tag;
          if (tag.kind === 'empty') wb.definedNamesClose = tag;
        }
        break;
      case 'definedName':
        if (tag.kind === 'open') openName = { tag, attrs: attrsOf(xml, tag) };
        else if (tag.kind === 'empty') pushName(wb, { tag, attrs: attrsOf(xml, tag) }, '', tag.end);
        else if (openName) {
          pushName(wb, openName, textOf(xml, openName.tag.end, tag.start), tag.end);
          openName = undefined;
        }
        break;
      case 'calcPr':
        if (tag.kind !== 'close') wb.calcPr = tag;
        break;
    }
  });
  return wb;
}

function pushName(wb: WorkbookPart, open: { tag: Tag; attrs: Attr[] }, text: string, end: number): void {
  const get = (n: string) => open.attrs.find((x) => x.name === n)?.value;
  const local = get('localSheetId');
  wb.definedNames.push({
    name: get('name') ?? '',
    localSheetId: local === undefined ? undefined : Number(local),
    hidden: isTrue(get('hidden')),
    text,
    start: open.tag.start,
    end,
    attrs: open.attrs,
    openTag: open.tag,
  });
}

/** The sheet a marker's reference names: `'RAG Summary'!$A$1` or `=Checks!$A$1`; undefined for `#REF!`. */
export function sheetOfReference(ref: string): string | undefined {
  const r = ref.trim().replace(/^=/, '');
  if (r.startsWith("'")) {
    let name = '';
    for (let i = 1; i < r.length; i++) {
      if (r[i] === "'") {
        if (r[i + 1] === "'") {
          name += "'";
          i++;
        } else return r[i + 1] === '!' ? name : undefined;
      } else name += r[i];
    }
    return undefined;
  }
  const bang = r.indexOf('!');
  return bang > 0 && !r.startsWith('#') ? r.slice(0, bang) : undefined;
}

/** A sheet name quoted for a reference: `'RAG Summary'`. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A reference to A1 of a sheet, quoted as Excel quotes it. */
export function referenceToSheet(name: string): string {
  return `${quotedSheet(name)}!$A$1`;
}

/** The add-in's own sheets by their markers: workbook-level names `ScorecardRater_<role>` naming an existing sheet. */
export function readOwnSheets(wb: WorkbookPart): Partial<Record<OwnSheetRole, string>> {
  const out: Partial<Record<OwnSheetRole, string>> = {};
  for (const role of OWN_SHEET_ROLES) {
    const marker = ownSheetMarkerName(role).toLowerCase();
    const dn = wb.definedNames.find((d) => d.localSheetId === undefined && d.name.toLowerCase() === marker);
    const target = dn && sheetOfReference(dn.text);
    const sheet = target === undefined ? undefined : wb.sheets.find((s) => s.name.toLowerCase() === target.toLowerCase());
    if (sheet) out[role] = sheet.name;
  }
  return out;
}
