import { BusinessRuleViolation, NotFound, type Decider } from '@repaero/event-sourcing';
import type { PartClass, PartTracking } from '../catalogue/events';
import { normalisePartNumber } from '../part/part-number';
import { addQuantities } from '../part/quantity';
import { requireDate, requirePositiveQuantity, requireQuantityPrecision, requireReason, requireRole, stockRules } from '../stock-rules';
import type {
  AcceptItem,
  AdjustItemQuantity,
  AttachReleaseDocument,
  DeclareItemUnsalvageable,
  ExtendShelfLife,
  IssueItem,
  ItemCommand,
  QuarantineItem,
  ReceiveItem,
  RecordLifeTimes,
  RejectItem,
  ReportSuspectedUnapprovedPart,
  ReserveItem,
  ReturnItemFromRepair,
  ReturnItemFromWorkOrder,
  ScrapItem,
  SendItemToRepair,
  TransferItem,
  WarnOfShelfLifeExpiry,
} from './commands';
import type { ItemEvent, ItemQuarantined, ItemReceived, ItemReservationReleased, LifeTimes, UnserviceableTag } from './events';
import {
  assessReleaseDocument,
  documentMismatches,
  sameIdentifier,
  type Mismatch,
  type PhysicalIdentity,
  type QuarantineReason,
  type ReleaseDocument,
} from './release-document';
import { daysUntil, isExpired } from './shelf-life';
import {
  decideLegacyImport,
  isLegacyRecordImported,
  isRecordLegacyImport,
  type LegacyOrigin,
  type LegacyRecordImported,
  type RecordLegacyImport,
} from './legacy-record';

/** Every command and event of an item stream: `ItemEvent` stays the movement/condition union the projections switch on. */
export type ItemAggregateCommand = ItemCommand | RecordLegacyImport;
export type ItemAggregateEvent = ItemEvent | LegacyRecordImported;

/** DOMAIN rule 3. ACCEPTED is the decision (`stock.ItemAccepted`), SERVICEABLE its outcome; RECEIVED never outlives its append. */
export type ItemCondition =
  | { readonly status: 'RECEIVED' }
  | { readonly status: 'QUARANTINE'; readonly reasons: readonly QuarantineReason[] }
  | { readonly status: 'SERVICEABLE' }
  | { readonly status: 'UNSERVICEABLE'; readonly tag: UnserviceableTag }
  | { readonly status: 'IN_REPAIR'; readonly repairOrderRef: string; readonly quantity: number; readonly tag?: UnserviceableTag }
  | { readonly status: 'UNSALVAGEABLE'; readonly reason: string }
  | { readonly status: 'SCRAPPED'; readonly method: string };

export type ConditionStatus = ItemCondition['status'];

export interface Nonconformity extends Mismatch {
  readonly sequence: number;
  readonly raisedAt: string;
  /** Open until a quality decision (accept, reject, unsalvageable) disposes of it. */
  readonly open: boolean;
}

export interface StockItem {
  readonly status: 'received';
  readonly itemId: string;
  readonly partId: string;
  readonly partNumber: string;
  /** The part number read on the item (an interchangeable, or a new dash number after a modification). */
  readonly physicalPartNumber: string;
  readonly partClass: PartClass;
  readonly tracking: PartTracking;
  readonly shelfLifeLimited: boolean;
  readonly lifeLimited: boolean;
  readonly serialNumber?: string;
  readonly batchNumber?: string;
  readonly unit: string;
  readonly onHand: Readonly<Record<string, number>>;
  /** Still out on each work order, for returns. */
  readonly issued: Readonly<Record<string, number>>;
  readonly reservations: Readonly<Record<string, number>>;
  readonly releaseDocument?: ReleaseDocument;
  readonly expiresOn?: string;
  readonly expiryWarnedFor?: string;
  readonly lifeTimes?: LifeTimes;
  readonly nonconformities: readonly Nonconformity[];
  readonly suspectedUnapproved?: { readonly reason: string; readonly reportedAt: string };
  readonly appliedCountSessions: readonly string[];
  readonly condition: ItemCondition;
  /** Set only on migrated items: the legacy rows recorded for this item. */
  readonly legacyOrigins?: readonly LegacyOrigin[];
}

export type ItemState = { readonly status: 'not-received' } | StockItem;

function decide(command: ItemCommand, state: ItemState): readonly ItemEvent[];
function decide(command: RecordLegacyImport, state: ItemState): readonly LegacyRecordImported[];
function decide(command: ItemAggregateCommand, state: ItemState): readonly ItemAggregateEvent[];
function decide(command: ItemAggregateCommand, state: ItemState): readonly ItemAggregateEvent[] {
  if (isRecordLegacyImport(command)) return decideLegacyImport(command, state);
  if (command.type === 'ReceiveItem') return receive(command, state);
  if (state.status !== 'received') throw new NotFound('stock item', command.itemId);
  switch (command.type) {
    case 'AttachReleaseDocument':
      return attachReleaseDocument(command, state);
    case 'AcceptItem':
      return accept(command, state);
    case 'RejectItem':
      return reject(command, state);
    case 'DeclareItemUnsalvageable':
      return declareUnsalvageable(command, state);
    case 'ScrapItem':
      return scrap(command, state);
    case 'SendItemToRepair':
      return sendToRepair(command, state);
    case 'ReturnItemFromRepair':
      return returnFromRepair(command, state);
    case 'IssueItem':
      return issue(command, state);
    case 'ReturnItemFromWorkOrder':
      return returnFromWorkOrder(command, state);
    case 'TransferItem':
      return transfer(command, state);
    case 'ReserveItem':
      return reserve(command, state);
    case 'ReleaseItemReservation': {
      const quantity = state.reservations[command.workOrderRef];
      if (quantity === undefined) return [];
      return [reservationReleased(state, command.workOrderRef, quantity, command.reason?.trim() || undefined, command.at)];
    }
    case 'AdjustItemQuantity':
      return adjust(command, state);
    case 'QuarantineItem':
      return quarantineOnRequest(command, state);
    case 'QuarantineExpiredItem':
      if (state.condition.status !== 'SERVICEABLE' || !isExpired(state.expiresOn, command.at)) return [];
      return [quarantined(state, [{ code: 'shelf-life-expired', detail: `expired on ${state.expiresOn}` }], command.at)];
    case 'WarnOfShelfLifeExpiry':
      return warnOfExpiry(command, state);
    case 'ExtendShelfLife':
      return extendShelfLife(command, state);
    case 'RecordLifeTimes':
      return recordLifeTimes(command, state);
    case 'ReportSuspectedUnapprovedPart':
      return reportSuspectedUnapprovedPart(command, state);
    default: {
      const unhandled: never = command;
      throw new Error(`unhandled command ${(unhandled as ItemCommand).type}`);
    }
  }
}

function receive(command: ReceiveItem, state: ItemState): ItemEvent[] {
  if (state.status === 'received') {
    throw new BusinessRuleViolation(stockRules.itemAlreadyReceived, `item ${command.itemId} is already received`, { itemId: command.itemId });
  }
  const { part, quantity, releaseDocument, shelfLife, lifeTimes, at } = command;
  requirePositiveQuantity(quantity);
  const physical = physicalIdentityOf(command.scanned);
  requireIdentifiers(physical, part.tracking, part.partNumber);
  if (part.tracking === 'serial') requireSerialQuantity(quantity);
  if (part.shelfLifeLimited && !shelfLife) {
    throw new BusinessRuleViolation(stockRules.shelfLifeExpiryRequired, `${part.partNumber} has a shelf life: record its expiry (block 12, cure date or label)`, {
      partId: part.partId,
    });
  }
  if (shelfLife) requireDate(shelfLife.expiresOn, 'shelfLife.expiresOn');
  if (lifeTimes) requireValidLifeTimes(lifeTimes);

  const received: ItemReceived = {
    type: 'stock.ItemReceived',
    data: {
      itemId: command.itemId,
      partId: part.partId,
      partNumber: part.partNumber,
      partNumberAsReceived: physical.partNumber,
      partClass: part.partClass,
      tracking: part.tracking,
      shelfLifeLimited: part.shelfLifeLimited,
      lifeLimited: part.lifeLimited,
      serialNumber: physical.serialNumber,
      batchNumber: physical.batchNumber,
      quantity,
      unit: part.unit,
      locationCode: command.locationCode,
      releaseDocument,
      shelfLife,
      lifeTimes,
      purchaseOrderRef: command.purchaseOrderRef,
      receivedAt: at,
    },
  };
  const key = normalisePartNumber(physical.partNumber);
  const catalogued = [part.partNumber, ...part.interchangeablePartNumbers].some((partNumber) => normalisePartNumber(partNumber) === key);
  const mismatches: Mismatch[] = [
    ...(catalogued ? [] : [{ kind: 'part-number-not-catalogued' as const, expected: part.partNumber, found: physical.partNumber }]),
    ...documentMismatches(releaseDocument, physical),
  ];
  const reasons = inspectionReasons({ ...part, releaseDocument, expiresOn: shelfLife?.expiresOn, lifeTimes }, at);
  return [received, ...inspectionOutcome({ itemId: command.itemId, partId: part.partId }, mismatches, reasons, 1, at)];
}

/** DOMAIN rules 1, 2, 4, 5, 7 at the door: what would keep this item out of serviceable stock. */
function inspectionReasons(
  item: {
    readonly partClass: PartClass;
    readonly tracking: PartTracking;
    readonly lifeLimited: boolean;
    readonly releaseDocument?: ReleaseDocument;
    readonly expiresOn?: string;
    readonly lifeTimes?: LifeTimes;
    readonly suspectedUnapproved?: { readonly reason: string };
  },
  at: string,
): QuarantineReason[] {
  return [
    ...assessReleaseDocument(item.releaseDocument, item),
    ...(isExpired(item.expiresOn, at) ? [{ code: 'shelf-life-expired' as const, detail: `expired on ${item.expiresOn}` }] : []),
    ...(item.lifeLimited && !item.lifeTimes ? [{ code: 'llp-times-missing' as const }] : []),
    ...(item.suspectedUnapproved ? [{ code: 'suspected-unapproved-part' as const, detail: item.suspectedUnapproved.reason }] : []),
  ];
}

/** Nothing found: the receiving inspection accepts (→ SERVICEABLE); anything found: QUARANTINE, a nonconformity per mismatch. */
function inspectionOutcome(ids: ItemIds, mismatches: readonly Mismatch[], reasons: readonly QuarantineReason[], nextSequence: number, at: string): ItemEvent[] {
  if (mismatches.length === 0 && reasons.length === 0) {
    return [{ type: 'stock.ItemAccepted', data: { ...ids, basis: 'receiving-inspection', acceptedAt: at } }];
  }
  return [
    ...mismatches.map((mismatch, index) => nonconformityRaised(ids, mismatch, nextSequence + index, at)),
    {
      type: 'stock.ItemQuarantined',
      data: {
        ...ids,
        reasons: [...mismatches.map((mismatch) => ({ code: mismatch.kind, detail: `expected ${mismatch.expected}, found ${mismatch.found}` })), ...reasons],
        quarantinedAt: at,
      },
    },
  ];
}

function attachReleaseDocument(command: AttachReleaseDocument, item: StockItem): ItemEvent[] {
  requireQuarantine(item);
  const mismatches = documentMismatches(command.releaseDocument, physicalIdentityOf(item));
  return [
    { type: 'stock.ReleaseDocumentAttached', data: { ...idsOf(item), releaseDocument: command.releaseDocument, attachedAt: command.at } },
    ...mismatches.map((mismatch, index) => nonconformityRaised(idsOf(item), mismatch, item.nonconformities.length + 1 + index, command.at)),
  ];
}

/** Quality may accept despite a mismatch (the reason says why), never without an acceptable document, nor expired, nor an LLP without its times. */
function accept(command: AcceptItem, item: StockItem): ItemEvent[] {
  requireRole(command.actorRoles, 'quality', 'decide on a quarantined item');
  requireQuarantine(item);
  const reason = requireReason(command.reason, 'accepting a quarantined item');
  requireNotSuspectedUnapproved(item);
  const findings = assessReleaseDocument(item.releaseDocument, item);
  if (findings.length > 0) {
    throw new BusinessRuleViolation(
      stockRules.noAcceptableReleaseDocument,
      'an item enters serviceable stock only with an accepted release document (EASA Form 1, an acceptable equivalent, or a CoC where allowed)',
      { itemId: item.itemId, findings },
    );
  }
  requireInDate(item, command.at);
  requireLifeTimes(item);
  return [{ type: 'stock.ItemAccepted', data: { ...idsOf(item), basis: 'quality-decision', reason, acceptedAt: command.at } }];
}

function reject(command: RejectItem, item: StockItem): ItemEvent[] {
  requireRole(command.actorRoles, 'quality', 'decide on a quarantined item');
  requireQuarantine(item);
  const reason = requireReason(command.tag.reason, 'rejecting an item');
  const { defects: rawDefects, hours, cycles, accidentOrIncident } = command.tag;
  const defects = rawDefects.trim();
  const problems = [
    ...(defects ? [] : ['defects']),
    ...(hours !== undefined && !(hours >= 0) ? ['hours'] : []),
    ...(cycles !== undefined && !(cycles >= 0) ? ['cycles'] : []),
  ];
  if (problems.length > 0) {
    throw new BusinessRuleViolation(stockRules.unserviceableTagIncomplete, `the unserviceable tag needs valid ${problems.join(', ')}`, { fields: problems });
  }
  const tag: UnserviceableTag = { reason, defects, hours, cycles, accidentOrIncident };
  return [...releaseAllReservations(item, 'item rejected', command.at), { type: 'stock.ItemRejected', data: { ...idsOf(item), tag, rejectedAt: command.at } }];
}

function declareUnsalvageable(command: DeclareItemUnsalvageable, item: StockItem): ItemEvent[] {
  requireRole(command.actorRoles, 'quality', 'declare an item unsalvageable');
  requireConditionIn(item, ['QUARANTINE', 'UNSERVICEABLE'], 'UNSALVAGEABLE');
  const reason = requireReason(command.reason, 'declaring an item unsalvageable');
  return [
    ...releaseAllReservations(item, 'item unsalvageable', command.at),
    { type: 'stock.ItemDeclaredUnsalvageable', data: { ...idsOf(item), reason, declaredAt: command.at } },
  ];
}

function scrap(command: ScrapItem, item: StockItem): ItemEvent[] {
  requireConditionIn(item, ['UNSALVAGEABLE'], 'SCRAPPED');
  const method = requireReason(command.method, 'scrapping (how the item was mutilated)');
  return [{ type: 'stock.ItemScrapped', data: { ...idsOf(item), quantity: totalOf(item.onHand), unit: item.unit, method, scrappedAt: command.at } }];
}

function sendToRepair(command: SendItemToRepair, item: StockItem): ItemEvent[] {
  requireConditionIn(item, ['UNSERVICEABLE'], 'IN_REPAIR');
  requireNotSuspectedUnapproved(item);
  const quantity = totalOf(item.onHand);
  if (quantity === 0) throw notInStock(item);
  return [
    { type: 'stock.ItemSentToRepair', data: { ...idsOf(item), repairOrderRef: command.repairOrderRef, quantity, unit: item.unit, sentAt: command.at } },
  ];
}

/** The same checks as a receipt: a repaired item is serviceable again only on an accepted release matching the item. */
function returnFromRepair(command: ReturnItemFromRepair, item: StockItem): ItemEvent[] {
  if (item.condition.status !== 'IN_REPAIR') throw transitionNotAllowed(item, 'SERVICEABLE');
  const { releaseDocument, lifeTimes, at } = command;
  const physical = physicalIdentityOf(command.scanned);
  requireIdentifiers(physical, item.tracking, item.partNumber);
  if (lifeTimes) requireValidLifeTimes(lifeTimes);
  const ids = idsOf(item);
  const identity: Mismatch[] = [
    ...(normalisePartNumber(physical.partNumber) === normalisePartNumber(item.physicalPartNumber)
      ? []
      : [{ kind: 'part-number-mismatch' as const, expected: item.physicalPartNumber, found: physical.partNumber }]),
    ...(item.serialNumber !== undefined && physical.serialNumber !== undefined && !sameIdentifier(item.serialNumber, physical.serialNumber)
      ? [{ kind: 'serial-number-mismatch' as const, expected: item.serialNumber, found: physical.serialNumber }]
      : []),
  ];
  const mismatches = [...identity, ...documentMismatches(releaseDocument, physical)];
  const reasons = inspectionReasons({ ...item, releaseDocument, lifeTimes: lifeTimes ?? item.lifeTimes }, at);
  return [
    {
      type: 'stock.ItemReturnedFromRepair',
      data: {
        ...ids,
        repairOrderRef: item.condition.repairOrderRef,
        locationCode: command.locationCode,
        quantity: item.condition.quantity,
        unit: item.unit,
        partNumberAsReturned: physical.partNumber,
        releaseDocument,
        returnedAt: at,
      },
    },
    ...(lifeTimes ? [{ type: 'stock.ItemLifeTimesRecorded' as const, data: { ...ids, lifeTimes, recordedAt: at } }] : []),
    ...inspectionOutcome(ids, mismatches, reasons, item.nonconformities.length + 1, at),
  ];
}

/** DOMAIN rules 3, 4, 5: only SERVICEABLE, in-date items (LLPs with their times) leave for a work order; reservations hold. */
function issue(command: IssueItem, item: StockItem): ItemEvent[] {
  const { workOrderRef, locationCode, quantity, at } = command;
  requirePositiveQuantity(quantity);
  requireIssuable(item, at);
  const onHand = item.onHand[locationCode] ?? 0;
  if (quantity > onHand) {
    throw new BusinessRuleViolation(stockRules.insufficientStock, `cannot issue ${quantity} ${item.unit} from ${locationCode}: ${onHand} on hand`, {
      locationCode,
      requested: quantity,
      onHand,
    });
  }
  const reservedHere = item.reservations[workOrderRef] ?? 0;
  const reservedElsewhere = addQuantities(totalOf(item.reservations), -reservedHere);
  const available = addQuantities(totalOf(item.onHand), -reservedElsewhere);
  if (quantity > available) throw reservedElsewhereViolation(item, workOrderRef, quantity, available);
  return [
    {
      type: 'stock.ItemIssued',
      data: {
        ...traceabilityOf(item),
        workOrderRef,
        locationCode,
        quantity,
        unit: item.unit,
        fromReservation: Math.min(quantity, reservedHere),
        issuedAt: at,
      },
    },
  ];
}

function reserve(command: ReserveItem, item: StockItem): ItemEvent[] {
  const { workOrderRef, quantity, at } = command;
  requirePositiveQuantity(quantity);
  requireIssuable(item, at);
  const total = totalOf(item.onHand);
  const reservedHere = item.reservations[workOrderRef] ?? 0;
  if (addQuantities(reservedHere, quantity) > total) {
    throw new BusinessRuleViolation(stockRules.insufficientStock, `cannot reserve ${quantity} ${item.unit} more: ${total} on hand`, {
      requested: quantity,
      onHand: total,
      alreadyReserved: reservedHere,
    });
  }
  const available = addQuantities(total, -totalOf(item.reservations));
  if (quantity > available) throw reservedElsewhereViolation(item, workOrderRef, quantity, available);
  return [{ type: 'stock.ItemReserved', data: { ...idsOf(item), workOrderRef, quantity, unit: item.unit, reservedAt: at } }];
}

function returnFromWorkOrder(command: ReturnItemFromWorkOrder, item: StockItem): ItemEvent[] {
  const { workOrderRef, locationCode, quantity, unused, at } = command;
  requirePositiveQuantity(quantity);
  requireInStore(item);
  const issued = item.issued[workOrderRef] ?? 0;
  if (quantity > issued) {
    throw new BusinessRuleViolation(stockRules.returnExceedsIssued, `only ${issued} ${item.unit} of this item went to ${workOrderRef}`, {
      workOrderRef,
      issued,
      requested: quantity,
    });
  }
  const reason = unused ? command.reason?.trim() || undefined : requireReason(command.reason, 'returning a used or doubtful item');
  const returned: ItemEvent = {
    type: 'stock.ItemReturnedFromWorkOrder',
    data: { ...idsOf(item), workOrderRef, locationCode, quantity, unit: item.unit, unused, reason, returnedAt: at },
  };
  if (unused || !heldInStock(item)) return [returned];
  return [returned, quarantined(item, [{ code: 'returned-from-work-order', detail: reason }], at)];
}

function transfer(command: TransferItem, item: StockItem): ItemEvent[] {
  const { fromLocationCode, toLocationCode, quantity, at } = command;
  requirePositiveQuantity(quantity);
  if (fromLocationCode === toLocationCode) {
    throw new BusinessRuleViolation(stockRules.transferToSameLocation, `the item is already at ${toLocationCode}`, { locationCode: toLocationCode });
  }
  const onHand = item.onHand[fromLocationCode] ?? 0;
  if (quantity > onHand) {
    throw new BusinessRuleViolation(stockRules.insufficientStock, `cannot move ${quantity} ${item.unit} from ${fromLocationCode}: ${onHand} there`, {
      locationCode: fromLocationCode,
      requested: quantity,
      onHand,
    });
  }
  return [{ type: 'stock.ItemTransferred', data: { ...idsOf(item), fromLocationCode, toLocationCode, quantity, unit: item.unit, transferredAt: at } }];
}

/** Cycle-count corrections and other stock-taking adjustments: the storekeeper's, always with a reason. */
function adjust(command: AdjustItemQuantity, item: StockItem): ItemEvent[] {
  requireRole(command.actorRoles, 'storekeeper', 'adjust stock');
  const { locationCode, quantityDelta, countSessionId, at } = command;
  if (countSessionId !== undefined && item.appliedCountSessions.includes(countSessionId)) return [];
  const reason = requireReason(command.reason, 'an adjustment');
  if (quantityDelta === 0) throw new BusinessRuleViolation(stockRules.zeroAdjustment, 'an adjustment of zero changes nothing');
  requireQuantityPrecision(quantityDelta);
  requireInStore(item);
  const onHand = item.onHand[locationCode] ?? 0;
  const after = addQuantities(onHand, quantityDelta);
  if (after < 0) {
    throw new BusinessRuleViolation(stockRules.negativeStock, `adjustment would leave ${after} ${item.unit} at ${locationCode}`, {
      locationCode,
      onHand,
      quantityDelta,
    });
  }
  if (item.tracking === 'serial') requireSerialQuantity(addQuantities(totalOf(item.onHand), quantityDelta));
  return [
    { type: 'stock.ItemQuantityAdjusted', data: { ...idsOf(item), locationCode, quantityDelta, unit: item.unit, reason, countSessionId, adjustedAt: at } },
  ];
}

function quarantineOnRequest(command: QuarantineItem, item: StockItem): ItemEvent[] {
  const reason = requireReason(command.reason, 'holding an item in quarantine');
  if (item.condition.status === 'QUARANTINE') return [];
  if (item.condition.status !== 'SERVICEABLE') throw transitionNotAllowed(item, 'QUARANTINE');
  return [quarantined(item, [{ code: 'held-for-inspection', detail: reason }], command.at)];
}

function warnOfExpiry(command: WarnOfShelfLifeExpiry, item: StockItem): ItemEvent[] {
  const { expiresOn } = item;
  if (item.condition.status !== 'SERVICEABLE' || expiresOn === undefined || item.expiryWarnedFor === expiresOn) return [];
  if (totalOf(item.onHand) === 0) return [];
  const daysLeft = daysUntil(expiresOn, command.at);
  if (daysLeft < 0 || daysLeft > command.warningDays) return [];
  return [{ type: 'stock.ItemShelfLifeExpiring', data: { ...idsOf(item), expiresOn, daysLeft, warnedAt: command.at } }];
}

/** DOMAIN rule 4: an extension rests on a manufacturer's document. It changes the date, not the condition: quality still decides a quarantine. */
function extendShelfLife(command: ExtendShelfLife, item: StockItem): ItemEvent[] {
  requireRole(command.actorRoles, 'quality', 'extend a shelf life');
  const previousExpiresOn = item.expiresOn;
  if (previousExpiresOn === undefined) {
    throw new BusinessRuleViolation(stockRules.itemHasNoShelfLife, `item ${item.itemId} has no shelf life to extend`, { itemId: item.itemId });
  }
  const manufacturerDocumentRef = command.manufacturerDocumentRef.trim();
  if (!manufacturerDocumentRef) {
    throw new BusinessRuleViolation(stockRules.shelfLifeExtensionNeedsDocument, "a shelf-life extension needs the manufacturer's document", {
      itemId: item.itemId,
    });
  }
  const expiresOn = requireDate(command.expiresOn, 'expiresOn');
  if (expiresOn <= previousExpiresOn) {
    throw new BusinessRuleViolation(stockRules.shelfLifeExtensionNotLater, `${expiresOn} does not extend ${previousExpiresOn}`, {
      previousExpiresOn,
      expiresOn,
    });
  }
  requireNotScrapped(item);
  return [
    {
      type: 'stock.ItemShelfLifeExtended',
      data: { ...idsOf(item), previousExpiresOn, expiresOn, manufacturerDocumentRef, reason: command.reason?.trim() || undefined, extendedAt: command.at },
    },
  ];
}

function recordLifeTimes(command: RecordLifeTimes, item: StockItem): ItemEvent[] {
  requireValidLifeTimes(command.lifeTimes);
  if (item.lifeTimes && sameLifeTimes(item.lifeTimes, command.lifeTimes)) return [];
  return [{ type: 'stock.ItemLifeTimesRecorded', data: { ...idsOf(item), lifeTimes: command.lifeTimes, recordedAt: command.at } }];
}

/** DOMAIN rule 7: blocked (held, never accepted or repaired) and reported. */
function reportSuspectedUnapprovedPart(command: ReportSuspectedUnapprovedPart, item: StockItem): ItemEvent[] {
  const reason = requireReason(command.reason, 'reporting a suspected unapproved part');
  if (item.suspectedUnapproved) return [];
  return [
    {
      type: 'stock.SuspectedUnapprovedPartReported',
      data: {
        ...traceabilityOf(item),
        reason,
        reportedAt: command.at,
      },
    },
    ...(heldInStock(item) ? [quarantined(item, [{ code: 'suspected-unapproved-part', detail: reason }], command.at)] : []),
  ];
}

type ItemIds = { readonly itemId: string; readonly partId: string };

function idsOf(item: StockItem): ItemIds {
  return { itemId: item.itemId, partId: item.partId };
}

/** What an auditor needs to trace the physical part: P/N as marked, S/N or batch, and its certificate. */
function traceabilityOf(item: StockItem) {
  return {
    ...idsOf(item),
    partNumber: item.physicalPartNumber,
    serialNumber: item.serialNumber,
    batchNumber: item.batchNumber,
    releaseTrackingNumber: item.releaseDocument?.trackingNumber,
  };
}

function quarantined(item: StockItem, reasons: readonly QuarantineReason[], at: string): ItemQuarantined {
  return { type: 'stock.ItemQuarantined', data: { ...idsOf(item), reasons, quarantinedAt: at } };
}

function nonconformityRaised(ids: ItemIds, mismatch: Mismatch, sequence: number, at: string): ItemEvent {
  return { type: 'stock.NonconformityRaised', data: { ...ids, sequence, kind: mismatch.kind, expected: mismatch.expected, found: mismatch.found, raisedAt: at } };
}

function reservationReleased(item: StockItem, workOrderRef: string, quantity: number, reason: string | undefined, at: string): ItemReservationReleased {
  return { type: 'stock.ItemReservationReleased', data: { ...idsOf(item), workOrderRef, quantity, unit: item.unit, reason, releasedAt: at } };
}

/** Reservations survive a quarantine (the item may come back) but not a rejection or an unsalvageable verdict. */
function releaseAllReservations(item: StockItem, reason: string, at: string): ItemReservationReleased[] {
  return Object.entries(item.reservations).map(([workOrderRef, quantity]) => reservationReleased(item, workOrderRef, quantity, reason, at));
}

/** SERVICEABLE or QUARANTINE: where a new doubt adds a quarantine reason. */
function heldInStock(item: StockItem): boolean {
  return item.condition.status === 'SERVICEABLE' || item.condition.status === 'QUARANTINE';
}

function physicalIdentityOf(identity: PhysicalIdentity | StockItem): PhysicalIdentity {
  const partNumber = 'physicalPartNumber' in identity ? identity.physicalPartNumber : identity.partNumber;
  return {
    partNumber: partNumber.trim(),
    serialNumber: identity.serialNumber?.trim() || undefined,
    batchNumber: identity.batchNumber?.trim() || undefined,
  };
}

function requireIdentifiers(physical: PhysicalIdentity, tracking: PartTracking, catalogueNumber: string): void {
  if (!physical.partNumber) {
    throw new BusinessRuleViolation(stockRules.partNumberRequired, 'scan or type the part number read on the item');
  }
  if (tracking === 'serial' && !physical.serialNumber) {
    throw new BusinessRuleViolation(stockRules.serialNumberRequired, `${catalogueNumber} is tracked by serial number: scan it`);
  }
  if (tracking === 'batch' && !physical.batchNumber) {
    throw new BusinessRuleViolation(stockRules.batchNumberRequired, `${catalogueNumber} is tracked by batch: scan the batch number`);
  }
}

function requireSerialQuantity(quantity: number): void {
  if (quantity > 1 || !Number.isInteger(quantity)) {
    throw new BusinessRuleViolation(stockRules.serialItemQuantityOne, 'a serial-tracked item is one unit', { quantity });
  }
}

function requireValidLifeTimes(times: LifeTimes): void {
  const counts: [string, number | undefined][] = [
    ['tsnHours', times.tsnHours],
    ['csn', times.csn],
    ['tsoHours', times.tsoHours],
    ['cso', times.cso],
  ];
  const problems = [
    ...counts.filter(([, value]) => value !== undefined && !(Number.isFinite(value) && value >= 0)).map(([name]) => `${name} must be zero or more`),
    ...(times.tsoHours !== undefined && times.tsoHours > times.tsnHours ? ['tsoHours cannot exceed tsnHours'] : []),
    ...(times.cso !== undefined && times.cso > times.csn ? ['cso cannot exceed csn'] : []),
    ...(times.recordsRef.trim() ? [] : ['recordsRef (the back-to-birth records) is required']),
  ];
  if (problems.length > 0) throw new BusinessRuleViolation(stockRules.llpTimesInvalid, `life times: ${problems.join('; ')}`, { problems });
  requireDate(times.asOf, 'lifeTimes.asOf');
}

function sameLifeTimes(a: LifeTimes, b: LifeTimes): boolean {
  return a.tsnHours === b.tsnHours && a.csn === b.csn && a.tsoHours === b.tsoHours && a.cso === b.cso && a.asOf === b.asOf && a.recordsRef === b.recordsRef;
}

function requireQuarantine(item: StockItem): void {
  if (item.condition.status !== 'QUARANTINE') {
    throw new BusinessRuleViolation(stockRules.itemNotInQuarantine, `item ${item.itemId} is ${item.condition.status}, not in quarantine`, {
      status: item.condition.status,
    });
  }
}

function requireConditionIn(item: StockItem, allowed: readonly ConditionStatus[], to: ConditionStatus): void {
  if (!allowed.includes(item.condition.status)) throw transitionNotAllowed(item, to);
}

function transitionNotAllowed(item: StockItem, to: ConditionStatus): BusinessRuleViolation {
  return new BusinessRuleViolation(stockRules.conditionTransitionNotAllowed, `an item cannot go from ${item.condition.status} to ${to}`, {
    from: item.condition.status,
    to,
  });
}

function notInStock(item: StockItem): BusinessRuleViolation {
  return new BusinessRuleViolation(stockRules.itemNotInStock, `item ${item.itemId} is not in the store (${item.condition.status})`, {
    status: item.condition.status,
  });
}

/** Away for repair, or scrapped: no stock movement applies. */
function requireInStore(item: StockItem): void {
  if (item.condition.status === 'IN_REPAIR' || item.condition.status === 'SCRAPPED') throw notInStock(item);
}

function requireNotScrapped(item: StockItem): void {
  if (item.condition.status === 'SCRAPPED') throw notInStock(item);
}

function requireNotSuspectedUnapproved(item: StockItem): void {
  if (item.suspectedUnapproved) {
    throw new BusinessRuleViolation(stockRules.suspectedUnapprovedPart, `item ${item.itemId} is a suspected unapproved part and stays blocked`, {
      reason: item.suspectedUnapproved.reason,
    });
  }
}

function requireInDate(item: StockItem, at: string): void {
  if (isExpired(item.expiresOn, at)) {
    throw new BusinessRuleViolation(stockRules.itemExpired, `item ${item.itemId} expired on ${item.expiresOn}`, { expiresOn: item.expiresOn });
  }
}

function requireLifeTimes(item: StockItem): void {
  if (item.lifeLimited && !item.lifeTimes) {
    throw new BusinessRuleViolation(stockRules.llpTimesRequired, 'a life-limited part needs its times and cycles since new, back to birth', {
      itemId: item.itemId,
    });
  }
}

function requireIssuable(item: StockItem, at: string): void {
  if (item.condition.status !== 'SERVICEABLE') {
    throw new BusinessRuleViolation(
      stockRules.itemNotServiceable,
      `item ${item.itemId} is ${item.condition.status}: only serviceable items can be issued or reserved`,
      { status: item.condition.status },
    );
  }
  requireNotSuspectedUnapproved(item);
  requireInDate(item, at);
  requireLifeTimes(item);
}

function reservedElsewhereViolation(item: StockItem, workOrderRef: string, requested: number, available: number): BusinessRuleViolation {
  const reservedFor = Object.keys(item.reservations).filter((reservedFor) => reservedFor !== workOrderRef);
  return new BusinessRuleViolation(
    stockRules.itemReservedElsewhere,
    `only ${available} ${item.unit} are free for ${workOrderRef}; the rest is reserved for ${reservedFor.join(', ')}`,
    { requested, available, reservedFor },
  );
}

function totalOf(quantities: Readonly<Record<string, number>>): number {
  return Object.values(quantities).reduce(addQuantities, 0);
}

function plus(quantities: Readonly<Record<string, number>>, key: string, delta: number): Readonly<Record<string, number>> {
  const { [key]: current = 0, ...others } = quantities;
  const next = addQuantities(current, delta);
  return next === 0 ? others : { ...others, [key]: next };
}

function closeNonconformities(item: StockItem): readonly Nonconformity[] {
  return item.nonconformities.map((nonconformity) => (nonconformity.open ? { ...nonconformity, open: false } : nonconformity));
}

function evolve(state: ItemState, event: ItemAggregateEvent): ItemState {
  if (isLegacyRecordImported(event)) {
    if (state.status !== 'received') return state;
    const { sourceKey, fileSha256 } = event.data;
    return { ...state, legacyOrigins: [...(state.legacyOrigins ?? []), { sourceKey, fileSha256 }] };
  }
  if (event.type === 'stock.ItemReceived') {
    const { data } = event;
    return {
      status: 'received',
      itemId: data.itemId,
      partId: data.partId,
      partNumber: data.partNumber,
      physicalPartNumber: data.partNumberAsReceived,
      partClass: data.partClass,
      tracking: data.tracking,
      shelfLifeLimited: data.shelfLifeLimited,
      lifeLimited: data.lifeLimited,
      serialNumber: data.serialNumber,
      batchNumber: data.batchNumber,
      unit: data.unit,
      onHand: { [data.locationCode]: data.quantity },
      issued: {},
      reservations: {},
      releaseDocument: data.releaseDocument,
      expiresOn: data.shelfLife?.expiresOn,
      lifeTimes: data.lifeTimes,
      nonconformities: [],
      appliedCountSessions: [],
      condition: { status: 'RECEIVED' },
    };
  }
  return state.status === 'received' ? evolveItem(state, event) : state;
}

function evolveItem(item: StockItem, event: Exclude<ItemEvent, ItemReceived>): StockItem {
  switch (event.type) {
    case 'stock.ItemAccepted':
      return { ...item, condition: { status: 'SERVICEABLE' }, nonconformities: closeNonconformities(item) };
    case 'stock.ItemQuarantined': {
      const earlier = item.condition.status === 'QUARANTINE' ? item.condition.reasons : [];
      return { ...item, condition: { status: 'QUARANTINE', reasons: [...earlier, ...event.data.reasons] } };
    }
    case 'stock.NonconformityRaised': {
      const { sequence, kind, expected, found, raisedAt } = event.data;
      return { ...item, nonconformities: [...item.nonconformities, { sequence, kind, expected, found, raisedAt, open: true }] };
    }
    case 'stock.ReleaseDocumentAttached':
      return { ...item, releaseDocument: event.data.releaseDocument };
    case 'stock.ItemRejected':
      return { ...item, condition: { status: 'UNSERVICEABLE', tag: event.data.tag }, nonconformities: closeNonconformities(item) };
    case 'stock.ItemDeclaredUnsalvageable':
      return { ...item, condition: { status: 'UNSALVAGEABLE', reason: event.data.reason }, nonconformities: closeNonconformities(item) };
    case 'stock.ItemScrapped':
      return { ...item, onHand: {}, condition: { status: 'SCRAPPED', method: event.data.method } };
    case 'stock.ItemSentToRepair': {
      const tag = item.condition.status === 'UNSERVICEABLE' ? item.condition.tag : undefined;
      return { ...item, onHand: {}, condition: { status: 'IN_REPAIR', repairOrderRef: event.data.repairOrderRef, quantity: event.data.quantity, tag } };
    }
    case 'stock.ItemReturnedFromRepair': {
      const { locationCode, quantity, partNumberAsReturned, releaseDocument } = event.data;
      return {
        ...item,
        onHand: plus(item.onHand, locationCode, quantity),
        physicalPartNumber: partNumberAsReturned,
        releaseDocument,
        condition: { status: 'RECEIVED' },
      };
    }
    case 'stock.ItemIssued': {
      const { locationCode, workOrderRef, quantity, fromReservation } = event.data;
      return {
        ...item,
        onHand: plus(item.onHand, locationCode, -quantity),
        issued: plus(item.issued, workOrderRef, quantity),
        reservations: plus(item.reservations, workOrderRef, -fromReservation),
      };
    }
    case 'stock.ItemReturnedFromWorkOrder': {
      const { locationCode, workOrderRef, quantity } = event.data;
      return { ...item, onHand: plus(item.onHand, locationCode, quantity), issued: plus(item.issued, workOrderRef, -quantity) };
    }
    case 'stock.ItemTransferred': {
      const { fromLocationCode, toLocationCode, quantity } = event.data;
      return { ...item, onHand: plus(plus(item.onHand, fromLocationCode, -quantity), toLocationCode, quantity) };
    }
    case 'stock.ItemReserved':
      return { ...item, reservations: plus(item.reservations, event.data.workOrderRef, event.data.quantity) };
    case 'stock.ItemReservationReleased':
      return { ...item, reservations: plus(item.reservations, event.data.workOrderRef, -event.data.quantity) };
    case 'stock.ItemQuantityAdjusted': {
      const { locationCode, quantityDelta, countSessionId } = event.data;
      return {
        ...item,
        onHand: plus(item.onHand, locationCode, quantityDelta),
        appliedCountSessions: countSessionId === undefined ? item.appliedCountSessions : [...item.appliedCountSessions, countSessionId],
      };
    }
    case 'stock.ItemShelfLifeExtended':
      return { ...item, expiresOn: event.data.expiresOn };
    case 'stock.ItemShelfLifeExpiring':
      return { ...item, expiryWarnedFor: event.data.expiresOn };
    case 'stock.ItemLifeTimesRecorded':
      return { ...item, lifeTimes: event.data.lifeTimes };
    case 'stock.SuspectedUnapprovedPartReported':
      return { ...item, suspectedUnapproved: { reason: event.data.reason, reportedAt: event.data.reportedAt } };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export const itemDecider: Decider<ItemAggregateCommand, ItemAggregateEvent, ItemState> = {
  initialState: () => ({ status: 'not-received' }),
  decide,
  evolve,
};
