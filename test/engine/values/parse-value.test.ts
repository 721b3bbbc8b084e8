import fc from 'fast-check';
import { asPercent, formatValue, parseValue } from '../../../src/engine';

describe('parseValue reads each cell into one kind (spec §3)', () => {
  it.each([
    [477, undefined, { kind: 'number', value: 477, percent: false }],
    [65.4, undefined, { kind: 'number', value: 65.4, percent: false }],
    [0.97, '0%', { kind: 'number', value: 0.97, percent: true }],
    ['97%', undefined, { kind: 'number', value: 0.97, percent: true }],
    [' 97 % ', undefined, { kind: 'number', value: 0.97, percent: true }],
    ['1,234', undefined, { kind: 'number', value: 1234, percent: false }],
    ['-3', undefined, { kind: 'number', value: -3, percent: false }],
  ])('%p with format %p is a number', (raw, fmt, expected) => {
    expect(parseValue(raw, fmt)).toEqual(expected);
  });

  it.each([
    ['400-450', 400, 450, false],
    ['52.7 - 59.3', 52.7, 59.3, false],
    ['400–475', 400, 475, false],
    ['85%-93%', 0.85, 0.93, true],
  ])('%p is a range', (raw, low, high, percent) => {
    expect(parseValue(raw)).toEqual({ kind: 'range', low, high, percent });
  });

  it('57% (63%) counts the first figure and keeps the bracket as a note', () => {
    expect(parseValue('57% (63%)')).toEqual({ kind: 'annotated', value: 0.57, percent: true, note: '(63%)' });
  });

  it.each(['Suppressed', 'Supressed', 'x', 'c', '[c]', '*', '<5'])('%p is suppressed', (raw) => {
    expect(parseValue(raw).kind).toBe('suppressed');
  });

  it('a misspelt marker is suppressed but noted as non-standard', () => {
    expect(parseValue('Supressed')).toEqual({ kind: 'suppressed', marker: 'Supressed', standard: false });
    expect(parseValue('c')).toEqual({ kind: 'suppressed', marker: 'c', standard: true });
  });

  it.each([null, '', '   ', 'NA', 'N/A', 'n/a', '-', '–', 'tbc', 'z', ':', '..'])('%p is missing', (raw) => {
    expect(parseValue(raw).kind).toBe('missing');
  });

  it.each(['#DIV/0!', '#REF!', '#N/A', '#VALUE!'])('%p is a formula error', (raw) => {
    expect(parseValue(raw)).toEqual({ kind: 'error', error: raw });
  });

  it('N months and N working days read as numbers with a unit; other words stay text', () => {
    expect(parseValue('5 months')).toEqual({ kind: 'number', value: 5, percent: false, unit: 'months' });
    expect(parseValue('20 working days')).toMatchObject({ kind: 'number', value: 20, unit: 'working days' });
    expect(parseValue('5-6 months')).toEqual({ kind: 'text', text: '5-6 months' });
    expect(parseValue('new measure')).toEqual({ kind: 'text', text: 'new measure' });
  });

  it('a date in a figure cell is text marked as a date, never a figure', () => {
    expect(parseValue(43373, 'dd/mm/yyyy')).toEqual({ kind: 'text', text: '43373', date: true });
    expect(parseValue(43373, 'd-mmm-yy')).toMatchObject({ kind: 'text', date: true });
    expect(parseValue(43373, '#,##0')).toMatchObject({ kind: 'number', value: 43373 });
  });

  it('a 32,000-character string is text, not a crash', () => {
    const long = 'x'.repeat(32000);
    expect(parseValue(long)).toEqual({ kind: 'text', text: long });
  });

  it('in a percent measure a plain 97 means 97 %', () => {
    expect(asPercent(parseValue(97))).toEqual({ kind: 'number', value: 0.97, percent: true });
    expect(asPercent(parseValue('97%'))).toEqual({ kind: 'number', value: 0.97, percent: true });
    expect(formatValue(asPercent(parseValue('52.7 - 59.3')))).toBe('52.7%-59.3%');
  });

  it('never throws on arbitrary input (property)', () => {
    const raw = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.stringMatching(/^[-+\d.,% ()a-z#/]{0,20}$/));
    fc.assert(
      fc.property(raw, fc.option(fc.string()), (r, fmt) => {
        const v = parseValue(r, fmt ?? undefined);
        expect(['number', 'range', 'annotated', 'suppressed', 'missing', 'text', 'error']).toContain(v.kind);
        expect(typeof formatValue(v)).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });
});
