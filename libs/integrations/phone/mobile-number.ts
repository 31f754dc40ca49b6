import { type CountryCode, type PhoneNumber, ParseError, parsePhoneNumberWithError } from 'libphonenumber-js/max';

/** Number types a carrier will deliver an SMS to; FIXED_LINE_OR_MOBILE is how NANP numbers come out. */
export type SmsCapableType = 'MOBILE' | 'FIXED_LINE_OR_MOBILE';

export type MobileNumberResult =
  | { readonly ok: true; readonly e164: string; readonly type: SmsCapableType }
  | { readonly ok: false; readonly reason: 'invalid' | 'not-mobile'; readonly message: string };

/**
 * E.164 form of a number an SMS can be sent to. The `max` metadata is needed: the default `min`
 * metadata only checks lengths, so it calls +33700000000 valid and cannot tell mobile from landline.
 */
export function normaliseMobileNumber(input: string, defaultRegion: CountryCode = 'FR'): MobileNumberResult {
  let parsed: PhoneNumber;
  try {
    parsed = parsePhoneNumberWithError(input, defaultRegion);
  } catch (error) {
    const why = error instanceof ParseError ? error.message : String(error);
    return { ok: false, reason: 'invalid', message: `not a phone number (${why})` };
  }
  if (!parsed.isValid()) {
    return { ok: false, reason: 'invalid', message: `${parsed.number} is not a valid number` };
  }
  const type = parsed.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') {
    return { ok: false, reason: 'not-mobile', message: `${parsed.number} is a ${type ?? 'number of unknown type'}, not a mobile` };
  }
  return { ok: true, e164: parsed.number, type };
}
