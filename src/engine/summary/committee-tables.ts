import type { Counts, RunReport } from '../run/run-report';
import { countRatings } from './count-ratings';
import { redAmberRows, type Disclosure, type RedAmberRow } from './red-amber';

/**
 * "Copy tables" (issue 12): what the committee report needs, ready to paste into Word. The two
 * count tables in the report's own form (`Performance Measures | Red | Amber | Green | n/a |
 * Total`, row `This quarter`) over every rated sheet, and the red and amber measures. As HTML
 * (every text escaped) for a rich paste and as tab-separated text for a plain one.
 */

export interface CommitteeTables {
  html: string;
  text: string;
}

const COUNT_HEADERS = ['Red', 'Amber', 'Green', 'n/a', 'Total'];
const LIST_HEADERS = ['Ref', 'Measure', 'Value', 'Target', 'RAG', 'Reason for the rating', 'Lead', 'Commentary'];

function sum(all: Counts[]): Counts {
  const total = countRatings([]);
  for (const c of all) for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
  return total;
}

const countRow = (c: Counts) => ['This quarter', c.red, c.amber, c.green, c.na, c.total].map(String);
const listRow = (m: RedAmberRow) => [m.ref, m.measure, m.value, m.target, m.rating, m.reason, m.lead, m.commentary];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** Tabs and line breaks inside a cell would split it when pasted: they become spaces. */
const plain = (cell: string) => cell.replace(/[\t\r\n]+/g, ' ').trim();

function htmlTable(header: string[], rows: string[][]): string {
  const cells = (tag: 'th' | 'td', row: string[]) => row.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('');
  return `<table border="1" cellspacing="0" cellpadding="4"><thead><tr>${cells('th', header)}</tr></thead><tbody>${rows.map((r) => `<tr>${cells('td', r)}</tr>`).join('')}</tbody></table>`;
}

function textTable(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.map(plain).join('\t')).join('\n');
}

export function committeeTables(report: RunReport, disclosure: Disclosure = {}): CommitteeTables {
  const rated = report.sheets.filter((s) => s.quarter);
  const tables: [string[], string[][]][] = [
    [['Performance Measures', ...COUNT_HEADERS], [countRow(sum(rated.map((s) => s.counts.rag)))]],
    [['Direction of Travel', ...COUNT_HEADERS], [countRow(sum(rated.map((s) => s.counts.direction)))]],
    [LIST_HEADERS, rated.flatMap((s) => redAmberRows(report, s, disclosure)).map(listRow)],
  ];
  return {
    html: tables.map(([h, rows]) => htmlTable(h, rows)).join('<p></p>'),
    text: tables.map(([h, rows]) => textTable(h, rows)).join('\n\n'),
  };
}
