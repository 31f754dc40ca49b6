import type { PartCatalogueEvent } from '../catalogue/events';

/** Stored contracts (ARCHITECTURE rule 5): never reshape a type, add a schemaVersion and an upcaster. */
export type PartRegistered = {
  readonly type: 'stock.PartRegistered';
  readonly data: {
    readonly partId: string;
    readonly partNumber: string;
    readonly manufacturer?: string;
    readonly description: string;
    readonly unit: string;
    readonly registeredAt: string;
  };
};

export type PartReceived = {
  readonly type: 'stock.PartReceived';
  readonly data: {
    readonly partId: string;
    readonly locationCode: string;
    readonly quantity: number;
    readonly unit: string;
    readonly receivedAt: string;
  };
};

export type PartIssued = {
  readonly type: 'stock.PartIssued';
  readonly data: {
    readonly partId: string;
    readonly locationCode: string;
    readonly quantity: number;
    readonly unit: string;
    readonly workOrderRef: string;
    readonly issuedAt: string;
  };
};

export type StockAdjusted = {
  readonly type: 'stock.StockAdjusted';
  readonly data: {
    readonly partId: string;
    readonly locationCode: string;
    /** Signed change; the reason lives in the event metadata too, but belongs to the fact itself. */
    readonly quantityDelta: number;
    readonly unit: string;
    readonly reason: string;
    readonly adjustedAt: string;
  };
};

export type PartEvent = PartRegistered | PartReceived | PartIssued | StockAdjusted;

export const PART_EVENT_TYPES: readonly PartEvent['type'][] = [
  'stock.PartRegistered',
  'stock.PartReceived',
  'stock.PartIssued',
  'stock.StockAdjusted',
];

/** Every event on a part stream: registration and movements above, catalogue facts in ../catalogue. */
export type PartAggregateEvent = PartEvent | PartCatalogueEvent;
