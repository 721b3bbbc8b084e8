import type { MeasureResult } from '../../src/engine';

/** Spec §7, row by row: ref, RAG, arrow, direction rating, and the flag the spec names. */
export const WORKED_EXAMPLES: [string, MeasureResult['rag'], MeasureResult['arrow'], MeasureResult['direction'], string | null][] = [
  ['P2.2', 'na', '', 'na', 'MISSING_VALUE'],
  ['P2.4', 'amber', '↑', 'green', null],
  ['P2.6', 'red', '↑', 'red', null],
  ['P3.16', 'green', '↑', 'red', null],
  ['P3.17', 'amber', '↑', 'red', null],
  ['G1', 'amber', '→', 'na', null],
  ['P5.3', 'na', '', 'na', 'SUPPRESSED_VALUE'],
  ['P4.5', 'green', '↑', 'red', 'SMALL_COUNT'],
];
