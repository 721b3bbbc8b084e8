import type { SheetGrid, WorkbookGrid } from '../engine/grid';
import { readStringItems } from './shared-strings';
import { MAX_GRID_CELLS, readSheetXml } from './sheet-xml-reader';
import { StylesPart } from './styles-part';
import { readOwnSheets, readWorkbookPart, type SheetEntry, type WorkbookPart } from './workbook-part';
import { isRelType, PartError, partText, relationshipsOf, type Relationship, type XlsxPackage } from './xlsx-package';
import { packageOf, type OpenedPackage, type XlsxFile } from './xlsx-file';

/** The workbook part, its relationships, styles and shared strings: what every sheet read needs. */
export interface WorkbookParts {
  xml: string;
  part: WorkbookPart;
  rels: Relationship[];
  styles?: StylesPart;
  stylesPart?: string;
  sharedStrings: string[];
}

export function readWorkbookParts(pkg: XlsxPackage, workbookPart: string, withStrings = true): WorkbookParts {
  const xml = partText(pkg, workbookPart);
  if (xml === undefined) throw new PartError(workbookPart, 'missing');
  const part = readWorkbookPart(xml);
  if (!part.sheets.length) throw new PartError(workbookPart, 'damaged');
  const rels = relationshipsOf(pkg, workbookPart);
  const stylesRel = rels.find((r) => isRelType(r, 'styles') && !r.external);
  const stylesXml = stylesRel ? partText(pkg, stylesRel.part) : undefined;
  const stringsRel = rels.find((r) => isRelType(r, 'sharedStrings') && !r.external);
  const stringsXml = stringsRel && withStrings ? partText(pkg, stringsRel.part) : undefined;
  return {
    xml,
    part,
    rels,
    styles: stylesXml === undefined ? undefined : new StylesPart(stylesXml),
    stylesPart: stylesRel?.part,
    sharedStrings: stringsXml === undefined ? [] : readStringItems(stringsXml, 'si'),
  };
}

/** The worksheet part of a sheet entry, or undefined for chart sheets, dialog sheets and broken links. */
export function worksheetPartOf(parts: WorkbookParts, sheet: SheetEntry): string | undefined {
  const rel = parts.rels.find((r) => r.id === sheet.relId);
  return rel && !rel.external && isRelType(rel, 'worksheet') ? rel.part : undefined;
}

/** Every worksheet, in tab order (chart sheets are not worksheets, as in Office.js), and the own-sheet markers. */
export function readGrid(opened: OpenedPackage): WorkbookGrid {
  const { pkg, workbookPart } = opened;
  pkg.budget.used = 0;
  const parts = readWorkbookParts(pkg, workbookPart);
  const sheets: SheetGrid[] = [];
  const cellBudget = { left: MAX_GRID_CELLS };
  for (const entry of parts.part.sheets) {
    const partName = worksheetPartOf(parts, entry);
    const xml = partName === undefined ? undefined : partText(pkg, partName);
    if (xml === undefined) continue;
    sheets.push(readSheetXml(xml, { cellBudget, name: entry.name, visibility: entry.visibility, styles: parts.styles, sharedStrings: parts.sharedStrings, date1904: parts.part.date1904 }));
  }
  const grid: WorkbookGrid = { sheets };
  const own = readOwnSheets(parts.part);
  if (Object.keys(own).length) grid.ownSheets = own;
  return grid;
}

/** The grid as the workbook stands now (after applyPlan), rather than as it was opened. */
export function rereadGrid(file: XlsxFile): WorkbookGrid {
  return readGrid(packageOf(file));
}

export function isEmptyGrid(grid: WorkbookGrid): boolean {
  return grid.sheets.every((s) => s.values.length === 0);
}
