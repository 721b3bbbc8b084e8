import { needsTextFormat } from '../../src/excel/text-guard';

describe('needsTextFormat: which strings Excel might not keep as typed', () => {
  it.each(['=SUM(A1:A3)', '+cmd', '-2+3', '@x', '97', '97%', '1/2', 'Jan-19', 'TRUE', 'false', '#N/A', ' Red', 'Q2 18-19', '{"version":1}'])('%s gets the text format', (s) => {
    expect(needsTextFormat(s)).toBe(true);
  });
  it.each(['Red', 'Amber', 'Green', 'n/a', '↑', '→', 'Low is Good', 'Care leavers – in touch', 'RAG'])('%s is safe as it is', (s) => {
    expect(needsTextFormat(s)).toBe(false);
  });
  it('leaves the empty string alone (it clears the cell)', () => {
    expect(needsTextFormat('')).toBe(false);
  });
});
