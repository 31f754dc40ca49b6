/** Stored contracts (ARCHITECTURE rule 5): never reshape a type, add a schemaVersion and an upcaster. */

/** What the records say is at the location when the session opens (a snapshot of the item read model). */
export interface ExpectedCountLine {
  readonly itemId: string;
  readonly partId: string;
  readonly partNumber: string;
  readonly serialNumber?: string;
  readonly batchNumber?: string;
  readonly expectedQuantity: number;
  readonly unit: string;
}

/** A difference the session closed with; a reactor applies it to the item as `AdjustItemQuantity`. */
export interface CountAdjustment {
  readonly itemId: string;
  readonly partId: string;
  readonly expectedQuantity: number;
  readonly countedQuantity: number;
  readonly quantityDelta: number;
  readonly unit: string;
  readonly reason: string;
}

export type CountSessionOpened = {
  readonly type: 'stock.CountSessionOpened';
  readonly data: {
    readonly sessionId: string;
    readonly locationCode: string;
    readonly lines: readonly ExpectedCountLine[];
    readonly openedAt: string;
  };
};

export type ItemCounted = {
  readonly type: 'stock.ItemCounted';
  readonly data: {
    readonly sessionId: string;
    readonly itemId: string;
    readonly partId: string;
    readonly countedQuantity: number;
    readonly unit: string;
    readonly countedAt: string;
  };
};

export type CountSessionClosed = {
  readonly type: 'stock.CountSessionClosed';
  readonly data: {
    readonly sessionId: string;
    readonly locationCode: string;
    /** Only the lines where counted ≠ expected. */
    readonly adjustments: readonly CountAdjustment[];
    readonly closedAt: string;
  };
};

export type CountSessionCancelled = {
  readonly type: 'stock.CountSessionCancelled';
  readonly data: { readonly sessionId: string; readonly reason: string; readonly cancelledAt: string };
};

export type CountSessionEvent = CountSessionOpened | ItemCounted | CountSessionClosed | CountSessionCancelled;

const countSessionEventTypes = {
  'stock.CountSessionOpened': true,
  'stock.ItemCounted': true,
  'stock.CountSessionClosed': true,
  'stock.CountSessionCancelled': true,
} satisfies Record<CountSessionEvent['type'], true>;

export const COUNT_SESSION_EVENT_TYPES = Object.keys(countSessionEventTypes) as readonly CountSessionEvent['type'][];
