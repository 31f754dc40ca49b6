import { addDays, addMonths, businessDateOf, daysBetween, isBusinessDate, isoWeekdayOf, isTimeOfDay } from './business-date';

describe('business dates', () => {
  it('takes the Paris calendar day of a UTC instant', () => {
    expect(businessDateOf('2026-06-30T22:30:00.000Z')).toBe('2026-07-01');
    expect(businessDateOf('2026-12-31T22:59:59.000Z')).toBe('2026-12-31');
  });
  it('accepts real calendar dates only', () => {
    expect(isBusinessDate('2028-02-29')).toBe(true);
    expect(isBusinessDate('2027-02-29')).toBe(false);
    expect(isBusinessDate('2026-7-1')).toBe(false);
  });
  it('adds calendar months, clamping to the month end', () => {
    expect(addMonths('2026-03-15', -24)).toBe('2024-03-15');
    expect(addMonths('2028-02-29', 24)).toBe('2030-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('names the ISO weekday, Monday 1 to Sunday 7', () => {
    expect(isoWeekdayOf('2026-08-03')).toBe(1);
    expect(isoWeekdayOf('2026-08-02')).toBe(7);
    expect(isoWeekdayOf('2028-02-29')).toBe(2);
  });
  it('adds calendar days across months and leap years', () => {
    expect(addDays('2026-01-31', 365)).toBe('2027-01-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('accepts 24-hour times of day only', () => {
    expect(isTimeOfDay('07:30')).toBe(true);
    expect(isTimeOfDay('23:59')).toBe(true);
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(isTimeOfDay('7:30')).toBe(false);
  });
});

describe('daysBetween', () => {
  it('counts calendar days, across a change of time and backwards', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-06-11', '2026-06-01')).toBe(-10);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });
});
