import type { CellValue } from '../../src/engine';
import { sheet } from './grid';

const _ = null;
// Columns: A Ref, B Info available from, C Commentary/ Lead, D (measure, blank header), E Polarity,
// F Stat Neigh Av, G National Av, H Target, I Yr. end 17-18, J..M Qu 1..4 18-19, N RAG, O direction, P Comments.
const HEADER_TOP: CellValue[] = ['Ref', 'Info available from', 'Commentary/ Lead', _, 'Polarity', 'Stat Neigh', 'National', 'Target', 'Yr. end', 'Qu 1', 'Qu 2', 'Qu 3', 'Qu 4', 'RAG', 'Quarterly dir of travel', 'Comments'];
const HEADER_BOTTOM: CellValue[] = [_, _, _, _, _, 'Av', 'Av', _, '17-18', '18-19', '18-19', '18- 19', '18-19', _, _, _];
const TITLE: CellValue[] = ['CORPORATE PARENTING SCORECARD 2018-19'];

/** A cut of the 2018-19 Q2 scorecard holding every worked example of spec §7, laid out as the seed. */
export const Q2_ROWS: CellValue[][] = [
  TITLE,
  HEADER_TOP,
  HEADER_BOTTOM,
  ['General'],
  ['G1', 'BI Team', 'Kerry Birtles', 'Number of cared for children', _, _, _, '400-450', 477, 496, 495, _, _, _, _, 'Statistical first release…'],
  ['G2', 'BI Team', 'Kerry Birtles', 'Rate per 10,000 cared for children', _, 61, 64, '52.7 - 59.3', 62.9, 65.4, 65.3, _, _, _, _, 'As above.'],
  ['Priority 2 - Improved Education, Employment and Training'],
  ['P2.2', 'Laura Rogerson', 'Laura Rogerson', 'Percentage of completed PEPs (Termly)', 'High is Good', _, _, '90%', '94%', '80%', _, _, _, _, _, 'Termly data.'],
  ['P2.4', 'Laura Rogerson', 'Laura Rogerson', '% attendance at secondary school of children in care', 'High is Good', _, _, '96%', '94%', '92%', '95%', _, _, _, _, 'Attendance has improved.'],
  ['P2.6', 'Laura Rogerson', 'Laura Rogerson', '% of Secondary pupils with less than 90% attendance (ytd)', 'Low is Good', _, _, '9%', '11%', '16%', '18%', _, _, _, _, _],
  TITLE,
  HEADER_TOP,
  HEADER_BOTTOM,
  ['Priority 3 - Achieving Permanence and Staying Safe'],
  ['P3.16', 'Jacqui Hall', 'Jacqui Hall', 'Average number of days between entering care and moving in with adoptive family (A1 national indicator)', 'Low is Good', _, 558, 426, 380, 293, 302, _, _, _, _, 'Improved steadily.'],
  ['P3.17', 'Jacqui Hall', 'Jacqui Hall', 'Average number of days between placement order and match with adoptive family (A2 national indicator)', 'Low is Good', _, 226, 121, 81, 108, 128, _, _, _, _, 'Rated as amber.'],
  ['Priority 4 - Improve Health and Wellbeing Outcomes'],
  ['P4.5', 'Sam Ankers', 'Sam Ankers', 'Number of pregnant care leavers (eligible, relevant and former relevant) 16+', 'Low is Good', _, _, _, 8, 1, 3, _, _, _, _, 'Two extra young people.'],
  ['Priority 5 - Preparing for Adulthood'],
  ['P5.3', 'BI Team', 'BI Team', 'The number of young people with a CSE plan - All Individuals', _, _, _, _, 5, 'Supressed', 'Supressed', _, _, _, _, 'Numbers suppressed.'],
];

export const q2Sheet = () => sheet('Scorecard', Q2_ROWS);
