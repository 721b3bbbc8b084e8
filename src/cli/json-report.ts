import type { AcceptedFor, RunReport } from '../engine';

/** The stable --json contract (README "JSON output"). */
export interface JsonReport {
  file: string;
  sheets: {
    name: string;
    recognised: boolean;
    reason: string;
    quarter: { index: number; label: string } | null;
    counts: { rag: Counts; direction: Counts } | null;
    measures: { ref: string; row: number; measure: string; section: string; rag: string; direction: string; arrow: string; reason: string }[];
    flags: { code: string; severity: string; sheet: string; cell: string; ref: string; message: string; accepted?: AcceptedFor; lapsed?: AcceptedFor }[];
  }[];
}

interface Counts {
  red: number;
  amber: number;
  green: number;
  na: number;
  total: number;
}

export function jsonReport(file: string, report: RunReport): JsonReport {
  return {
    file,
    sheets: report.sheets.map((s) => ({
      name: s.name,
      recognised: s.recognised,
      reason: s.reason,
      quarter: s.quarter ? { index: s.quarter.index, label: s.quarter.label } : null,
      counts: s.quarter ? s.counts : null,
      // Rows are 1-based, as a user reads them in Excel.
      measures: s.measures.map((m) => ({ ref: m.ref, row: m.row + 1, measure: m.measure, section: m.section, rag: m.rag, direction: m.direction, arrow: m.arrow, reason: m.ragReason })),
      // An accepted flag carries `"accepted": { note, date, value }`; one whose acceptance lapsed, `"lapsed"`.
      flags: s.flags.map((f) => ({
        code: f.code,
        severity: f.severity,
        sheet: f.sheet,
        cell: f.cell,
        ref: f.ref,
        message: f.message,
        ...(f.accepted ? { accepted: f.accepted } : {}),
        ...(f.lapsed ? { lapsed: f.lapsed } : {}),
      })),
    })),
  };
}
