import { parseAreasAddress } from '../../src/excel/range-areas';

describe('parseAreasAddress', () => {
  it('reads the areas of a RangeAreas address', () => {
    expect(parseAreasAddress('Scorecard!C4:C9,Scorecard!F7')).toEqual([
      { top: 3, left: 2, bottom: 8, right: 2 },
      { top: 6, left: 5, bottom: 6, right: 5 },
    ]);
  });
  it('copes with quoted sheet names holding commas, quotes and exclamation marks', () => {
    expect(parseAreasAddress("'Q2, 18''s!'!$A$1:$B$2,'Q2, 18''s!'!D5")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 4, left: 3, bottom: 4, right: 3 },
    ]);
  });
});
