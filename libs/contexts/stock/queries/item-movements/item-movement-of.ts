import type { ItemEvent } from '../../domain/item/events';

export type ItemMovementKind =
  | 'received'
  | 'accepted'
  | 'quarantined'
  | 'rejected'
  | 'declared-unsalvageable'
  | 'scrapped'
  | 'sent-to-repair'
  | 'returned-from-repair'
  | 'issued'
  | 'returned-from-work-order'
  | 'transferred'
  | 'adjusted'
  | 'reported-suspected-unapproved';

/** A step in an item's trace: where it went, or what quality decided about it. */
export interface ItemMovement {
  readonly kind: ItemMovementKind;
  /** Where it was taken from or put (the origin of a transfer). */
  readonly locationCode?: string;
  readonly toLocationCode?: string;
  /** Signed change at `locationCode` (a transfer takes it there and puts it at `toLocationCode`); scrap and repair empty the item wherever it was. */
  readonly quantityChange?: number;
  readonly unit?: string;
  /** The work order or repair order it went to or came back from. */
  readonly reference?: string;
  readonly detail?: string;
}

/** The trace step an item event records, if it is one (reservations and paperwork are not). */
export function itemMovementOf(event: ItemEvent): ItemMovement | undefined {
  switch (event.type) {
    case 'stock.ItemReceived': {
      const { locationCode, quantity, unit, purchaseOrderRef } = event.data;
      return { kind: 'received', locationCode, quantityChange: quantity, unit, reference: purchaseOrderRef };
    }
    case 'stock.ItemAccepted':
      return { kind: 'accepted', detail: event.data.reason ?? event.data.basis };
    case 'stock.ItemQuarantined':
      return { kind: 'quarantined', detail: event.data.reasons.map((reason) => reason.code).join(', ') };
    case 'stock.ItemRejected':
      return { kind: 'rejected', detail: event.data.tag.reason };
    case 'stock.ItemDeclaredUnsalvageable':
      return { kind: 'declared-unsalvageable', detail: event.data.reason };
    case 'stock.ItemScrapped':
      return { kind: 'scrapped', quantityChange: -event.data.quantity, unit: event.data.unit, detail: event.data.method };
    case 'stock.ItemSentToRepair':
      return { kind: 'sent-to-repair', quantityChange: -event.data.quantity, unit: event.data.unit, reference: event.data.repairOrderRef };
    case 'stock.ItemReturnedFromRepair': {
      const { locationCode, quantity, unit, repairOrderRef } = event.data;
      return { kind: 'returned-from-repair', locationCode, quantityChange: quantity, unit, reference: repairOrderRef };
    }
    case 'stock.ItemIssued': {
      const { locationCode, quantity, unit, workOrderRef } = event.data;
      return { kind: 'issued', locationCode, quantityChange: -quantity, unit, reference: workOrderRef };
    }
    case 'stock.ItemReturnedFromWorkOrder': {
      const { locationCode, quantity, unit, workOrderRef, unused, reason } = event.data;
      const detail = reason ?? (unused ? 'unused' : undefined);
      return { kind: 'returned-from-work-order', locationCode, quantityChange: quantity, unit, reference: workOrderRef, detail };
    }
    case 'stock.ItemTransferred': {
      const { fromLocationCode, toLocationCode, quantity, unit } = event.data;
      return { kind: 'transferred', locationCode: fromLocationCode, toLocationCode, quantityChange: -quantity, unit };
    }
    case 'stock.ItemQuantityAdjusted': {
      const { locationCode, quantityDelta, unit, reason } = event.data;
      return { kind: 'adjusted', locationCode, quantityChange: quantityDelta, unit, detail: reason };
    }
    case 'stock.SuspectedUnapprovedPartReported':
      return { kind: 'reported-suspected-unapproved', detail: event.data.reason };
    case 'stock.NonconformityRaised':
    case 'stock.ReleaseDocumentAttached':
    case 'stock.ItemReserved':
    case 'stock.ItemReservationReleased':
    case 'stock.ItemShelfLifeExtended':
    case 'stock.ItemShelfLifeExpiring':
    case 'stock.ItemLifeTimesRecorded':
      return undefined;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}
