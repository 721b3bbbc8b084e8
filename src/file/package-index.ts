import { splice, type Splice } from './xml-edit';
import { attrsOf, scanTags } from './xml-scan';
import { escapeXml } from './xml-text';
import { partKey } from './xlsx-package';

export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** `[Content_Types].xml` with overrides added for new parts and removed for deleted ones. */
export function patchContentTypes(xml: string, add: { part: string; type: string }[], remove: string[]): string {
  const edits: Splice[] = [];
  const gone = new Set(remove.map(partKey));
  let close = -1;
  let prefix = '';
  scanTags(xml, (tag) => {
    if (tag.name === 'Types') {
      prefix = tag.prefix;
      if (tag.kind === 'close') close = tag.start;
    } else if (tag.name === 'Override' && tag.kind !== 'close') {
      const part = attrsOf(xml, tag).find((a) => a.name === 'PartName')?.value ?? '';
      if (gone.has(partKey(part))) edits.push({ at: tag.start, end: tag.end, text: '' });
    }
  });
  const text = add.map((a) => `<${prefix}Override PartName="/${escapeXml(a.part)}" ContentType="${a.type}"/>`).join('');
  if (text) edits.push({ at: close < 0 ? xml.length : close, end: close < 0 ? xml.length : close, text });
  return splice(xml, edits);
}

/** A rels part with relationships (full type URIs) added and some removed by id. */
export function patchRels(xml: string | undefined, add: { id: string; type: string; target: string }[], removeIds: string[]): string {
  const source = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const edits: Splice[] = [];
  let close = -1;
  let prefix = '';
  scanTags(source, (tag) => {
    if (tag.name === 'Relationships') {
      prefix = tag.prefix;
      if (tag.kind === 'close') close = tag.start;
    } else if (tag.name === 'Relationship' && tag.kind !== 'close') {
      const id = attrsOf(source, tag).find((a) => a.name === 'Id')?.value ?? '';
      if (removeIds.includes(id)) edits.push({ at: tag.start, end: tag.end, text: '' });
    }
  });
  const text = add.map((r) => `<${prefix}Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`).join('');
  if (text) edits.push({ at: close < 0 ? source.length : close, end: close < 0 ? source.length : close, text });
  return splice(source, edits);
}
