import type {
  AllStreamResolvedEvent,
  AppendResult,
  AppendToStreamOptions,
  EventData,
  ReadAllOptions,
  ReadStreamOptions,
  ResolvedEvent,
  SubscribeToAllOptions,
} from '@kurrent/kurrentdb-client';

export interface KurrentDbLiveSubscription extends AsyncIterable<AllStreamResolvedEvent> {
  /** Events received and not yet iterated; 0 means the next one has still to come from the server. */
  readonly readableLength: number;
  unsubscribe(): Promise<void>;
}

/** The part of KurrentDBClient the adapter uses; a real client satisfies it, and so does a test double. */
export interface KurrentDbClientPort {
  appendToStream(streamName: string, events: EventData[], options: AppendToStreamOptions): Promise<AppendResult>;
  readStream(streamName: string, options: ReadStreamOptions): AsyncIterableIterator<ResolvedEvent>;
  readAll(options: ReadAllOptions): AsyncIterableIterator<AllStreamResolvedEvent>;
  subscribeToAll(options: SubscribeToAllOptions): KurrentDbLiveSubscription;
  dispose(): Promise<void>;
}
