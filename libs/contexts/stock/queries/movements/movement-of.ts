import type { PartEvent } from '../../domain/part/events';

export type MovementKind = 'receipt' | 'issue' | 'adjustment';

export interface Movement {
  readonly kind: MovementKind;
  readonly partId: string;
  readonly locationCode: string;
  /** Signed: what the movement did to the quantity at that location. */
  readonly quantityChange: number;
  readonly unit: string;
  readonly at: string;
  readonly workOrderRef?: string;
  readonly reason?: string;
}

/** The stock movement an event records, if any; shared by the levels and history projections. */
export function movementOf<T extends PartEvent['type']>(type: T, data: PartEvent['data']): Movement | undefined {
  const event = { type, data } as PartEvent;
  switch (event.type) {
    case 'stock.PartReceived':
      return { kind: 'receipt', ...base(event.data), quantityChange: event.data.quantity, at: event.data.receivedAt };
    case 'stock.PartIssued':
      return {
        kind: 'issue',
        ...base(event.data),
        quantityChange: -event.data.quantity,
        at: event.data.issuedAt,
        workOrderRef: event.data.workOrderRef,
      };
    case 'stock.StockAdjusted':
      return { kind: 'adjustment', ...base(event.data), quantityChange: event.data.quantityDelta, at: event.data.adjustedAt, reason: event.data.reason };
    case 'stock.PartRegistered':
      return undefined;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

function base(data: { partId: string; locationCode: string; unit: string }) {
  return { partId: data.partId, locationCode: data.locationCode, unit: data.unit };
}
