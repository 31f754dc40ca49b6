import {
  StreamVersionConflict,
  handleCommand,
  type CommandOutcome,
  type DomainEvent,
  type EventEnvelope,
  type EventMetadata,
  type EventStore,
  type PipelineDependencies,
} from '@repaero/event-sourcing';
import { deterministicId, derivedEventIds } from './derived-ids';
import type { ReactionMode, ReactorCommand, ReactorContext } from './reactor';

export function reactorMetadata(reactor: string, event: EventEnvelope, reason?: string): EventMetadata {
  return {
    actor: { id: `reactor:${reactor}`, name: reactor, roles: [] },
    correlationId: event.metadata.correlationId,
    causationId: event.id,
    source: 'reactor',
    ...(reason ? { reason } : {}),
  };
}

/**
 * The context of one reaction to one event. Each send appends events whose ids derive from the
 * reactor, the event and the send's key: a redelivered event finds its earlier send in the target
 * stream and skips it, whatever the target decider would decide the second time.
 */
export function reactionContext(
  pipeline: PipelineDependencies,
  reactor: string,
  event: EventEnvelope,
  options: { readonly mode: ReactionMode; readonly attempt: number },
): ReactorContext {
  const sendsPerStream = new Map<string, number>();
  return {
    reactor,
    mode: options.mode,
    attempt: options.attempt,
    idFor: (purpose) => deterministicId(event.id, purpose),
    send: <C, E extends DomainEvent, S>(request: ReactorCommand<C, E, S>) => {
      const nth = sendsPerStream.get(request.streamId) ?? 0;
      sendsPerStream.set(request.streamId, nth + 1);
      const key = request.key ?? `${request.streamId}#${nth}`;
      return sendOnce(pipeline, request, reactorMetadata(reactor, event, request.reason), event, `${reactor}|${event.id}|${key}`);
    },
  };
}

async function sendOnce<C, E extends DomainEvent, S>(
  pipeline: PipelineDependencies,
  { key: _key, reason: _reason, ...request }: ReactorCommand<C, E, S>,
  metadata: EventMetadata,
  cause: EventEnvelope,
  seed: string,
): Promise<CommandOutcome<E>> {
  const maxRetries = pipeline.maxRetries ?? 3;
  for (let attempt = 0; ; attempt++) {
    // A fresh sequence per attempt: whichever attempt lands, its first id is the one looked for.
    const ids = derivedEventIds(cause.recordedAt, seed);
    const earlier = await findSince(pipeline.store, request.streamId, ids.first, cause.globalPosition);
    if (earlier) return { streamId: request.streamId, version: earlier.streamVersion, position: earlier.globalPosition, events: [] };
    try {
      return await handleCommand({ ...pipeline, ids, maxRetries: 0 }, { ...request, metadata });
    } catch (error) {
      const retryable = error instanceof StreamVersionConflict && request.expectedVersion === undefined;
      if (!retryable || attempt >= maxRetries) throw error;
    }
  }
}

const PAGE = 100;

/** A send caused by an event lies after it in the log: reading the stream backwards down to it is enough. */
async function findSince(store: EventStore, streamId: string, id: string, causePosition: number): Promise<EventEnvelope | undefined> {
  for (let fromVersion: number | undefined; ; ) {
    const page = await store.readStream(streamId, { direction: 'backwards', maxCount: PAGE, ...(fromVersion ? { fromVersion } : {}) });
    for (const stored of page) {
      if (stored.globalPosition <= causePosition) return undefined;
      if (stored.id === id) return stored;
    }
    const oldest = page[page.length - 1];
    if (page.length < PAGE || !oldest || oldest.streamVersion <= 1) return undefined;
    fromVersion = oldest.streamVersion - 1;
  }
}
