import { parseFrenchDecimal, significantDecimals } from './french-decimal';

describe('parseFrenchDecimal', () => {
  it.each([
    ['12,50', '12.50'],
    ['12.50', '12.50'],
    ['3', '3'],
    ['  7 ', '7'],
    ['1 234,5', '1234.5'],
    ['1\u00A0234,5', '1234.5'],
    ['1\u202F234\u202F567', '1234567'],
    ['0,001', '0.001'],
    ['007', '7'],
    ['-4,5', '-4.5'],
    ['-0,0', '0.0'],
    ['1,234', '1.234'],
  ])('reads %p as %p', (text, canonical) => {
    expect(parseFrenchDecimal(text)).toEqual({ ok: true, value: canonical });
  });

  it.each([
    ['1,234.5', /ambiguous/],
    ['1.234,5', /ambiguous/],
    ['1.234.567', /several separators/],
    ['12 34', /not a decimal/],
    ['1  234', /not a decimal/],
    [',5', /not a decimal/],
    ['5,', /not a decimal/],
    ['1e3', /not a decimal/],
    ['3 pcs', /not a decimal/],
    ['+3', /not a decimal/],
    ['', /empty/],
    ['   ', /empty/],
  ])('refuses %p', (text, reason) => {
    const parsed = parseFrenchDecimal(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toMatch(reason);
  });
});

describe('significantDecimals', () => {
  it.each([
    ['12.50', 1],
    ['12', 0],
    ['0.0010', 3],
    ['1.0000', 0],
  ])('counts %p as %p', (canonical, decimals) => {
    expect(significantDecimals(canonical)).toBe(decimals);
  });
});
