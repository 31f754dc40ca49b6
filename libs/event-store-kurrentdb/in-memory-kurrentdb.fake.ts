import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import {
  BACKWARDS,
  END,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendResult,
  type AppendToStreamOptions,
  type EventData,
  type Filter,
  type AllStreamJSONRecordedEvent,
  type ReadAllOptions,
  type ReadPosition,
  type ReadStreamOptions,
  type SubscribeToAllOptions,
} from '@kurrent/kurrentdb-client';
import type { KurrentDbClientPort, KurrentDbLiveSubscription } from './kurrentdb-client.port';

interface StoredRecord {
  readonly streamId: string;
  readonly revision: bigint;
  readonly id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly created: Date;
  readonly position: bigint;
}

/**
 * A stand-in for KurrentDBClient with the server's observable rules: 0-based revisions, optimistic
 * concurrency, byte positions with gaps, system events in $all, inclusive reads from a position,
 * JSON encoded by the client. It proves the adapter's mapping, not the server: the int-spec does that.
 */
export class InMemoryKurrentDb implements KurrentDbClientPort {
  private readonly log: StoredRecord[] = [];
  private readonly appended = new EventEmitter();
  private readonly live = new Set<Readable>();
  private nextPosition = 1024n;
  private appends = 0;
  disposed = false;

  constructor() {
    this.appended.setMaxListeners(0);
  }

  async appendToStream(streamName: string, events: EventData[], options: AppendToStreamOptions): Promise<AppendResult> {
    await roundTrip();
    const current = this.head(streamName);
    const state = options.streamState ?? 'any';
    const accepted =
      state === 'any' ||
      (state === 'no_stream' && current === undefined) ||
      (state === 'stream_exists' && current !== undefined) ||
      (typeof state === 'bigint' && state === current);
    if (!accepted) {
      throw new WrongExpectedVersionError(undefined, { streamName, expected: state, current: current ?? 'no_stream' });
    }
    if (++this.appends % 3 === 0) this.write('$stats-127.0.0.1:2113', undefined, { id: 'stats', type: '$statsCollected', data: {} });
    let revision = current ?? -1n;
    const written = events.map((event) => this.write(streamName, ++revision, event));
    const last = written[written.length - 1];
    this.appended.emit('appended', written);
    return { success: true, nextExpectedRevision: last.revision, position: { commit: last.position, prepare: last.position } };
  }

  async *readStream(streamName: string, options: ReadStreamOptions): AsyncIterableIterator<{ event: AllStreamJSONRecordedEvent }> {
    await roundTrip();
    const records = this.log.filter((record) => record.streamId === streamName);
    if (records.length === 0) throw new StreamNotFoundError(undefined, streamName);
    const backwards = options.direction === BACKWARDS;
    const from = options.fromRevision ?? (backwards ? END : START);
    const selected = backwards
      ? records.filter((record) => from === END || from === START || record.revision <= from).reverse()
      : records.filter((record) => from === START || from === END || record.revision >= from);
    for (const record of selected.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER))) yield { event: recorded(record) };
  }

  async *readAll(options: ReadAllOptions): AsyncIterableIterator<AllStreamResolvedEvent> {
    await roundTrip();
    const backwards = options.direction === BACKWARDS;
    const from = options.fromPosition ?? (backwards ? END : START);
    const passes = this.filterOf(options.filter);
    const selected = backwards
      ? this.log.filter((record) => from === END || (from !== START && record.position < from.commit)).reverse()
      : this.log.filter((record) => from === START || (from !== END && record.position >= from.commit));
    const matching = selected.filter(passes).slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER));
    for (const record of matching) yield { event: recorded(record), commitPosition: record.position };
  }

  subscribeToAll(options: SubscribeToAllOptions): KurrentDbLiveSubscription {
    const passes = this.filterOf(options.filter);
    const from: ReadPosition = options.fromPosition ?? START;
    const stream = new Readable({ objectMode: true, read: () => undefined });
    const push = (records: readonly StoredRecord[]) => {
      for (const record of records.filter(passes)) stream.push({ event: recorded(record), commitPosition: record.position });
    };
    // A subscription from a position starts after it, unlike a read.
    push(this.log.filter((record) => from === START || (from !== END && record.position > from.commit)));
    this.appended.on('appended', push);
    this.live.add(stream);
    stream.on('close', () => {
      this.appended.off('appended', push);
      this.live.delete(stream);
    });
    return Object.assign(stream, {
      unsubscribe: async () => {
        this.appended.off('appended', push);
        stream.push(null);
      },
    });
  }

  /** What a lost connection does to every open subscription. */
  dropSubscriptions(): void {
    for (const stream of this.live) stream.destroy(new Error('connection to the server lost'));
  }

  async dispose(): Promise<void> {
    this.disposed = true;
  }

  private head(streamName: string): bigint | undefined {
    for (let index = this.log.length - 1; index >= 0; index--) {
      if (this.log[index].streamId === streamName) return this.log[index].revision;
    }
    return undefined;
  }

  private write(
    streamId: string,
    revision: bigint | undefined,
    event: Pick<EventData, 'id' | 'type' | 'data'> & { metadata?: unknown },
  ): StoredRecord {
    const record: StoredRecord = {
      streamId,
      revision: revision ?? 0n,
      id: event.id,
      type: event.type,
      data: JSON.stringify(event.data),
      metadata: event.metadata === undefined ? '' : JSON.stringify(event.metadata),
      created: new Date(),
      position: this.nextPosition,
    };
    this.nextPosition += BigInt(100 + record.data.length + record.metadata.length);
    this.log.push(record);
    return record;
  }

  private filterOf(filter: Filter | undefined): (record: StoredRecord) => boolean {
    if (!filter) return () => true;
    const field = (record: StoredRecord) => (filter.filterOn === 'eventType' ? record.type : record.streamId);
    if ('regex' in filter) {
      const regex = new RegExp(filter.regex);
      return (record) => regex.test(field(record));
    }
    return (record) => filter.prefixes.some((prefix) => field(record).startsWith(prefix));
  }
}

function recorded(record: StoredRecord): AllStreamJSONRecordedEvent {
  return {
    streamId: record.streamId,
    id: record.id,
    isJson: true,
    revision: record.revision,
    type: record.type,
    created: record.created,
    data: JSON.parse(record.data),
    metadata: record.metadata ? JSON.parse(record.metadata) : undefined,
    position: { commit: record.position, prepare: record.position },
  };
}

const roundTrip = () => new Promise<void>((resolve) => setImmediate(resolve));
