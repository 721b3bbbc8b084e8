import { scanTags, textOf, type Tag } from './xml-scan';
import { decodeCellText } from './xml-text';

/**
 * The text of rich or plain string items (`<si>`, `<is>`): every `<t>` run joined, phonetic
 * guides (`<rPh>`) left out, `_xHHHH_` escapes decoded as Excel decodes them.
 */
export function readStringItems(xml: string, item: 'si' | 'is', from = 0, to = xml.length): string[] {
  const out: string[] = [];
  let current: string | null = null;
  let tOpen: Tag | undefined;
  let phonetic = 0;
  scanTags(
    xml,
    (tag) => {
      if (tag.name === item) {
        if (tag.kind === 'open') current = '';
        else if (tag.kind === 'empty') out.push('');
        else if (current !== null) {
          out.push(decodeCellText(current));
          current = null;
        }
      } else if (tag.name === 'rPh') {
        if (tag.kind === 'open') phonetic++;
        else if (tag.kind === 'close') phonetic--;
      } else if (tag.name === 't' && current !== null && phonetic === 0) {
        if (tag.kind === 'open') tOpen = tag;
        else if (tag.kind === 'close' && tOpen) {
          current += textOf(xml, tOpen.end, tag.start);
          tOpen = undefined;
        }
      }
    },
    from,
    to,
  );
  return out;
}
