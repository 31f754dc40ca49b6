import type { EventEnvelope, ProposedEvent } from './envelope';

/**
 * `number` is the version of the stream's last event (versions start at 1);
 * 'no_stream' means the stream must not exist yet; 'any' skips the check.
 */
export type ExpectedVersion = number | 'any' | 'no_stream' | 'stream_exists';

export interface AppendResult {
  readonly streamId: string;
  /** Version of the last event written (the stream's new head). */
  readonly version: number;
  /** Global position of the last event written. */
  readonly position: number;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive; forwards defaults to 1, backwards to the head. */
  readonly fromVersion?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. 0 reads from the beginning. */
  readonly after?: number;
  readonly maxCount?: number;
}

export interface Subscription {
  close(): Promise<void>;
}

export interface SubscribeOptions {
  /** Exclusive checkpoint: delivery starts strictly after it. */
  readonly after: number;
  readonly batchSize?: number;
  /** Told about each failed delivery; the same batch is retried after a growing delay. */
  readonly onError?: (error: unknown, attempt: number) => void;
}

/** Called with events in global order; the next batch waits for the returned promise. */
export type BatchHandler = (events: readonly EventEnvelope[]) => Promise<void>;

/** The one store port (ARCHITECTURE rule 6); every adapter passes libs/event-store-testing. */
export interface EventStore {
  /**
   * Appends atomically, assigns versions, positions and the hash chain.
   * Re-appending events whose ids are already stored at the same place returns the original result.
   */
  append(streamId: string, events: readonly ProposedEvent[], expected: ExpectedVersion): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<EventEnvelope[]>;
  readAll(options?: ReadAllOptions): Promise<EventEnvelope[]>;
  /** Catch up from the checkpoint, then stay live until closed. */
  subscribeToAll(options: SubscribeOptions, handler: BatchHandler): Subscription;
  /** Position of the last event in the log (0 when empty). */
  headPosition(): Promise<number>;
  /** Every stream id with its head version, for audit verification. */
  listStreams(): AsyncIterable<{ streamId: string; version: number }>;
  close(): Promise<void>;
}
