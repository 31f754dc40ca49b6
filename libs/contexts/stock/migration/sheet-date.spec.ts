import { businessDateFromExcelDate, businessDateFromFrenchText, businessDateFromSerial } from './sheet-date';

describe('businessDateFromFrenchText', () => {
  it.each([
    ['31/12/2025', '2025-12-31'],
    [' 1/2/2026 ', '2026-02-01'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %p as %p', (text, date) => {
    expect(businessDateFromFrenchText(text)).toEqual({ ok: true, value: date });
  });

  it.each([
    ['31/02/2025', /no such date/],
    ['29/02/2025', /no such date/],
    ['12/13/2025', /no such date/],
    ['00/01/2025', /no such date/],
    ['31/12/25', /dd\/mm\/yyyy/],
    ['2025-12-31', /dd\/mm\/yyyy/],
    ['31.12.2025', /dd\/mm\/yyyy/],
    ['fin 2025', /dd\/mm\/yyyy/],
    ['01/01/1899', /out of range/],
  ])('refuses %p', (text, reason) => {
    const parsed = businessDateFromFrenchText(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toMatch(reason);
  });
});

describe('businessDateFromExcelDate', () => {
  it('reads the wall-clock date exceljs hands over as UTC midnight', () => {
    expect(businessDateFromExcelDate(new Date('2026-06-30T00:00:00.000Z'))).toEqual({ ok: true, value: '2026-06-30' });
  });

  it('refuses a date with a time of day rather than dropping it', () => {
    const parsed = businessDateFromExcelDate(new Date('2026-06-30T23:30:00.000Z'));
    expect(parsed).toEqual({ ok: false, reason: 'has a time of day (23:30); expected a date only' });
  });

  it('refuses an invalid date', () => {
    expect(businessDateFromExcelDate(new Date(Number.NaN))).toEqual({ ok: false, reason: 'invalid date' });
  });
});

describe('businessDateFromSerial', () => {
  it.each([
    [45000, false, '2023-03-15'],
    [46203, false, '2026-06-30'],
    [61, false, '1900-03-01'],
    [43538, true, '2023-03-15'],
    [0, true, '1904-01-01'],
  ])('reads serial %p (1904 system: %p) as %p', (serial, date1904, date) => {
    expect(businessDateFromSerial(serial, date1904)).toEqual({ ok: true, value: date });
  });

  it.each([
    [45000.5, /not a whole day/],
    [60, /not a plausible date serial/],
    [-1, /not a plausible date serial/],
    [3_000_000, /not a plausible date serial/],
  ])('refuses %p', (serial, reason) => {
    const parsed = businessDateFromSerial(serial, false);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toMatch(reason);
  });
});
