import { decoded, scanFailure, type Decoded } from './scan-fields';

/** GS1 mod 10: weights 3 and 1 alternate from the rightmost digit before the check digit. */
export function gtinCheckDigit(digitsBeforeCheck: string): number {
  let sum = 0;
  for (let i = 0; i < digitsBeforeCheck.length; i++) {
    sum += Number(digitsBeforeCheck[digitsBeforeCheck.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** Validates a GTIN-8, -12, -13 or -14 and answers it as GTIN-14. `label` names it in messages. */
export function toGtin14(gtin: string, label = 'GTIN'): Decoded<string> {
  if (!/^\d+$/.test(gtin) || ![8, 12, 13, 14].includes(gtin.length)) {
    return scanFailure('unparseable', `${label} ${gtin}: a GTIN is 8, 12, 13 or 14 digits`);
  }
  const expected = gtinCheckDigit(gtin.slice(0, -1));
  const given = Number(gtin.slice(-1));
  if (expected !== given) {
    return scanFailure('bad-check-digit', `${label} ${gtin}: the check digit should be ${expected}, not ${given} (misread or mistyped)`);
  }
  return decoded(gtin.padStart(14, '0'));
}
