import type { EventEnvelope } from '@repaero/event-sourcing';
import type { ItemIssued, ItemReserved } from '../domain/item/events';
import type { IssuedToWorkOrder, ReservedForWorkOrder } from './stock-issuing';

/** The stock event recording an item issued to a work order: its metadata keeps the caller's causation. */
export const ITEM_ISSUED_EVENT_TYPE = 'stock.ItemIssued' satisfies ItemIssued['type'];

/** What the contract answers for a recorded issue, from the stored event (the same answer however it is found). */
export function issuedAnswer({ data }: ItemIssued, streamId: string, version: number, position: number): IssuedToWorkOrder {
  const { itemId, partNumber, serialNumber, batchNumber, releaseTrackingNumber, quantity, unit } = data;
  return {
    itemId,
    partNumber,
    ...(serialNumber ? { serialNumber } : {}),
    ...(batchNumber ? { batchNumber } : {}),
    ...(releaseTrackingNumber ? { certificateRef: releaseTrackingNumber } : {}),
    quantity,
    unit,
    stockIssueRef: `${streamId}@${version}`,
    position,
  };
}

/** A recorded `stock.ItemIssued` as the contract answers it, with the work-order number it names; anything else: undefined. */
export function issuedToWorkOrderOf(envelope: EventEnvelope): (IssuedToWorkOrder & { readonly workOrderRef: string }) | undefined {
  if (envelope.type !== ITEM_ISSUED_EVENT_TYPE) return undefined;
  const event = envelope as unknown as ItemIssued;
  return { ...issuedAnswer(event, envelope.streamId, envelope.streamVersion, envelope.globalPosition), workOrderRef: event.data.workOrderRef };
}

/** The stock event recording an item held for a work order: its metadata keeps the caller's causation too. */
export const ITEM_RESERVED_EVENT_TYPE = 'stock.ItemReserved' satisfies ItemReserved['type'];

export function reservedAnswer({ data }: ItemReserved, streamId: string, version: number, position: number): ReservedForWorkOrder {
  return { itemId: data.itemId, quantity: data.quantity, unit: data.unit, stockReservationRef: `${streamId}@${version}`, position };
}

/** A recorded `stock.ItemReserved` as the contract answers it, with the work-order number it names; anything else: undefined. */
export function reservedForWorkOrderOf(envelope: EventEnvelope): (ReservedForWorkOrder & { readonly workOrderRef: string }) | undefined {
  if (envelope.type !== ITEM_RESERVED_EVENT_TYPE) return undefined;
  const event = envelope as unknown as ItemReserved;
  return { ...reservedAnswer(event, envelope.streamId, envelope.streamVersion, envelope.globalPosition), workOrderRef: event.data.workOrderRef };
}
