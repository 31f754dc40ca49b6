import type { LoadedStream } from './loaded-stream';

interface Entry {
  readonly decider: object;
  readonly loaded: LoadedStream<unknown>;
}

/**
 * The folded state of recently handled streams, so a command reads and folds only the events appended
 * since (usually none) instead of the whole stream. The store stays the truth: the pipeline always reads
 * the stream after the cached version, and an append still carries the expected version. Least recently
 * used streams are forgotten first. States are deep-frozen: deciders are pure (ARCHITECTURE rule 1),
 * and one that changed a state in place would now fail loudly instead of corrupting the next command.
 */
export class AggregateStateCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxStreams = 10_000) {}

  get size(): number {
    return this.entries.size;
  }

  get<State>(streamId: string, decider: object): LoadedStream<State> | undefined {
    const entry = this.entries.get(streamId);
    if (!entry || entry.decider !== decider) return undefined;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry.loaded as LoadedStream<State>;
  }

  set<State>(streamId: string, decider: object, loaded: LoadedStream<State>): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, { decider, loaded: { ...loaded, state: deepFreeze(loaded.state) } });
    if (this.entries.size > this.maxStreams) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(streamId: string): void {
    this.entries.delete(streamId);
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
