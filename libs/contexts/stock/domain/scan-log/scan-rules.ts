import { BusinessRuleViolation } from '@repaero/event-sourcing';
import type { ScanFailure, ScanFailureReason } from '../scanning/scan-input';

export const scanRules = {
  empty: 'stock.scan-empty',
  badCheckDigit: 'stock.scan-bad-check-digit',
  ambiguous: 'stock.scan-ambiguous',
  unparseable: 'stock.scan-unparseable',
  unsupported: 'stock.scan-unsupported',
  unknownPart: 'stock.scan-unknown-part',
  unresolved: 'stock.scan-unresolved',
  /** A batch counted by scan needs the quantity found: the scan alone names the batch, not how much of it is there. */
  quantityRequired: 'stock.scan-quantity-required',
} as const;

const RULE_BY_REASON: { readonly [R in ScanFailureReason]: string } = {
  empty: scanRules.empty,
  'bad-check-digit': scanRules.badCheckDigit,
  ambiguous: scanRules.ambiguous,
  unparseable: scanRules.unparseable,
  unsupported: scanRules.unsupported,
};

/** A scan the parser refused, as the 422 the operator sees: its message names what is wrong and the fix. */
export function scanRefused(failure: ScanFailure): BusinessRuleViolation {
  return new BusinessRuleViolation(RULE_BY_REASON[failure.reason], failure.message, { reason: failure.reason });
}
