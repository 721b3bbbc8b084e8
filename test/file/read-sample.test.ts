import { readFileSync } from 'node:fs';
import type { SheetGrid } from '../../src/engine/grid';
import { fromA1, valueAt, numberFormatAt } from '../../src/engine/grid';
import { openXlsx } from '../../src/file';
import { LINES, TITLE } from '../../examples/scorecard-data';
import { SAMPLE_PATH, sampleBytes } from '../../examples/sample-workbook';

let sheet: SheetGrid;

beforeAll(async () => {
  const opened = await openXlsx(SAMPLE_PATH);
  if (!opened.ok) throw new Error(opened.problem.message);
  expect(opened.file.grid.sheets.map((s) => s.name)).toEqual(['Scorecard']);
  sheet = opened.file.grid.sheets[0];
});

const at = (address: string) => {
  const { row, column } = fromA1(address);
  return valueAt(sheet, row, column);
};
const formatAt = (address: string) => {
  const { row, column } = fromA1(address);
  return numberFormatAt(sheet, row, column);
};
/** A row without the blank (formatted) cells after its last value. */
const untilLastValue = (row: unknown[]) => row.slice(0, row.map((v) => v !== null).lastIndexOf(true) + 1);
const r0 = (ref: string) => sheet.values.findIndex((r) => r[0] === ref);
const rowOf = (ref: string) => sheet.values.findIndex((r) => r[0] === ref) + 1;
/** The figures of a measure, F (stat neighbour) to K (Qu 2), as the grid holds them. */
const figures = (ref: string) => ['F', 'G', 'H', 'I', 'J', 'K'].map((c) => at(`${c}${rowOf(ref)}`));

describe('the committed sample workbook', () => {
  test('is exactly what the generator writes (re-run `npm run sample` after changing it)', async () => {
    expect(Buffer.from(await sampleBytes()).equals(readFileSync(SAMPLE_PATH))).toBe(true);
  });

  test('has the merged title and a header split over rows 2 and 3', () => {
    expect(sheet.values.slice(0, 3).map(untilLastValue)).toEqual([
      [TITLE],
      ['Ref', 'Info available from', 'Commentary/ Lead', null, 'Polarity', 'Stat Neigh', 'National', 'Target', 'Yr. end',
        'Qu 1', 'Qu 2', 'Qu 3', 'Qu 4', 'RAG', 'Quarterly dir of travel', 'Comments', 'C&YP Plan Priority', 'Corporate Priority'],
      [null, null, null, null, null, 'Av', 'Av', null, '17-18', '18-19', '18-19', '18-19', '18-19'],
    ]);
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 17 });
  });

  test('repeats the title and header at the two page breaks, before P2.13 and P3.18', () => {
    for (const ref of ['P2.13', 'P3.18']) {
      const r = rowOf(ref) - 1; // zero-based row of the measure
      expect(untilLastValue(sheet.values[r - 3])).toEqual([TITLE]);
      expect(sheet.values[r - 2]).toEqual(sheet.values[1]);
      expect(sheet.values[r - 1]).toEqual(sheet.values[2]);
      expect(sheet.merges).toContainEqual({ top: r - 3, left: 0, bottom: r - 3, right: 17 });
    }
    expect(sheet.values.filter((r) => r[0] === TITLE)).toHaveLength(3);
    expect(sheet.fills?.[r0('P2.13') - 2][0]).toBe('#D9E1F2'); // the copied header is styled like the first
  });

  test('has the section rows with only the label in column A', () => {
    const sections = sheet.values.filter((r) => untilLastValue(r).length === 1 && r[0] !== TITLE).map((r) => r[0]);
    expect(sections).toEqual([
      'General',
      'Priority 1 - Being a Good Corporate Parent',
      'Priority 2 - Improved Education, Employment and Training',
      'Priority 3 - Achieving Permanence and Staying Safe',
      'Priority 4 - Improve Health and Wellbeing Outcomes',
      'Priority 5 - Preparing for Adulthood',
    ]);
  });

  test('holds every measure of the seed, G1 to P5.8, in order', () => {
    const refs = sheet.values.map((r) => r[0]).filter((v): v is string => typeof v === 'string' && /^(G|P)\d/.test(v));
    expect(refs).toEqual(LINES.flatMap((l) => (l.kind === 'measure' ? [l.ref] : [])));
    expect(refs).toHaveLength(57);
    expect(refs.slice(0, 4)).toEqual(['G1', 'G2', 'G3', 'P1.1']);
    expect(refs[refs.length - 1]).toBe('P5.8');
  });

  test('stores percents as fractions with the percent format they were shown in', () => {
    const r = rowOf('P1.2');
    expect([at(`I${r}`), at(`J${r}`), at(`K${r}`)]).toEqual([0.91, 0.97, 0.95]);
    expect([formatAt(`I${r}`), formatAt(`J${r}`), formatAt(`K${r}`)]).toEqual(['0.0%', '0%', '0%']);
    expect(at(`I${rowOf('P1.3')}`)).toBe(0.985);
  });

  test('keeps annotated figures, ranges and the suppression marker as text', () => {
    expect(at(`I${rowOf('P4.2')}`)).toBe('57% (63%)');
    expect(at(`H${rowOf('G1')}`)).toBe('400-450');
    expect(at(`H${rowOf('G2')}`)).toBe('52.7 - 59.3');
    expect(figures('P5.3')).toEqual([null, null, null, 5, 'Supressed', 'Supressed']);
  });

  test('holds the figures of every worked example in spec §7', () => {
    //                     Stat Neigh  National  Target     Yr. end  Qu 1   Qu 2
    expect(figures('P2.2')).toEqual([null, null, 0.9, 0.94, 0.8, null]);
    expect(figures('P2.4')).toEqual([null, null, 0.96, 0.94, 0.92, 0.95]);
    expect(figures('P2.6')).toEqual([null, null, 0.09, 0.11, 0.16, 0.18]);
    expect(figures('P3.16')).toEqual([null, 558, 426, 380, 293, 302]);
    expect(figures('P3.17')).toEqual([null, 226, 121, 81, 108, 128]);
    expect(figures('G1')).toEqual([null, null, '400-450', 477, 496, 495]);
    expect(figures('P4.5')).toEqual([null, null, null, 8, 1, 3]);
    expect(at(`E${rowOf('P2.4')}`)).toBe('High is Good');
    expect(at(`E${rowOf('P2.6')}`)).toBe('Low is Good');
    expect(at(`E${rowOf('G1')}`)).toBeNull();
  });

  test('leaves Qu 3, Qu 4, RAG and direction empty on every measure row', () => {
    const measureRows = sheet.values.filter((r) => typeof r[0] === 'string' && /^(G|P)\d/.test(r[0]));
    expect(measureRows).toHaveLength(57);
    // Columns L to O; rows are cut after their last value, so absent cells count as empty too.
    for (const row of measureRows) expect([11, 12, 13, 14].map((c) => row[c] ?? null)).toEqual([null, null, null, null]);
  });

  test('is a visible, unprotected sheet with nothing hidden', () => {
    expect(sheet.visibility).toBe('visible');
    expect(sheet.protected).toBe(false);
    expect(sheet.hiddenRows).toEqual([]);
    expect(sheet.hiddenColumns).toEqual([]);
  });
});
