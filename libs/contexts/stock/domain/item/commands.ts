import type { PartFacts } from '../catalogue/part-facts';
import type { LifeTimes, ShelfLife, UnserviceableTag } from './events';
import type { PhysicalIdentity, ReleaseDocument } from './release-document';

/**
 * Commands on one stock item (`stockitem-<itemId>`). `at` is the UTC time the handler stamped;
 * `actorRoles` are the authenticated actor's roles, copied in where a rule depends on a role.
 */
export type ReceiveItem = {
  readonly type: 'ReceiveItem';
  readonly itemId: string;
  /** Looked up in the catalogue by the handler (`partFactsOf`). */
  readonly part: PartFacts;
  /** PNR and SER (or batch) scanned or read on the physical item. */
  readonly scanned: PhysicalIdentity;
  readonly quantity: number;
  readonly locationCode: string;
  readonly releaseDocument?: ReleaseDocument;
  readonly shelfLife?: ShelfLife;
  readonly lifeTimes?: LifeTimes;
  readonly purchaseOrderRef?: string;
  readonly at: string;
};

export type AttachReleaseDocument = {
  readonly type: 'AttachReleaseDocument';
  readonly itemId: string;
  readonly releaseDocument: ReleaseDocument;
  readonly at: string;
};

export type AcceptItem = {
  readonly type: 'AcceptItem';
  readonly itemId: string;
  readonly reason: string;
  readonly actorRoles: readonly string[];
  readonly at: string;
};

export type RejectItem = {
  readonly type: 'RejectItem';
  readonly itemId: string;
  readonly tag: UnserviceableTag;
  readonly actorRoles: readonly string[];
  readonly at: string;
};

export type DeclareItemUnsalvageable = {
  readonly type: 'DeclareItemUnsalvageable';
  readonly itemId: string;
  readonly reason: string;
  readonly actorRoles: readonly string[];
  readonly at: string;
};

export type ScrapItem = {
  readonly type: 'ScrapItem';
  readonly itemId: string;
  readonly method: string;
  readonly at: string;
};

export type SendItemToRepair = {
  readonly type: 'SendItemToRepair';
  readonly itemId: string;
  readonly repairOrderRef: string;
  readonly at: string;
};

export type ReturnItemFromRepair = {
  readonly type: 'ReturnItemFromRepair';
  readonly itemId: string;
  readonly locationCode: string;
  readonly scanned: PhysicalIdentity;
  /** Absent when the repairer sends the item back without a release (beyond economic repair, say). */
  readonly releaseDocument?: ReleaseDocument;
  /** Times after the shop visit (an overhaul resets TSO/CSO). */
  readonly lifeTimes?: LifeTimes;
  readonly at: string;
};

export type IssueItem = {
  readonly type: 'IssueItem';
  readonly itemId: string;
  readonly workOrderRef: string;
  readonly locationCode: string;
  readonly quantity: number;
  readonly at: string;
};

export type ReturnItemFromWorkOrder = {
  readonly type: 'ReturnItemFromWorkOrder';
  readonly itemId: string;
  readonly workOrderRef: string;
  readonly locationCode: string;
  readonly quantity: number;
  /** Unused and undamaged; anything else goes to quarantine and needs a reason. */
  readonly unused: boolean;
  readonly reason?: string;
  readonly at: string;
};

export type TransferItem = {
  readonly type: 'TransferItem';
  readonly itemId: string;
  readonly fromLocationCode: string;
  readonly toLocationCode: string;
  readonly quantity: number;
  readonly at: string;
};

export type ReserveItem = {
  readonly type: 'ReserveItem';
  readonly itemId: string;
  readonly workOrderRef: string;
  readonly quantity: number;
  readonly at: string;
};

export type ReleaseItemReservation = {
  readonly type: 'ReleaseItemReservation';
  readonly itemId: string;
  readonly workOrderRef: string;
  readonly reason?: string;
  readonly at: string;
};

export type AdjustItemQuantity = {
  readonly type: 'AdjustItemQuantity';
  readonly itemId: string;
  readonly locationCode: string;
  readonly quantityDelta: number;
  readonly reason: string;
  /** Set by the reactor that applies a closed count session: a second delivery changes nothing. */
  readonly countSessionId?: string;
  readonly actorRoles: readonly string[];
  readonly at: string;
};

export type QuarantineItem = {
  readonly type: 'QuarantineItem';
  readonly itemId: string;
  readonly reason: string;
  readonly at: string;
};

/** Sent by the daily job (injected clock) for each serviceable item whose expiry has passed. */
export type QuarantineExpiredItem = {
  readonly type: 'QuarantineExpiredItem';
  readonly itemId: string;
  readonly at: string;
};

/** Sent by the daily job for items expiring within `warningDays`. */
export type WarnOfShelfLifeExpiry = {
  readonly type: 'WarnOfShelfLifeExpiry';
  readonly itemId: string;
  readonly warningDays: number;
  readonly at: string;
};

export type ExtendShelfLife = {
  readonly type: 'ExtendShelfLife';
  readonly itemId: string;
  readonly expiresOn: string;
  /** The manufacturer's document that allows the extension (test report, service letter). */
  readonly manufacturerDocumentRef: string;
  readonly reason?: string;
  readonly actorRoles: readonly string[];
  readonly at: string;
};

export type RecordLifeTimes = {
  readonly type: 'RecordLifeTimes';
  readonly itemId: string;
  readonly lifeTimes: LifeTimes;
  readonly at: string;
};

export type ReportSuspectedUnapprovedPart = {
  readonly type: 'ReportSuspectedUnapprovedPart';
  readonly itemId: string;
  readonly reason: string;
  readonly at: string;
};

export type ItemCommand =
  | ReceiveItem
  | AttachReleaseDocument
  | AcceptItem
  | RejectItem
  | DeclareItemUnsalvageable
  | ScrapItem
  | SendItemToRepair
  | ReturnItemFromRepair
  | IssueItem
  | ReturnItemFromWorkOrder
  | TransferItem
  | ReserveItem
  | ReleaseItemReservation
  | AdjustItemQuantity
  | QuarantineItem
  | QuarantineExpiredItem
  | WarnOfShelfLifeExpiry
  | ExtendShelfLife
  | RecordLifeTimes
  | ReportSuspectedUnapprovedPart;
