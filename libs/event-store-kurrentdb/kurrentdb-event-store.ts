import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  type AppendResult as KurrentAppendResult,
} from '@kurrent/kurrentdb-client';
import {
  StreamVersionConflict,
  sealEvents,
  type AppendResult,
  type BatchHandler,
  type EventEnvelope,
  type EventStore,
  type ExpectedVersion,
  type ProposedEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
  type Subscription,
} from '@repaero/event-sourcing';
import type { KurrentDbClientPort } from './kurrentdb-client.port';
import { positionAt, toEnvelope, toEventData } from './kurrentdb-envelope.mapper';
import { kurrentDbSubscription } from './kurrentdb-subscription';

export interface KurrentDbEventStoreOptions {
  /** How often an append retries after losing a race for the stream head it read. */
  readonly maxRaceRetries?: number;
  /** Events per page when listing streams by walking $all. */
  readonly pageSize?: number;
}

/**
 * Production adapter. The hash chain needs the stream head, so an append reads the stream's last
 * events, seals on top of them and appends with that exact revision; a lost race is retried (the
 * caller's expected version is checked again on the fresh head). The full envelope round-trips: data
 * as the event's JSON, the fields KurrentDB has no slot for in its metadata.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly maxRaceRetries: number;
  private readonly pageSize: number;
  private readonly subscriptions = new Set<Subscription>();
  private closed = false;

  constructor(
    private readonly client: KurrentDbClientPort,
    options: KurrentDbEventStoreOptions = {},
  ) {
    this.maxRaceRetries = options.maxRaceRetries ?? 50;
    this.pageSize = options.pageSize ?? 1000;
  }

  /** e.g. `kurrentdb://localhost:2113?tls=false`; connects lazily, on the first call. */
  static connect(connectionString: string, options?: KurrentDbEventStoreOptions): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString), options);
  }

  async append(streamId: string, events: readonly ProposedEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    if (this.closed) throw new Error('event store is closed');
    if (events.length === 0) throw new Error('append needs at least one event');
    for (let attempt = 1; ; attempt++) {
      const tail = await this.readStream(streamId, { direction: 'backwards', maxCount: events.length });
      const head = tail[0];
      const version = head?.streamVersion ?? 0;
      const replayed = await this.replayedResult(streamId, events, expected, tail);
      if (replayed) return replayed;
      if (!versionMatches(expected, head !== undefined, version)) {
        throw new StreamVersionConflict(streamId, expected, version);
      }
      const sealed = sealEvents(streamId, version, head?.hash, events);
      const written = await this.appendAt(streamId, sealed, head ? BigInt(version - 1) : NO_STREAM);
      if (written) {
        const last = sealed[sealed.length - 1];
        const position = written.position ? Number(written.position.commit) : await this.positionOfVersion(streamId, last.streamVersion);
        return { streamId, version: last.streamVersion, position };
      }
      if (attempt >= this.maxRaceRetries) {
        const [now] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
        throw new StreamVersionConflict(streamId, expected, now?.streamVersion ?? 0);
      }
      // Spread the losers of a race so they do not collide again on the next head.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(attempt, 10)));
    }
  }

  /** Undefined when another writer moved the stream head since it was read. */
  private async appendAt(
    streamId: string,
    sealed: ReadonlyArray<Omit<EventEnvelope, 'globalPosition'>>,
    streamState: bigint | typeof NO_STREAM,
  ): Promise<KurrentAppendResult | undefined> {
    try {
      const written = await this.client.appendToStream(streamId, sealed.map(toEventData), { streamState });
      return written.success ? written : undefined;
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) return undefined;
      throw error;
    }
  }

  /**
   * The same ids already stored is a retry whose acknowledgement was lost: answer with the original
   * result. Recognised while they are the stream's last events, or at the version the caller expected.
   */
  private async replayedResult(
    streamId: string,
    events: readonly ProposedEvent[],
    expected: ExpectedVersion,
    tail: readonly EventEnvelope[],
  ): Promise<AppendResult | undefined> {
    if (tail.length === 0) return undefined;
    const sameIds = (stored: readonly EventEnvelope[]) =>
      stored.length === events.length && stored.every((event, index) => event.id === events[index].id);
    const resultOf = (stored: readonly EventEnvelope[]): AppendResult => {
      const last = stored[stored.length - 1];
      return { streamId, version: last.streamVersion, position: last.globalPosition };
    };
    const lastOnes = [...tail].reverse();
    if (sameIds(lastOnes)) return resultOf(lastOnes);
    const from = expected === 'no_stream' ? 1 : typeof expected === 'number' ? expected + 1 : undefined;
    if (from === undefined || from > tail[0].streamVersion) return undefined;
    const stored = await this.readStream(streamId, { fromVersion: from, maxCount: events.length });
    return sameIds(stored) ? resultOf(stored) : undefined;
  }

  private async positionOfVersion(streamId: string, version: number): Promise<number> {
    const [event] = await this.readStream(streamId, { fromVersion: version, maxCount: 1 });
    return event?.globalPosition ?? 0;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    const backwards = options.direction === 'backwards';
    const { fromVersion, maxCount } = options;
    if (maxCount !== undefined && maxCount <= 0) return [];
    if (backwards && fromVersion !== undefined && fromVersion < 1) return [];
    const fromRevision =
      fromVersion === undefined || (!backwards && fromVersion <= 1) ? (backwards ? END : START) : BigInt(fromVersion - 1);
    const events: EventEnvelope[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision,
        maxCount: maxCount ?? Number.MAX_SAFE_INTEGER,
      })) {
        if (resolved.event) events.push(toEnvelope(resolved.event, resolved.commitPosition));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    const after = options.after ?? 0;
    const maxCount = options.maxCount ?? 1000;
    if (maxCount <= 0) return [];
    const events: EventEnvelope[] = [];
    for await (const resolved of this.client.readAll({
      direction: FORWARDS,
      fromPosition: positionAt(after),
      // One more, as the read includes the event at `after` itself.
      maxCount: after > 0 ? maxCount + 1 : maxCount,
      filter: excludeSystemEvents(),
    })) {
      if (!resolved.event) continue;
      const event = toEnvelope(resolved.event, resolved.commitPosition);
      if (event.globalPosition > after) events.push(event);
    }
    return events.slice(0, maxCount);
  }

  subscribeToAll(options: SubscribeOptions, handler: BatchHandler): Subscription {
    if (this.closed) throw new Error('event store is closed');
    const subscription = kurrentDbSubscription({
      ...options,
      client: this.client,
      handler,
      onClose: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<number> {
    for await (const resolved of this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
      filter: excludeSystemEvents(),
    })) {
      if (resolved.event) return toEnvelope(resolved.event, resolved.commitPosition).globalPosition;
    }
    return 0;
  }

  /** Walks $all: the `$streams` projection is not running on every server. */
  async *listStreams(): AsyncIterable<{ streamId: string; version: number }> {
    const heads = new Map<string, number>();
    for (let page = await this.readAll({ maxCount: this.pageSize }); page.length > 0; ) {
      for (const event of page) heads.set(event.streamId, Math.max(heads.get(event.streamId) ?? 0, event.streamVersion));
      page = await this.readAll({ after: page[page.length - 1].globalPosition, maxCount: this.pageSize });
    }
    for (const streamId of [...heads.keys()].sort()) yield { streamId, version: heads.get(streamId) ?? 0 };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }
}

function versionMatches(expected: ExpectedVersion, exists: boolean, version: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return !exists;
    case 'stream_exists':
      return exists;
    default:
      return expected === version;
  }
}
