import { columnLetters, formatValue, type MeasureResult, type SheetReport } from '../../engine';

export interface AttentionItem {
  sheet: string;
  ref: string;
  measure: string;
  rag: 'red' | 'amber';
  value: string;
  target: string;
  reason: string;
  /** Where the link goes: the measure's comment cell when the sheet has a comments column, else its RAG cell. */
  cell: string;
  /** True when `cell` is the comment cell (the next step is to write the commentary there). */
  comment: boolean;
}

/** The measure's cell in the sheet's comments column, on the measure's row; '' when there is no such column. */
export function commentCell(sheet: SheetReport, m: MeasureResult): string {
  const column = sheet.layout.columns.comments;
  const row = /(\d+)$/.exec(m.ragCell || m.valueCell)?.[1];
  return column && row ? `${columnLetters(column.column)}${row}` : '';
}

function item(sheet: SheetReport, m: MeasureResult): AttentionItem {
  const comment = commentCell(sheet, m);
  return {
    sheet: sheet.name,
    ref: m.ref,
    measure: m.measure,
    rag: m.rag as 'red' | 'amber',
    value: formatValue(m.value),
    target: m.target,
    reason: m.ragReason,
    cell: comment || m.ragCell || m.valueCell,
    comment: comment !== '',
  };
}

/** Red measures then amber ones, each in sheet order: what the committee report discusses. */
export function measuresNeedingAttention(sheets: SheetReport[]): AttentionItem[] {
  const rated = sheets.filter((s) => s.recognised);
  const pick = (rag: 'red' | 'amber') => rated.flatMap((s) => s.measures.filter((m) => m.rag === rag).map((m) => item(s, m)));
  return [...pick('red'), ...pick('amber')];
}
