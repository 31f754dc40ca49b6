import type { EventEnvelope } from '@repaero/event-sourcing';

export interface StreamCacheOptions {
  /** Events held at most, all streams together (about 1 KB each). */
  readonly maxEvents: number;
  /** A stream read within this long is not evicted to admit another: a full cache refuses newcomers instead. */
  readonly protectMs?: number;
  readonly now?: () => number;
}

interface Cached {
  readonly events: EventEnvelope[];
  usedAt: number;
}

/**
 * The decoded events of recently read streams, versions 1..n with no gap, bounded by the number of
 * events held. Stored events never change, so a cached prefix stays true; the store checks the stream's
 * head on every read and fetches only what was appended since (by this process or another).
 *
 * Eviction takes the least recently used stream, but only one idle for `protectMs`: when the streams in
 * use outgrow the cache, plain LRU would evict each just before its next read (no hit at all, and the
 * cost of filling it each time); here the cache keeps the ones it holds and the others are read from the
 * database. Cached envelopes are deep-frozen: every reader gets the same objects, so nobody may change them.
 */
export class StreamCache {
  readonly maxEvents: number;
  private readonly protectMs: number;
  private readonly now: () => number;
  private readonly streams = new Map<string, Cached>();
  private held = 0;

  constructor(options: StreamCacheOptions) {
    this.maxEvents = options.maxEvents;
    this.protectMs = options.protectMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Events held, all streams together. */
  get size(): number {
    return this.held;
  }

  has(streamId: string): boolean {
    return this.streams.has(streamId);
  }

  /** The cached events of a stream (most recently used from now on), or undefined. */
  get(streamId: string): EventEnvelope[] | undefined {
    const cached = this.streams.get(streamId);
    if (!cached) return undefined;
    cached.usedAt = this.now();
    this.streams.delete(streamId);
    this.streams.set(streamId, cached);
    return cached.events;
  }

  /** Caches a whole stream (versions 1..n) when it fits; the events are frozen then. */
  put(streamId: string, events: readonly EventEnvelope[]): EventEnvelope[] | undefined {
    this.delete(streamId);
    const complete = events.length > 0 && events[0].streamVersion === 1 && events[events.length - 1].streamVersion === events.length;
    if (!complete || !this.makeRoom(events.length)) return undefined;
    const cached = { events: events.map(deepFreeze), usedAt: this.now() };
    this.streams.set(streamId, cached);
    this.held += events.length;
    return cached.events;
  }

  /**
   * Adds events that follow the cached ones. Anything else (a gap, an overlap, no room left) drops the
   * stream, which is then read from the database. False when the stream is not (or no longer) cached.
   */
  extend(streamId: string, events: readonly EventEnvelope[]): boolean {
    const cached = this.streams.get(streamId);
    if (!cached) return false;
    if (events.length === 0) return true;
    this.streams.delete(streamId);
    this.held -= cached.events.length;
    const follows = events[0].streamVersion === cached.events.length + 1;
    if (!follows || !this.makeRoom(cached.events.length + events.length)) return false;
    for (const event of events) cached.events.push(deepFreeze(event));
    cached.usedAt = this.now();
    this.streams.set(streamId, cached);
    this.held += cached.events.length;
    return true;
  }

  delete(streamId: string): void {
    const cached = this.streams.get(streamId);
    if (!cached) return;
    this.held -= cached.events.length;
    this.streams.delete(streamId);
  }

  clear(): void {
    this.streams.clear();
    this.held = 0;
  }

  /** Evicts idle streams, least recently used first, until `count` more events fit; false if they cannot. */
  private makeRoom(count: number): boolean {
    if (count > this.maxEvents) return false;
    const idleBefore = this.now() - this.protectMs;
    for (const [streamId, cached] of this.streams) {
      if (this.held + count <= this.maxEvents) break;
      // Map order is least recently used first: once one is recent, all the following are.
      if (cached.usedAt > idleBefore) break;
      this.delete(streamId);
    }
    return this.held + count <= this.maxEvents;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
