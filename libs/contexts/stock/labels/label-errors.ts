import { BusinessRuleViolation } from '@repaero/event-sourcing';

export const labelRules = {
  gtinCheckDigit: 'stock.label-gtin-check-digit',
  contentInvalid: 'stock.label-content-invalid',
} as const;

export function invalidLabelContent(message: string, details: Record<string, unknown> = {}): BusinessRuleViolation {
  return new BusinessRuleViolation(labelRules.contentInvalid, message, details);
}

/** bwip-js throws `bwipp.<code>#<n>: <detail>`; the ones about input become rule violations, the rest stay bugs. */
export function toLabelError(error: unknown): unknown {
  const match = error instanceof Error ? /^bwipp\.(\w+)#\d+: (.*)$/s.exec(error.message) : null;
  if (!match) return error;
  const [, code = '', detail = ''] = match;
  if (/badCheck(sum|Digit)/i.test(code)) {
    return new BusinessRuleViolation(labelRules.gtinCheckDigit, `the GTIN/EAN check digit is wrong (${detail}): check the number on the packaging`, { encoderError: code });
  }
  return invalidLabelContent(`the barcode encoder refused the label content: ${detail}`, { encoderError: code });
}
