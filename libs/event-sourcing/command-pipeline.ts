import type { AggregateStateCache } from './aggregate-state-cache';
import type { LoadedStream } from './loaded-stream';
import type { Clock, IdGenerator } from './clock';
import type { Decider } from './decider';
import type { DomainEvent, EventEnvelope, EventMetadata } from './envelope';
import { StreamVersionConflict } from './errors';
import type { AppendResult, EventStore } from './event-store.port';
import type { UpcasterRegistry } from './upcasting';

export type { LoadedStream } from './loaded-stream';

export interface PipelineDependencies {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly upcasters: UpcasterRegistry;
  /** Reloads after a version conflict this many times before giving up with 409. */
  readonly maxRetries?: number;
  /** Folded states of recent streams: a command then reads only the events after the cached version. */
  readonly states?: AggregateStateCache;
}

export type CommandMetadata = Omit<EventMetadata, 'causationId'> & { readonly causationId?: string };

export interface CommandRequest<Command, Event extends DomainEvent, State> {
  readonly decider: Decider<Command, Event, State>;
  readonly streamId: string;
  readonly command: Command;
  readonly metadata: CommandMetadata;
  /** The version the client saw (If-Match): a mismatch is a conflict, never retried. */
  readonly expectedVersion?: number;
}

export interface CommandOutcome<Event> extends AppendResult {
  readonly events: readonly Event[];
}


export async function loadStream<Event extends DomainEvent, State>(
  deps: Pick<PipelineDependencies, 'store' | 'upcasters'>,
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  streamId: string,
  until: (event: EventEnvelope) => boolean = () => true,
  from?: LoadedStream<State>,
): Promise<LoadedStream<State>> {
  let { state, version, position } = from ?? { state: decider.initialState(), version: 0, position: 0 };
  for (const event of await deps.store.readStream(streamId, version > 0 ? { fromVersion: version + 1 } : {})) {
    if (!until(event)) break;
    state = decider.evolve(state, deps.upcasters.toDomainEvent<Event>(event));
    version = event.streamVersion;
    position = event.globalPosition;
  }
  return { state, version, position };
}

/** The one command pipeline (ARCHITECTURE rule 2): load → fold → decide → append(expectedVersion) → bounded retry. */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  deps: PipelineDependencies,
  request: CommandRequest<Command, Event, State>,
): Promise<CommandOutcome<Event>> {
  const maxRetries = deps.maxRetries ?? 3;
  for (let attempt = 0; ; attempt++) {
    const cached = deps.states?.get<State>(request.streamId, request.decider);
    const loaded = await loadStream(deps, request.decider, request.streamId, undefined, cached);
    if (request.expectedVersion !== undefined && request.expectedVersion !== loaded.version) {
      throw new StreamVersionConflict(request.streamId, request.expectedVersion, loaded.version);
    }
    const events = request.decider.decide(request.command, loaded.state);
    if (events.length === 0) {
      deps.states?.set(request.streamId, request.decider, loaded);
      return { streamId: request.streamId, version: loaded.version, position: loaded.position, events };
    }
    const recordedAt = deps.clock.now().toISOString();
    const metadata: EventMetadata = { ...request.metadata, causationId: request.metadata.causationId ?? request.metadata.correlationId };
    const proposed = events.map((event) => ({
      id: deps.ids.next(),
      type: event.type,
      schemaVersion: deps.upcasters.currentVersion(event.type),
      recordedAt,
      data: event.data,
      metadata,
    }));
    try {
      const result = await deps.store.append(
        request.streamId,
        proposed,
        loaded.version === 0 ? 'no_stream' : loaded.version,
      );
      deps.states?.set(request.streamId, request.decider, {
        // As a reload would fold them: what the store keeps is the JSON of each event's data.
        state: events.reduce((state, event) => request.decider.evolve(state, { ...event, data: JSON.parse(JSON.stringify(event.data)) }), loaded.state),
        version: result.version,
        position: result.position,
      });
      return { ...result, events };
    } catch (error) {
      const retryable = error instanceof StreamVersionConflict && request.expectedVersion === undefined;
      if (!retryable || attempt >= maxRetries) throw error;
    }
  }
}
