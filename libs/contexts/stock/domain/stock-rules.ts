import { BusinessRuleViolation } from '@repaero/event-sourcing';
import { hasAtMostQuantityDecimals } from './part/quantity';

/**
 * The business rule codes of the stock domain: the `rule` of a 422 problem+json, stable for clients.
 * The quantity and stock codes are the same strings as `partRules` so a client sees one code per rule.
 */
export const stockRules = {
  quantityNotPositive: 'stock.quantity-not-positive',
  quantityPrecision: 'stock.quantity-precision',
  insufficientStock: 'stock.insufficient-stock',
  negativeStock: 'stock.negative-stock',
  zeroAdjustment: 'stock.adjustment-zero',
  reasonRequired: 'stock.reason-required',
  invalidDate: 'stock.invalid-date',
  qualityRoleRequired: 'stock.quality-role-required',
  storekeeperRoleRequired: 'stock.storekeeper-role-required',

  partNotClassified: 'stock.part-not-classified',
  serialTrackingRequired: 'stock.serial-tracking-required',
  descriptionRequired: 'stock.description-required',
  partNumberRequired: 'stock.part-number-required',
  interchangeableWithItself: 'stock.interchangeable-with-itself',
  interchangeabilityReferenceRequired: 'stock.interchangeability-reference-required',
  invalidBarcode: 'stock.invalid-barcode',
  barcodeAssignedToAnotherPart: 'stock.barcode-assigned-to-another-part',
  minimumLevelNegative: 'stock.minimum-level-negative',

  itemAlreadyReceived: 'stock.item-already-received',
  serialNumberRequired: 'stock.serial-number-required',
  batchNumberRequired: 'stock.batch-number-required',
  serialItemQuantityOne: 'stock.serial-item-quantity-one',
  shelfLifeExpiryRequired: 'stock.shelf-life-expiry-required',
  llpTimesInvalid: 'stock.llp-times-invalid',
  noAcceptableReleaseDocument: 'stock.no-acceptable-release-document',
  itemNotInQuarantine: 'stock.item-not-in-quarantine',
  itemNotServiceable: 'stock.item-not-serviceable',
  itemNotInStock: 'stock.item-not-in-stock',
  itemExpired: 'stock.item-expired',
  llpTimesRequired: 'stock.llp-times-required',
  suspectedUnapprovedPart: 'stock.suspected-unapproved-part',
  unserviceableTagIncomplete: 'stock.unserviceable-tag-incomplete',
  conditionTransitionNotAllowed: 'stock.condition-transition-not-allowed',
  shelfLifeExtensionNeedsDocument: 'stock.shelf-life-extension-needs-document',
  shelfLifeExtensionNotLater: 'stock.shelf-life-extension-not-later',
  itemHasNoShelfLife: 'stock.item-has-no-shelf-life',
  itemReservedElsewhere: 'stock.item-reserved-elsewhere',
  returnExceedsIssued: 'stock.return-exceeds-issued',
  transferToSameLocation: 'stock.transfer-to-same-location',
  legacySourceKeyRequired: 'stock.legacy-source-key-required',

  countSessionAlreadyOpened: 'stock.count-session-already-opened',
  countSessionNotOpen: 'stock.count-session-not-open',
  countLineNotExpected: 'stock.count-line-not-expected',
  countLineDuplicated: 'stock.count-line-duplicated',
  countQuantityNegative: 'stock.count-quantity-negative',
  countIncomplete: 'stock.count-incomplete',
} as const;

export type StockRule = (typeof stockRules)[keyof typeof stockRules];

export const roles = { quality: 'quality', storekeeper: 'storekeeper', admin: 'admin' } as const;

/** The domain has no authentication: the handler copies the actor's roles into the command. Admin passes every role check. */
export function requireRole(actorRoles: readonly string[], role: 'quality' | 'storekeeper', action: string): void {
  if (actorRoles.includes(role) || actorRoles.includes(roles.admin)) return;
  const rule = role === 'quality' ? stockRules.qualityRoleRequired : stockRules.storekeeperRoleRequired;
  throw new BusinessRuleViolation(rule, `only the ${role} role may ${action}`, { requiredRole: role, actorRoles: [...actorRoles] });
}

/** A reason is trimmed before it is recorded; blank is no reason. */
export function requireReason(reason: string | undefined, action: string): string {
  const trimmed = reason?.trim() ?? '';
  if (!trimmed) throw new BusinessRuleViolation(stockRules.reasonRequired, `${action} needs a reason`);
  return trimmed;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Business dates (expiry, signature) are calendar dates, YYYY-MM-DD, compared as strings. */
export function requireDate(value: string, field: string): string {
  if (!ISO_DATE.test(value)) throw new BusinessRuleViolation(stockRules.invalidDate, `${field} must be a YYYY-MM-DD date`, { field, value });
  return value;
}

export function requireQuantityPrecision(quantity: number): void {
  if (!hasAtMostQuantityDecimals(quantity)) {
    throw new BusinessRuleViolation(stockRules.quantityPrecision, 'quantity has more than three decimals', { quantity });
  }
}

export function requirePositiveQuantity(quantity: number): void {
  if (!(quantity > 0)) throw new BusinessRuleViolation(stockRules.quantityNotPositive, 'quantity must be greater than zero', { quantity });
  requireQuantityPrecision(quantity);
}
