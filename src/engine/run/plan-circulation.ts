import type { WorkbookGrid } from '../grid';
import { problem } from '../messages';
import type { CellWrite, SheetWrites, WritePlan } from '../plan';
import type { RuleSet } from '../rules';
import { summarySheet } from '../summary/summary-sheet';
import { holds, locator, restoreWrite } from '../workbook/cell-anchors';
import { currentSummary, ownSheet } from '../workbook/own-sheets';
import { readSettings } from '../workbook/settings-sheet';
import type { Outcome } from './outcome';
import type { RunReport } from './run-report';
import { refusal, validateGrid } from './run-workbook';

export interface CirculationOptions {
  /** Show each disclosive count (every SMALL_COUNT cell, accepted or not) as `c`, with a footnote on the summary. */
  suppressSmall?: boolean;
  now?: Date;
  timeZone?: string;
  rules?: RuleSet;
}

export type CirculationOutcome = Outcome<{ plan: WritePlan; report: RunReport }>;

/**
 * The committee copy (spec §6 "Circulation copy"), as a plan to apply to a copy of the rated
 * workbook (never to the working one): the ratings and the summary stay; the checks and settings
 * sheets go (found by marker); the flag fills the add-in wrote are taken off wherever the cell still
 * holds exactly the add-in's fill (the fill it had before comes back); with `suppressSmall`, each
 * disclosive count shows as `c` and the summary is written again with `c` and a footnote.
 * Refused while an error is neither fixed nor accepted, and for a workbook never rated.
 */
export function planCirculation(grid: WorkbookGrid, options: CirculationOptions = {}): CirculationOutcome {
  const validated = validateGrid(grid, { rules: options.rules, now: options.now, timeZone: options.timeZone });
  if (!validated.ok) return validated;
  const { report } = validated;
  const open = report.flags.filter((f) => f.severity === 'error' && !f.accepted);
  if (open.length) {
    // Messages end with a full stop; the sentence they are listed in adds its own.
    const listed = open.slice(0, 5).map((f) => `${f.ref ? `${f.ref} ` : ''}(sheet "${f.sheet}"${f.cell ? ` ${f.cell}` : ''}): ${f.message.replace(/\.$/, '')}`);
    const more = open.length > 5 ? `; and ${open.length - 5} more` : '';
    return { ok: false, problem: problem('NOT_FIT', `${open.length} error${open.length === 1 ? '' : 's'} remain${open.length === 1 ? 's' : ''}: ${listed.join('; ')}${more}`), report };
  }
  const settings = readSettings(grid);
  const summary = currentSummary(grid, settings.ledger.summarySheet);
  if (!summary) return { ok: false, problem: problem('NOT_RATED', 'The workbook'), report };

  const bySheet = new Map<string, Map<string, CellWrite>>();
  const put = (sheet: string, write: CellWrite) => {
    const cells = bySheet.get(sheet) ?? new Map<string, CellWrite>();
    bySheet.set(sheet, cells);
    const prev = cells.get(write.address);
    cells.set(write.address, prev ? { ...prev, ...write, style: { ...prev.style, ...write.style } } : write);
  };
  for (const s of report.sheets) {
    const sheet = grid.sheets.find((g) => g.name === s.name);
    const entries = settings.ledger.sheets.get(s.name)?.filter((e) => e.role === 'fill') ?? [];
    if (!sheet || !entries.length || !s.recognised) continue;
    const loc = locator(s.layout);
    for (const entry of entries) {
      const at = loc.find(entry);
      if (at && holds(sheet, at, entry.wrote)) put(s.name, restoreWrite(entry, at));
    }
  }
  if (options.suppressSmall) {
    for (const f of report.flags) if (f.code === 'SMALL_COUNT' && /^[A-Z]+\d+$/.test(f.cell)) put(f.sheet, { address: f.cell, value: 'c' });
  }
  const writes: SheetWrites[] = [...bySheet].map(([sheet, cells]) => ({ sheet, cells: [...cells.values()] }));
  const deleteSheets = [ownSheet(grid, 'checks')?.name, ownSheet(grid, 'settings')?.name].filter((n): n is string => n !== undefined);
  const sheets = options.suppressSmall ? [summarySheet(summary.name, report, { timeZone: options.timeZone, suppressSmall: true })] : [];
  const plan: WritePlan = { writes, sheets, deleteSheets };
  const refused = refusal(grid, plan);
  if (refused) return { ok: false, problem: refused, report };
  return { ok: true, plan, report };
}
