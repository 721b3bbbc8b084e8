import { formatValue, type MeasureResult, type SheetReport } from '../../engine';

export interface AttentionItem {
  sheet: string;
  ref: string;
  measure: string;
  rag: 'red' | 'amber';
  value: string;
  target: string;
  reason: string;
  cell: string;
}

function item(sheet: string, m: MeasureResult): AttentionItem {
  return {
    sheet,
    ref: m.ref,
    measure: m.measure,
    rag: m.rag as 'red' | 'amber',
    value: formatValue(m.value),
    target: m.target,
    reason: m.ragReason,
    cell: m.ragCell || m.valueCell,
  };
}

/** Red measures then amber ones, each in sheet order: what the committee report discusses. */
export function measuresNeedingAttention(sheets: SheetReport[]): AttentionItem[] {
  const rated = sheets.filter((s) => s.recognised);
  const pick = (rag: 'red' | 'amber') => rated.flatMap((s) => s.measures.filter((m) => m.rag === rag).map((m) => item(s.name, m)));
  return [...pick('red'), ...pick('amber')];
}
