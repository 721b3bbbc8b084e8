import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonReport } from '../../src/cli';
import { toA1, type RunReport, type WorkbookGrid } from '../../src/engine';
import { clearRatings, rateWorkbook, validateWorkbook } from '../../src/excel';
import { openXlsx } from '../../src/file';
import { SAMPLE_PATH } from '../../examples/sample-workbook';
import { cli, CLI_NOW } from './cli';
import { gridToXlsx } from './grid-to-xlsx';
import { createOfficeJsExcel, type OfficeJsExcel } from './office-js';
import { makeTempDir, unzipAll } from './xlsx-fixtures';

/**
 * One workbook worked on through one adapter, as an analyst does between runs: rate, validate,
 * clear, edit. The same scenarios run on the file adapter (through the command line, on real
 * .xlsx files) and on the Office.js adapter (through Microsoft's Excel client in front of the strict
 * fake). Flags read `CODE Sheet!A1`; measure rows are 1-based, as Excel shows them.
 */
export interface RatedMeasure {
  sheet: string;
  ref: string;
  row: number;
  rag: string;
}

export type RunResult = { ok: true; flags: string[]; measures: RatedMeasure[] } | { ok: false; problem: string };

export interface AdapterSession {
  rate(): Promise<RunResult>;
  clear(): Promise<{ ok: true } | { ok: false; problem: string }>;
  /** The flags Validate shows, writing nothing. */
  validate(): Promise<string[]>;
  /** The workbook as it stands now. */
  grid(): Promise<WorkbookGrid>;
  /** The analyst edits the workbook (insert a row, type a note, copy a sheet…). */
  edit(change: (grid: WorkbookGrid) => WorkbookGrid): Promise<void>;
  /** Every cell that holds a formula, as `Sheet!A1` (file: the `<f>` elements of each worksheet part). */
  formulaCells(): Promise<string[]>;
}

export interface Adapter {
  name: string;
  open(grid: WorkbookGrid): Promise<AdapterSession>;
  /** The bundled 2018-19 Q2 sample, as it is shipped. */
  openSample(): Promise<AdapterSession>;
}

const flagText = (f: { code: string; sheet: string; cell: string }) => `${f.code} ${f.sheet}!${f.cell}`;

async function readGrid(path: string): Promise<WorkbookGrid> {
  const opened = await openXlsx(path);
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.file.grid;
}

/** The file adapter, driven through the command line: each run writes a new file and the session moves on to it. */
export const fileAdapter: Adapter = {
  name: 'file adapter (command line)',
  async open(grid) {
    const path = join(makeTempDir(), 'book.xlsx');
    writeFileSync(path, await gridToXlsx(grid));
    return fileSessionAt(path);
  },
  async openSample() {
    const path = join(makeTempDir(), 'scorecard.xlsx');
    copyFileSync(SAMPLE_PATH, path);
    return fileSessionAt(path);
  },
};

/** A session on an .xlsx file as it is (each run writes a new file beside it in a temp folder). */
export function fileSessionAt(first: string): AdapterSession {
  const dir = makeTempDir();
  let current = first;
  let n = 0;
  const next = () => join(dir, `step-${++n}.xlsx`);
  const reports = (out: string): JsonReport['sheets'] => out.split('\n').filter(Boolean).flatMap((line) => (JSON.parse(line) as JsonReport).sheets);
  return {
    async rate() {
      const out = next();
      const r = await cli('rate', current, '--out', out, '--json');
      if (r.code === 2) return { ok: false, problem: r.err };
      current = out;
      const sheets = reports(r.out);
      return {
        ok: true,
        flags: sheets.flatMap((s) => s.flags.map(flagText)),
        measures: sheets.flatMap((s) => s.measures.map((m) => ({ sheet: s.name, ref: m.ref, row: m.row, rag: m.rag }))),
      };
    },
    async clear() {
      const out = next();
      const r = await cli('clear', current, '--out', out, '--json');
      if (r.code === 2) return { ok: false, problem: r.err };
      current = out;
      return { ok: true };
    },
    async validate() {
      const r = await cli('validate', current, '--json');
      if (r.code === 2) throw new Error(r.err);
      return reports(r.out).flatMap((s) => s.flags.map(flagText));
    },
    grid: () => readGrid(current),
    async edit(change) {
      const out = next();
      writeFileSync(out, await gridToXlsx(change(await readGrid(current))));
      current = out;
    },
    async formulaCells() {
      const found: string[] = [];
      for (const [part, bytes] of unzipAll(readFileSync(current))) {
        if (!part.startsWith('xl/worksheets/')) continue;
        for (const m of bytes.toString('utf8').matchAll(/<c\b[^>]*\br="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>).)*<(?:\w+:)?f[\s>/]/gs)) found.push(`${part}!${m[1]}`);
      }
      return found;
    },
  };
}

const NOW = { now: CLI_NOW };

function engineFlags(report: RunReport): string[] {
  return report.flags.map(flagText);
}

/** The Office.js adapter through Microsoft's Excel client; an edit is made on the fake's workbook, as the analyst would in Excel. */
export const excelAdapter: Adapter = {
  name: 'Office.js adapter (Excel client library, strict fake)',
  open: async (grid) => excelSession(grid),
  openSample: async () => excelSession(await readGrid(SAMPLE_PATH)),
};

function excelSession(grid: WorkbookGrid): AdapterSession {
  let excel: OfficeJsExcel = createOfficeJsExcel(grid);
  return {
    async rate() {
      const r = await rateWorkbook(excel.host, NOW);
      if (!r.ok) return { ok: false, problem: r.problem.message };
      return {
        ok: true,
        flags: engineFlags(r.report),
        measures: r.report.sheets.flatMap((s) => s.measures.map((m) => ({ sheet: s.name, ref: m.ref, row: m.row + 1, rag: m.rag }))),
      };
    },
    async clear() {
      const r = await clearRatings(excel.host, NOW);
      return r.ok ? { ok: true } : { ok: false, problem: r.problem.message };
    },
    async validate() {
      const r = await validateWorkbook(excel.host, NOW);
      if (!r.ok) throw new Error(r.problem.message);
      return engineFlags(r.report);
    },
    grid: async () => excel.toGrid(),
    async edit(change) {
      // The fake's workbook, edited and put back in front of the client as it stands after the edit.
      excel = createOfficeJsExcel(change(excel.toGrid()));
    },
    async formulaCells() {
      return excel.toGrid().sheets.flatMap((s) => (s.formulas ?? []).flatMap((row, r) => row.flatMap((f, c) => (f ? [`${s.name}!${toA1(r, c)}`] : []))));
    },
  };
}
