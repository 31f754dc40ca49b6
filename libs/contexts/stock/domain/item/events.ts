import type { PartClass, PartTracking } from '../catalogue/events';
import type { NonconformityKind, QuarantineReason, ReleaseDocument } from './release-document';

/** Stored contracts (ARCHITECTURE rule 5): never reshape a type, add a schemaVersion and an upcaster. */

/** DOMAIN rule 5: hours and cycles since new, back to birth, and since the last overhaul when there was one. */
export interface LifeTimes {
  readonly tsnHours: number;
  readonly csn: number;
  readonly tsoHours?: number;
  readonly cso?: number;
  /** The date the times are counted to, YYYY-MM-DD. */
  readonly asOf: string;
  /** The back-to-birth records they come from (log cards, previous releases). */
  readonly recordsRef: string;
}

/** DOMAIN rule 4: where the expiry was read. */
export interface ShelfLife {
  readonly expiresOn: string;
  readonly source: 'release-document' | 'cure-date' | 'label';
}

/** DOMAIN rule 3: the tag an UNSERVICEABLE item carries. */
export interface UnserviceableTag {
  readonly reason: string;
  readonly defects: string;
  readonly hours?: number;
  readonly cycles?: number;
  readonly accidentOrIncident: boolean;
}

export type ItemReceived = {
  readonly type: 'stock.ItemReceived';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    /** The catalogue part number, and the one read on the item (the same, or an interchangeable). */
    readonly partNumber: string;
    readonly partNumberAsReceived: string;
    /** The catalogue facts the receiving inspection applied, kept for the audit. */
    readonly partClass: PartClass;
    readonly tracking: PartTracking;
    readonly shelfLifeLimited: boolean;
    readonly lifeLimited: boolean;
    readonly serialNumber?: string;
    readonly batchNumber?: string;
    readonly quantity: number;
    readonly unit: string;
    readonly locationCode: string;
    readonly releaseDocument?: ReleaseDocument;
    readonly shelfLife?: ShelfLife;
    readonly lifeTimes?: LifeTimes;
    readonly purchaseOrderRef?: string;
    readonly receivedAt: string;
  };
};

/** The ACCEPTED step of DOMAIN rule 3: from here the item is SERVICEABLE. */
export type ItemAccepted = {
  readonly type: 'stock.ItemAccepted';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    /** `receiving-inspection`: the document passed the checks at receipt; `quality-decision`: quality released a quarantine. */
    readonly basis: 'receiving-inspection' | 'quality-decision';
    readonly reason?: string;
    readonly acceptedAt: string;
  };
};

export type ItemQuarantined = {
  readonly type: 'stock.ItemQuarantined';
  readonly data: { readonly itemId: string; readonly partId: string; readonly reasons: readonly QuarantineReason[]; readonly quarantinedAt: string };
};

export type NonconformityRaised = {
  readonly type: 'stock.NonconformityRaised';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    /** 1, 2, … within the item. */
    readonly sequence: number;
    readonly kind: NonconformityKind;
    readonly expected: string;
    readonly found: string;
    readonly raisedAt: string;
  };
};

export type ReleaseDocumentAttached = {
  readonly type: 'stock.ReleaseDocumentAttached';
  readonly data: { readonly itemId: string; readonly partId: string; readonly releaseDocument: ReleaseDocument; readonly attachedAt: string };
};

export type ItemRejected = {
  readonly type: 'stock.ItemRejected';
  readonly data: { readonly itemId: string; readonly partId: string; readonly tag: UnserviceableTag; readonly rejectedAt: string };
};

export type ItemDeclaredUnsalvageable = {
  readonly type: 'stock.ItemDeclaredUnsalvageable';
  readonly data: { readonly itemId: string; readonly partId: string; readonly reason: string; readonly declaredAt: string };
};

export type ItemScrapped = {
  readonly type: 'stock.ItemScrapped';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    readonly quantity: number;
    readonly unit: string;
    /** How it was mutilated or otherwise kept out of the supply chain (145.A.42). */
    readonly method: string;
    readonly scrappedAt: string;
  };
};

export type ItemSentToRepair = {
  readonly type: 'stock.ItemSentToRepair';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    readonly repairOrderRef: string;
    readonly quantity: number;
    readonly unit: string;
    readonly sentAt: string;
  };
};

export type ItemReturnedFromRepair = {
  readonly type: 'stock.ItemReturnedFromRepair';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    readonly repairOrderRef: string;
    readonly locationCode: string;
    readonly quantity: number;
    readonly unit: string;
    readonly partNumberAsReturned: string;
    readonly releaseDocument?: ReleaseDocument;
    readonly returnedAt: string;
  };
};

export type ItemIssued = {
  readonly type: 'stock.ItemIssued';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    /** What the work order records as fitted (DOMAIN rule 9: P/N, S/N, certificate). */
    readonly partNumber: string;
    readonly serialNumber?: string;
    readonly batchNumber?: string;
    readonly releaseTrackingNumber?: string;
    readonly workOrderRef: string;
    readonly locationCode: string;
    readonly quantity: number;
    readonly unit: string;
    /** How much of the quantity came out of this work order's reservation. */
    readonly fromReservation: number;
    readonly issuedAt: string;
  };
};

export type ItemReturnedFromWorkOrder = {
  readonly type: 'stock.ItemReturnedFromWorkOrder';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    readonly workOrderRef: string;
    readonly locationCode: string;
    readonly quantity: number;
    readonly unit: string;
    /** Unused and undamaged: back in its condition; otherwise quarantined. */
    readonly unused: boolean;
    readonly reason?: string;
    readonly returnedAt: string;
  };
};

export type ItemTransferred = {
  readonly type: 'stock.ItemTransferred';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    readonly fromLocationCode: string;
    readonly toLocationCode: string;
    readonly quantity: number;
    readonly unit: string;
    readonly transferredAt: string;
  };
};

export type ItemReserved = {
  readonly type: 'stock.ItemReserved';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    readonly workOrderRef: string;
    readonly quantity: number;
    readonly unit: string;
    readonly reservedAt: string;
  };
};

export type ItemReservationReleased = {
  readonly type: 'stock.ItemReservationReleased';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    readonly workOrderRef: string;
    readonly quantity: number;
    readonly unit: string;
    readonly reason?: string;
    readonly releasedAt: string;
  };
};

export type ItemQuantityAdjusted = {
  readonly type: 'stock.ItemQuantityAdjusted';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    readonly locationCode: string;
    readonly quantityDelta: number;
    readonly unit: string;
    readonly reason: string;
    /** The cycle count that found the difference, when there was one. */
    readonly countSessionId?: string;
    readonly adjustedAt: string;
  };
};

export type ItemShelfLifeExtended = {
  readonly type: 'stock.ItemShelfLifeExtended';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    readonly previousExpiresOn: string;
    readonly expiresOn: string;
    readonly manufacturerDocumentRef: string;
    readonly reason?: string;
    readonly extendedAt: string;
  };
};

/** Recorded once per expiry date; the notification reactor sends the e-mail or SMS from it. */
export type ItemShelfLifeExpiring = {
  readonly type: 'stock.ItemShelfLifeExpiring';
  readonly data: { readonly itemId: string; readonly partId: string; readonly expiresOn: string; readonly daysLeft: number; readonly warnedAt: string };
};

export type ItemLifeTimesRecorded = {
  readonly type: 'stock.ItemLifeTimesRecorded';
  readonly data: { readonly itemId: string; readonly partId: string; readonly lifeTimes: LifeTimes; readonly recordedAt: string };
};

/** DOMAIN rule 7: the occurrence-reporting reactor files the report from this event. */
export type SuspectedUnapprovedPartReported = {
  readonly type: 'stock.SuspectedUnapprovedPartReported';
  readonly data: {
    readonly itemId: string;
    readonly partId: string;
    readonly partNumber: string;
    readonly serialNumber?: string;
    readonly batchNumber?: string;
    readonly releaseTrackingNumber?: string;
    readonly reason: string;
    readonly reportedAt: string;
  };
};

export type ItemEvent =
  | ItemReceived
  | ItemAccepted
  | ItemQuarantined
  | NonconformityRaised
  | ReleaseDocumentAttached
  | ItemRejected
  | ItemDeclaredUnsalvageable
  | ItemScrapped
  | ItemSentToRepair
  | ItemReturnedFromRepair
  | ItemIssued
  | ItemReturnedFromWorkOrder
  | ItemTransferred
  | ItemReserved
  | ItemReservationReleased
  | ItemQuantityAdjusted
  | ItemShelfLifeExtended
  | ItemShelfLifeExpiring
  | ItemLifeTimesRecorded
  | SuspectedUnapprovedPartReported;

const itemEventTypes = {
  'stock.ItemReceived': true,
  'stock.ItemAccepted': true,
  'stock.ItemQuarantined': true,
  'stock.NonconformityRaised': true,
  'stock.ReleaseDocumentAttached': true,
  'stock.ItemRejected': true,
  'stock.ItemDeclaredUnsalvageable': true,
  'stock.ItemScrapped': true,
  'stock.ItemSentToRepair': true,
  'stock.ItemReturnedFromRepair': true,
  'stock.ItemIssued': true,
  'stock.ItemReturnedFromWorkOrder': true,
  'stock.ItemTransferred': true,
  'stock.ItemReserved': true,
  'stock.ItemReservationReleased': true,
  'stock.ItemQuantityAdjusted': true,
  'stock.ItemShelfLifeExtended': true,
  'stock.ItemShelfLifeExpiring': true,
  'stock.ItemLifeTimesRecorded': true,
  'stock.SuspectedUnapprovedPartReported': true,
} satisfies Record<ItemEvent['type'], true>;

export const ITEM_EVENT_TYPES = Object.keys(itemEventTypes) as readonly ItemEvent['type'][];
