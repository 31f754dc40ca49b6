import {
  uuidV7Ids,
  type EventEnvelope,
  type EventMetadata,
  type EventStore,
  type ProposedEvent,
  type Subscription,
} from '@repaero/event-sourcing';

export const contractMetadata: EventMetadata = {
  actor: { id: 'user-1', name: 'Ada Lovelace', roles: ['storekeeper', 'certifying-staff'], licenceRef: 'FR.66.1234' },
  correlationId: 'corr-1',
  causationId: 'corr-1',
  reason: 'contract test',
  source: 'api',
  device: 'bench-1',
};

/** UUIDv7 ids and a `<category>-<uuid>` stream per test, so the suite can share a server with other runs. */
export function uniqueStreamId(category = 'contract'): string {
  return `${category}-${uuidV7Ids.next()}`;
}

export function proposedEvent(data: unknown = {}, overrides: Partial<ProposedEvent> = {}): ProposedEvent {
  return {
    id: uuidV7Ids.next(),
    type: 'contract.SomethingHappened',
    schemaVersion: 1,
    recordedAt: '2026-03-01T08:30:00.123Z',
    data,
    metadata: contractMetadata,
    ...overrides,
  };
}

export function proposedEvents(count: number, from = 1): ProposedEvent[] {
  return Array.from({ length: count }, (_, index) => proposedEvent({ n: from + index }));
}

/** Pages through the global log after a position until it is drained. */
export async function readAllAfter(store: EventStore, after: number, pageSize = 250): Promise<EventEnvelope[]> {
  const events: EventEnvelope[] = [];
  let checkpoint = after;
  for (;;) {
    const page = await store.readAll({ after: checkpoint, maxCount: pageSize });
    if (page.length === 0) return events;
    events.push(...page);
    checkpoint = page[page.length - 1].globalPosition;
  }
}

export interface Collector {
  readonly subscription: Subscription;
  /** Every batch delivered. */
  readonly batches: EventEnvelope[][];
  /** Events of the watched streams from successful deliveries, in delivery order. */
  readonly received: EventEnvelope[];
}

/** Subscribes and keeps what belongs to the watched streams; the shared log may hold anyone's events. */
export function collect(
  store: EventStore,
  after: number,
  streams: ReadonlySet<string>,
  options: { batchSize?: number } = {},
): Collector {
  const batches: EventEnvelope[][] = [];
  const received: EventEnvelope[] = [];
  const subscription = store.subscribeToAll({ after, batchSize: options.batchSize }, async (batch) => {
    batches.push([...batch]);
    received.push(...batch.filter((event) => streams.has(event.streamId)));
  });
  return { subscription, batches, received };
}
