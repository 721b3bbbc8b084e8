import type { CellValue, RuleSetInput } from '../../src/engine';

/**
 * The worked examples of spec §7 as three councils would lay them out: the same figures under
 * different headers and polarity words. Each table rates exactly as WORKED_EXAMPLES says.
 */
type Pol = 'high' | 'low' | null;
const _ = null;

// ref, measure, polarity, target, year end, Q1, Q2
const MEASURES: [string, string, Pol, CellValue, CellValue, CellValue, CellValue][] = [
  ['P2.2', '% of children in care attending school (Termly)', 'high', '90%', _, '80%', _],
  ['P2.4', '% attendance at secondary school', 'high', '96%', _, '92%', '95%'],
  ['P2.6', '% of children in care persistently absent', 'low', '9%', _, '16%', '18%'],
  ['P3.16', 'Average days between entering care and moving in with an adoptive family', 'low', 426, _, 293, 302],
  ['P3.17', 'Average days between a placement order and matching with a family', 'low', 121, _, 108, 128],
  ['G1', 'Number of cared for children', _, '400-450', 477, 496, 495],
  ['P5.3', 'Number of care leavers in custody', _, _, _, 'Supressed', 'Supressed'],
  ['P4.5', 'Number of children missing from care', 'low', _, 8, 1, 3],
];
const SECTION_AFTER = new Map([['P2.6', 'Priority 3 - Achieving Permanence']]);

function table(header: CellValue[], words: Record<'high' | 'low', string[]>, row: (m: (typeof MEASURES)[number], polarity: string) => CellValue[]): CellValue[][] {
  const rows: CellValue[][] = [header, ['Priority 2 - Education']];
  MEASURES.forEach((m, i) => {
    const p = m[2];
    rows.push(row(m, p ? words[p][i % words[p].length] : ''));
    const section = SECTION_AFTER.get(m[0]);
    if (section) rows.push([section]);
  });
  return rows;
}

/** The defaults: the 2018-19 words, with a title and a one-row header. */
export const DEFAULT_COUNCIL: CellValue[][] = [
  ['CORPORATE PARENTING SCORECARD 2018-19'],
  ...table(
    ['Ref', 'Measure', 'Polarity', 'Stat Neigh Av', 'National Av', 'Target', 'Yr. end 17-18', 'Qu 1 18-19', 'Qu 2 18-19', 'RAG', 'DoT', 'Comments'],
    { high: ['High is Good'], low: ['Low is Good'] },
    ([ref, text, , target, ye, q1, q2], pol) => [ref, text, pol, _, _, target, ye, q1, q2, _, _, 'Commentary.'],
  ),
];

/** `Code`, `KPI`, `Good is` with Higher / Lower / High / Low, `2017/18 Outturn`, `Q1 2019/20`. */
export const GOOD_IS_COUNCIL: CellValue[][] = table(
  ['Code', 'KPI', 'Good is', 'SN Av', 'England', 'Target', '2017/18 Outturn', 'Q1 2019/20', 'Quarter 2 2019-20', 'Commentary'],
  { high: ['Higher', 'High', 'Higher is better'], low: ['Lower', 'Low', 'Lower is better'] },
  ([ref, text, , target, ye, q1, q2], pol) => [ref, text, pol, _, _, target, ye, q1, q2, 'Commentary.'],
);

/** Words no vocabulary knows: `Aim` (Up / Down), `Goal`, `Last year`, `Apr-Jun` … Rated only with a column map. */
export const MAPPED_COUNCIL_HEADER = ['Id', 'Indicator', 'Aim', 'Goal', 'Last year', 'Q1', 'Q2', 'Notes'];
export const MAPPED_COUNCIL: CellValue[][] = table(
  MAPPED_COUNCIL_HEADER,
  { high: ['Up is good'], low: ['Down is good'] },
  ([ref, text, , target, ye, q1, q2], pol) => [ref, text, pol, target, ye, q1, q2, 'Commentary.'],
);

/** What that council's analyst writes in the rules: a header text for one role, a letter for another, and their polarity words. */
export const MAPPED_COUNCIL_RULES: RuleSetInput = {
  columns: { polarity: 'Aim', target: 'Goal', yearEnd: 'E', comments: 'Notes' },
  polarityWords: { high: ['Up is good'], low: ['Down is good'] },
};
