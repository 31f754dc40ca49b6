import { normaliseMobileNumber } from './mobile-number';

describe('normaliseMobileNumber', () => {
  it.each(['06 12 34 56 78', '0033612345678', '612345678', '+33 6 12 34 56 78'])(
    'normalises the French mobile %p to E.164',
    (input) => {
      expect(normaliseMobileNumber(input)).toEqual({ ok: true, e164: '+33612345678', type: 'MOBILE' });
    },
  );

  it('uses the given default region for national numbers', () => {
    expect(normaliseMobileNumber('(201) 555-0123', 'US')).toEqual({
      ok: true,
      e164: '+12015550123',
      type: 'FIXED_LINE_OR_MOBILE',
    });
  });

  it('refuses +33700000000, which only the min metadata calls valid', () => {
    expect(normaliseMobileNumber('+33700000000')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it.each(['abc', '06 12', '+33612345678999', ''])('refuses %p as invalid', (input) => {
    expect(normaliseMobileNumber(input)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a landline as not-mobile and names its type', () => {
    expect(normaliseMobileNumber('01 42 68 53 00')).toEqual({
      ok: false,
      reason: 'not-mobile',
      message: expect.stringContaining('FIXED_LINE'),
    });
  });

  it('refuses a VoIP number as not-mobile', () => {
    expect(normaliseMobileNumber('09 70 12 34 56')).toMatchObject({ ok: false, reason: 'not-mobile' });
  });
});
