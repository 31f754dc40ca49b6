export type DecimalParse = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string };

const GROUPED_INTEGER = /^\d{1,3}([ \u00A0\u202F]\d{3})+$/;
const PLAIN_INTEGER = /^\d+$/;

/**
 * Reads a decimal written in a French sheet into an exact canonical string (`"-1234.5"`), never through
 * `parseFloat`, so the caller decides how (and whether) to turn it into a number.
 * Rules: one decimal separator, `,` or `.`; thousands grouped by a space, NBSP or narrow NBSP only. A string with
 * both `,` and `.` (`1,234.5`, `1.234,5`) is refused as ambiguous rather than guessed.
 */
export function parseFrenchDecimal(text: string): DecimalParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };

  const negative = trimmed.startsWith('-');
  const body = negative ? trimmed.slice(1) : trimmed;
  const commas = count(body, ',');
  const dots = count(body, '.');
  if (commas > 0 && dots > 0) {
    return { ok: false, reason: `ambiguous decimal "${trimmed}": both "," and "." appear (thousands or decimal separator?)` };
  }
  if (commas + dots > 1) return { ok: false, reason: `not a decimal number: "${trimmed}" has several separators` };

  const [integerPart, fraction] = body.split(/[.,]/);
  if (!PLAIN_INTEGER.test(integerPart) && !GROUPED_INTEGER.test(integerPart)) {
    return { ok: false, reason: `not a decimal number: "${trimmed}"` };
  }
  if (fraction !== undefined && !PLAIN_INTEGER.test(fraction)) {
    return { ok: false, reason: `not a decimal number: "${trimmed}"` };
  }

  const digits = integerPart.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  const isZero = /^0+$/.test(digits + (fraction ?? ''));
  const sign = negative && !isZero ? '-' : '';
  return { ok: true, value: fraction === undefined ? `${sign}${digits}` : `${sign}${digits}.${fraction}` };
}

/** Decimals that matter in a canonical decimal string: `"12.50"` has one. */
export function significantDecimals(canonical: string): number {
  const fraction = canonical.split('.')[1] ?? '';
  return fraction.replace(/0+$/, '').length;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
