import {
  NotFound,
  isStreamId,
  verifyChain,
  type BrokenLink,
  type EventEnvelope,
  type EventStore,
  type UpcasterRegistry,
} from '@repaero/event-sourcing';
import type { AggregateCatalogue } from './aggregate-catalogue';
import { redactCredentials } from './redact';

export interface StateAsOf {
  readonly streamId: string;
  readonly version: number;
  readonly asOf?: string;
  readonly lastEventAt?: string;
  readonly state: unknown;
}

export interface EventSearch {
  readonly actor?: string;
  readonly type?: string;
  readonly streamId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly after?: number;
  readonly limit: number;
}

export interface VerifyProgress {
  readonly streams: number;
  readonly events: number;
}

const SCAN_BATCH = 2000;

/** Quality reviews: the events of a stream, its state as of a time or version, search, and chain verification. */
export class AuditService {
  constructor(
    private readonly store: EventStore,
    private readonly catalogue: AggregateCatalogue,
    private readonly upcasters: UpcasterRegistry,
  ) {}

  async streamEvents(streamId: string, fromVersion = 1, limit = 1000): Promise<EventEnvelope[]> {
    const events = await this.store.readStream(streamId, { fromVersion, maxCount: limit });
    if (events.length === 0 && fromVersion === 1) throw new NotFound('stream', streamId);
    return redactCredentials(events);
  }

  /** Folds the stream up to a version or up to the last event recorded at or before `asOf`. */
  async stateAsOf(streamId: string, at: { asOf?: Date; version?: number }): Promise<StateAsOf> {
    const decider = this.catalogue.deciderFor(streamId);
    if (!decider) throw new NotFound('aggregate type of stream', streamId);
    const events = await this.store.readStream(streamId, at.version === undefined ? {} : { maxCount: at.version });
    if (events.length === 0) throw new NotFound('stream', streamId);
    const limitMs = at.asOf?.getTime();
    let state = decider.initialState();
    let last: EventEnvelope | undefined;
    for (const event of events) {
      if (limitMs !== undefined && Date.parse(event.recordedAt) > limitMs) break;
      state = decider.evolve(state, this.upcasters.toDomainEvent(event));
      last = event;
    }
    return {
      streamId,
      version: last?.streamVersion ?? 0,
      ...(at.asOf ? { asOf: at.asOf.toISOString() } : {}),
      ...(last ? { lastEventAt: last.recordedAt } : {}),
      state: redactCredentials(state),
    };
  }

  /** Scans the log after `after`, filtering, until `limit` matches or the end; `next` resumes the scan. */
  async search(query: EventSearch): Promise<{ events: EventEnvelope[]; next?: number }> {
    const matches: EventEnvelope[] = [];
    const fromMs = query.from ? Date.parse(query.from) : undefined;
    const toMs = query.to ? Date.parse(query.to) : undefined;
    let after = query.after ?? 0;
    for (;;) {
      const batch = await this.store.readAll({ after, maxCount: SCAN_BATCH });
      for (const event of batch) {
        after = event.globalPosition;
        if (!matchesSearch(event, query, fromMs, toMs)) continue;
        matches.push(event);
        if (matches.length === query.limit) return { events: redactCredentials(matches), next: after };
      }
      if (batch.length < SCAN_BATCH) return { events: redactCredentials(matches) };
    }
  }

  /** Walks every stream and returns the first broken link, or undefined when all chains hold. */
  async verify(onProgress?: (progress: VerifyProgress) => void): Promise<{ broken?: BrokenLink } & VerifyProgress> {
    let streams = 0;
    let events = 0;
    for await (const { streamId } of this.store.listStreams()) {
      const stored = await this.store.readStream(streamId);
      const broken = verifyChain(stored);
      streams += 1;
      events += stored.length;
      if (broken) return { broken, streams, events };
      onProgress?.({ streams, events });
    }
    return { streams, events };
  }

  static isValidStreamId(streamId: string): boolean {
    return isStreamId(streamId);
  }
}

function matchesSearch(event: EventEnvelope, query: EventSearch, fromMs?: number, toMs?: number): boolean {
  if (query.type && event.type !== query.type) return false;
  if (query.streamId && event.streamId !== query.streamId) return false;
  if (query.actor && event.metadata.actor.id !== query.actor && event.metadata.actor.name !== query.actor) return false;
  const at = Date.parse(event.recordedAt);
  if (fromMs !== undefined && at < fromMs) return false;
  if (toMs !== undefined && at > toMs) return false;
  return true;
}
