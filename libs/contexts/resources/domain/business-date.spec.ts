import { addMonths, businessDateOf, isBusinessDate } from './business-date';

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
});
