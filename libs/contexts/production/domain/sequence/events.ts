/** Stored contract (ARCHITECTURE rule 5): never reshape, add a schemaVersion and an upcaster. */
export type SequenceNumberAllocated = {
  readonly type: 'production.SequenceNumberAllocated';
  readonly data: {
    readonly sequenceName: string;
    /** 1, 2, 3… with no gap. */
    readonly number: number;
    /** What the number went to (a work order id): asking again for it allocates nothing. */
    readonly allocatedTo: string;
    readonly by: string;
    readonly allocatedAt: string;
  };
};

export type SequenceEvent = SequenceNumberAllocated;

export const SEQUENCE_EVENT_TYPES: readonly SequenceEvent['type'][] = ['production.SequenceNumberAllocated'];
