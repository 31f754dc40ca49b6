import { EventEmitter } from 'node:events';
import Database from 'better-sqlite3';
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
import { SCHEMA } from './schema';
import { pollingSubscription } from './polling-subscription';
import { StreamCache } from './stream-cache';
import { RecentLog } from './recent-log';

export interface SqliteEventStoreOptions {
  /** A file path, or ':memory:' for tests. */
  readonly file: string;
  /** FULL (default) survives power loss; NORMAL survives a process crash only. */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** How often a subscription looks for events appended by another process. */
  readonly pollIntervalMs?: number;
  /** Upper bound of appends grouped into one transaction. */
  readonly maxGroupSize?: number;
  /**
   * Decoded events kept in memory for stream reads (command handling reads the whole stream each time),
   * about 1 KB each; 0 turns the cache off. A stream longer than this is always read from the database.
   */
  readonly streamCacheEvents?: number;
  /** How many of the events this process committed are kept for its own subscribers. */
  readonly recentLogEvents?: number;
}

interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly ProposedEvent[];
  readonly expected: ExpectedVersion;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

/** What one append wrote, kept until COMMIT to feed the stream cache. */
interface Written {
  readonly result: AppendResult;
  readonly rows: ReadonlyArray<EventRow>;
}

interface EventRow {
  global_position: number;
  id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  recorded_at: string;
  data: string;
  metadata: string;
  prev_hash: string;
  hash: string;
}

/**
 * Embedded event store. Concurrent appends arriving in the same event-loop turn are grouped into one
 * `BEGIN IMMEDIATE` transaction (one fsync for the group), each inside its own savepoint so one
 * conflict fails only its own command. The INTEGER PRIMARY KEY without AUTOINCREMENT keeps the
 * global position gap-free: a rolled-back insert never consumes a number.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly appended = new EventEmitter();
  private readonly pollIntervalMs: number;
  private readonly maxGroupSize: number;
  private queue: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;
  private readonly subscriptions = new Set<Subscription>();
  private readonly statements;
  private readonly transaction;
  private readonly cache: StreamCache;
  private readonly recent: RecentLog;

  constructor(options: SqliteEventStoreOptions) {
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.maxGroupSize = options.maxGroupSize ?? 512;
    this.cache = new StreamCache({ maxEvents: options.streamCacheEvents ?? 100_000 });
    this.recent = new RecentLog(options.recentLogEvents ?? 20_000);
    this.appended.setMaxListeners(0);
    this.statements = {
      eventById: this.db.prepare<[string], Pick<EventRow, 'stream_id' | 'stream_version' | 'global_position'>>(
        'SELECT stream_id, stream_version, global_position FROM events WHERE id = ?',
      ),
      head: this.db.prepare<[string], { version: number; hash: string; position: number }>(
        'SELECT version, hash, position FROM streams WHERE stream_id = ?',
      ),
      insert: this.db.prepare(
        `INSERT INTO events (id, stream_id, stream_version, type, schema_version, recorded_at, data, metadata, prev_hash, hash)
         VALUES (@id, @streamId, @streamVersion, @type, @schemaVersion, @recordedAt, @data, @metadata, @prevHash, @hash)`,
      ),
      upsertHead: this.db.prepare(
        `INSERT INTO streams (stream_id, version, hash, position) VALUES (?, ?, ?, ?)
         ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, hash = excluded.hash, position = excluded.position`,
      ),
      forwards: this.db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream_id = ? AND stream_version >= ? ORDER BY stream_version LIMIT ?',
      ),
      // Without LIMIT: a bound LIMIT costs ~10 µs per call even when nothing is found, and most reads are unbounded.
      forwardsToEnd: this.db.prepare<[string, number], EventRow>(
        'SELECT * FROM events WHERE stream_id = ? AND stream_version >= ? ORDER BY stream_version',
      ),
      backwards: this.db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream_id = ? AND stream_version <= ? ORDER BY stream_version DESC LIMIT ?',
      ),
      all: this.db.prepare<[number, number], EventRow>(
        'SELECT * FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?',
      ),
      headPosition: this.db.prepare<[], { position: number | null }>('SELECT MAX(global_position) AS position FROM events'),
      streams: this.db.prepare<[], { stream_id: string; version: number }>(
        'SELECT stream_id, version FROM streams ORDER BY stream_id',
      ),
    };
    // Prepared once: exec() would parse these again for every group and every append in it.
    this.transaction = {
      begin: this.db.prepare('BEGIN IMMEDIATE'),
      savepoint: this.db.prepare('SAVEPOINT append_one'),
      release: this.db.prepare('RELEASE append_one'),
      rollbackTo: this.db.prepare('ROLLBACK TO append_one'),
      commit: this.db.prepare('COMMIT'),
    };
  }

  append(streamId: string, events: readonly ProposedEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('event store is closed'));
    if (events.length === 0) return Promise.reject(new Error('append needs at least one event'));
    return new Promise((resolve, reject) => {
      this.queue.push({ streamId, events, expected, resolve, reject });
      if (this.queue.length >= this.maxGroupSize) this.flush();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    const group = this.queue;
    this.queue = [];
    if (group.length === 0) return;
    const outcomes: Array<({ ok: true } & Written) | { ok: false; error: unknown }> = [];
    const { begin, savepoint, release, rollbackTo, commit } = this.transaction;
    try {
      begin.run();
      for (const pending of group) {
        savepoint.run();
        try {
          outcomes.push({ ok: true, ...this.appendNow(pending) });
          release.run();
        } catch (error) {
          rollbackTo.run();
          release.run();
          outcomes.push({ ok: false, error });
        }
      }
      commit.run();
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const pending of group) pending.reject(error);
      return;
    }
    // Durable from here on: only committed events reach the caches, then the callers.
    group.forEach((pending, index) => {
      const outcome = outcomes[index];
      if (outcome.ok) {
        // Decoded again from the stored JSON (not the caller's objects): what a read would return.
        const committed = outcome.rows.map(toEnvelope);
        this.recent.add(committed);
        if (committed.length > 0 && this.cache.has(pending.streamId)) this.cache.extend(pending.streamId, committed);
        pending.resolve(outcome.result);
      } else {
        pending.reject(outcome.error);
      }
    });
    this.appended.emit('appended');
  }

  private appendNow({ streamId, events, expected }: PendingAppend): Written {
    const head = this.statements.head.get(streamId);
    const version = head?.version ?? 0;
    const already = this.statements.eventById.get(events[0].id);
    if (already) {
      const replayed = this.replayedResult(streamId, events, already);
      if (replayed) return { result: replayed, rows: [] };
      throw new StreamVersionConflict(streamId, expected, version);
    }
    if (!versionMatches(expected, head !== undefined, version)) {
      throw new StreamVersionConflict(streamId, expected, version);
    }
    let position = 0;
    const sealed = sealEvents(streamId, version, head?.hash, events);
    const rows: EventRow[] = [];
    for (const envelope of sealed) {
      const data = JSON.stringify(envelope.data);
      const metadata = JSON.stringify(envelope.metadata);
      const { lastInsertRowid } = this.statements.insert.run({ ...envelope, data, metadata });
      position = Number(lastInsertRowid);
      rows.push({
        global_position: position,
        id: envelope.id,
        stream_id: streamId,
        stream_version: envelope.streamVersion,
        type: envelope.type,
        schema_version: envelope.schemaVersion,
        recorded_at: envelope.recordedAt,
        data,
        metadata,
        prev_hash: envelope.prevHash,
        hash: envelope.hash,
      });
    }
    const last = sealed[sealed.length - 1];
    this.statements.upsertHead.run(streamId, last.streamVersion, last.hash, position);
    return { result: { streamId, version: last.streamVersion, position }, rows };
  }

  /** Same ids at the same place: the earlier append is the answer (idempotent retry). */
  private replayedResult(
    streamId: string,
    events: readonly ProposedEvent[],
    first: Pick<EventRow, 'stream_id' | 'stream_version' | 'global_position'>,
  ): AppendResult | undefined {
    if (first.stream_id !== streamId) return undefined;
    const stored = this.statements.forwards.all(streamId, first.stream_version, events.length);
    const same = stored.length === events.length && stored.every((row, index) => row.id === events[index].id);
    if (!same) return undefined;
    const last = stored[stored.length - 1];
    return { streamId, version: last.stream_version, position: last.global_position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    const cached = this.readCached(streamId, options);
    if (cached) return cached;
    const limit = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const rows =
      options.direction === 'backwards'
        ? this.statements.backwards.all(streamId, options.fromVersion ?? Number.MAX_SAFE_INTEGER, limit)
        : options.maxCount === undefined
          ? this.statements.forwardsToEnd.all(streamId, options.fromVersion ?? 1)
          : this.statements.forwards.all(streamId, options.fromVersion ?? 1, limit);
    return rows.map(toEnvelope);
  }

  /**
   * Forwards reads go through the stream cache: one primary-key lookup of the head tells whether the
   * cached events are complete; only events appended since (here or by another process) are read.
   * Undefined when the read must go to the database (backwards, odd bounds, a stream not cached and
   * not read whole, a stream too long to cache).
   */
  private readCached(streamId: string, options: ReadStreamOptions): EventEnvelope[] | undefined {
    if (this.cache.maxEvents === 0 || options.direction === 'backwards') return undefined;
    const from = options.fromVersion ?? 1;
    const count = options.maxCount;
    if (!Number.isSafeInteger(from) || from < 1 || (count !== undefined && (!Number.isSafeInteger(count) || count < 0))) return undefined;
    const head = this.statements.head.get(streamId);
    if (!head) {
      this.cache.delete(streamId);
      return [];
    }
    let events = this.cache.get(streamId);
    if (events && events.length > head.version) {
      this.cache.delete(streamId);
      events = undefined;
    }
    if (!events) {
      // Only a whole-stream read fills the cache, so a paged audit read of a huge stream stays a paged read.
      if (from !== 1 || count !== undefined || head.version > this.cache.maxEvents) return undefined;
      const read = this.statements.forwardsToEnd.all(streamId, 1).map(toEnvelope);
      return this.cache.put(streamId, read)?.slice() ?? read;
    }
    if (events.length < head.version) {
      const tail = this.statements.forwardsToEnd.all(streamId, events.length + 1).map(toEnvelope);
      if (!this.cache.extend(streamId, tail)) return undefined;
    }
    return count === undefined ? events.slice(from - 1) : events.slice(from - 1, from - 1 + count);
  }

  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    const after = options.after ?? 0;
    const maxCount = options.maxCount ?? 1000;
    return this.recent.after(after, maxCount) ?? this.statements.all.all(after, maxCount).map(toEnvelope);
  }

  subscribeToAll(options: SubscribeOptions, handler: BatchHandler): Subscription {
    if (this.closed) throw new Error('event store is closed');
    const subscription = pollingSubscription({
      after: options.after,
      batchSize: options.batchSize ?? 500,
      pollIntervalMs: this.pollIntervalMs,
      read: (after, maxCount) => this.readAll({ after, maxCount }),
      wake: this.appended,
      handler,
      onError: options.onError,
      onClose: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<number> {
    return this.statements.headPosition.get()?.position ?? 0;
  }

  async *listStreams(): AsyncIterable<{ streamId: string; version: number }> {
    for (const row of this.statements.streams.iterate()) yield { streamId: row.stream_id, version: row.version };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    if (this.flushScheduled || this.queue.length) this.flush();
    this.cache.clear();
    this.db.close();
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

function toEnvelope(row: EventRow): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition: row.global_position,
    recordedAt: row.recorded_at,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
