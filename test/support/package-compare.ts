import type { WritePlan } from '../../src/engine/plan';

/**
 * Comparing a copy with its input part by part (uncompressed bytes): only the cells a plan owns,
 * styles appended, the add-in's own sheets (with their drawings and charts) and the package's
 * indexes may differ. Shared by the corpus test and the circulation copy's test.
 */

export type Parts = Map<string, Buffer>;
const INDEX_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

/** Worksheet part names by sheet name, from workbook.xml and its rels. */
export function sheetParts(parts: Parts): Map<string, string> {
  const wb = parts.get('xl/workbook.xml')!.toString();
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString();
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])![1].replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const id = /r:id="([^"]*)"/.exec(m[0])![1];
    const rel = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(rels)![0];
    const target = /Target="([^"]*)"/.exec(rel)![1];
    out.set(name, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/** The `<c>` elements of a sheet part, by reference. */
export function cellsOf(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c\b[^>]*?(?:\/>|>.*?<\/c>)/gs)) out.set(/\br="([A-Z]+\d+)"/.exec(m[0])![1], m[0]);
  return out;
}

const outsideCells = (xml: string) => xml.replace(/<sheetData\b.*(<\/sheetData>|<sheetData\/>)/s, '<sheetData/>').replace(/ tabSelected="(?:[01]|true|false)"/g, '');

/** Each original element of an index part (relationships, content types) is still there as written, but those of parts taken out. */
function keepsElements(before: string, after: string, tag: string, removedParts: string[]): void {
  for (const m of before.matchAll(new RegExp(`<${tag}\\b[^>]*/>`, 'g'))) {
    if (removedParts.some((p) => m[0].includes(p.replace(/^xl\//, '')))) continue;
    expect([tag, after.includes(m[0]) ? m[0] : `missing: ${m[0]}`]).toEqual([tag, m[0]]);
  }
}

/** styles.xml only grew: with the containers' counts set aside, the old text is the new text minus inserted runs. */
function appendOnly(before: string, after: string): void {
  const strip = (s: string) => s.replace(/ count="\d+"/g, '');
  const [a, b] = [strip(before), strip(after)];
  let at = 0;
  for (const chunk of a.split(/(?=<\/(?:numFmts|fonts|fills|cellXfs)>)/)) {
    const found = b.indexOf(chunk, at);
    expect(found).toBeGreaterThanOrEqual(at);
    at = found + chunk.length;
  }
}

function plannedCells(plan: WritePlan): Map<string, Set<string>> {
  return new Map(plan.writes.map((w) => [w.sheet, new Set(w.cells.map((c) => c.address))]));
}

/** The copy differs from its input only where the plan writes. */
export function onlyOwnedChanges(input: Parts, output: Parts, plan: WritePlan): void {
  const owned = plannedCells(plan);
  const sheetsIn = sheetParts(input);
  const sheetsOut = sheetParts(output);
  const writtenParts = new Set([...owned.keys()].map((s) => sheetsIn.get(s)!));
  const ownSheetParts = new Set([...plan.sheets.map((s) => sheetsOut.get(s.name)), ...plan.deleteSheets.map((s) => sheetsIn.get(s))].filter((p): p is string => !!p));
  // An own sheet's drawing, charts and rels are its own too (before and after).
  for (const sheet of [...ownSheetParts, ...plan.sheets.map((s) => sheetsIn.get(s.name)).filter((p): p is string => !!p)]) {
    for (const p of [...reachedFrom(input, sheet), ...reachedFrom(output, sheet)]) ownSheetParts.add(p);
  }
  for (const [name, bytes] of input) {
    if (INDEX_PARTS.includes(name) || writtenParts.has(name) || ownSheetParts.has(name)) continue;
    expect([name, output.get(name)?.equals(bytes) ? 'same' : 'changed']).toEqual([name, 'same']);
  }
  for (const name of output.keys()) if (!input.has(name)) expect([name, ownSheetParts.has(name)]).toEqual([name, true]);
  for (const [sheet, cells] of owned) {
    const part = sheetsIn.get(sheet)!;
    const before = input.get(part)!.toString();
    const after = output.get(part)!.toString();
    expect(outsideCells(after)).toBe(outsideCells(before));
    const afterCells = cellsOf(after);
    for (const [ref, xml] of cellsOf(before)) if (!cells.has(ref)) expect([ref, afterCells.get(ref)]).toEqual([ref, xml]);
  }
  const removed = [...ownSheetParts].filter((p) => !output.has(p));
  keepsElements(input.get('xl/_rels/workbook.xml.rels')!.toString(), output.get('xl/_rels/workbook.xml.rels')!.toString(), 'Relationship', removed);
  keepsElements(input.get('[Content_Types].xml')!.toString(), output.get('[Content_Types].xml')!.toString(), '(?:Override|Default)', removed);
  appendOnly(input.get('xl/styles.xml')!.toString(), output.get('xl/styles.xml')!.toString());
  const wbFrame = (s: string) => s.replace(/<sheets>.*<\/sheets>/s, '').replace(/<definedNames>.*<\/definedNames>/s, '').replace(/<bookViews>.*<\/bookViews>/s, '').replace(/<calcPr\b[^>]*\/>/, '');
  expect(wbFrame(output.get('xl/workbook.xml')!.toString())).toBe(wbFrame(input.get('xl/workbook.xml')!.toString()));
}


/** A part's rels part and every part reached through relationships from it, with their rels. */
export function reachedFrom(parts: Parts, part: string): string[] {
  const out: string[] = [];
  const visit = (p: string) => {
    const slash = p.lastIndexOf('/');
    const rels = `${p.slice(0, slash + 1)}_rels/${p.slice(slash + 1)}.rels`;
    const text = parts.get(rels)?.toString();
    if (text === undefined) return;
    out.push(rels);
    for (const m of text.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = /Target="([^"]*)"/.exec(m[0])![1];
      const segs = (target.startsWith('/') ? target.slice(1) : p.slice(0, slash + 1) + target).split('/');
      const path: string[] = [];
      for (const s of segs) if (s === '..') path.pop(); else if (s !== '.') path.push(s);
      const name = path.join('/');
      if (!out.includes(name) && name !== part) {
        out.push(name);
        visit(name);
      }
    }
  };
  visit(part);
  return out;
}
