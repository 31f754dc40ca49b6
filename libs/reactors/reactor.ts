import type { CommandOutcome, CommandRequest, DomainEvent, EventEnvelope } from '@repaero/event-sourcing';

/** A command a reactor sends: the metadata (actor, correlation, causation, source) is the runner's to set. */
export type ReactorCommand<Command, Event extends DomainEvent, State> = Omit<CommandRequest<Command, Event, State>, 'metadata'> & {
  readonly reason?: string;
  /**
   * Names this send among the sends of one reaction; the stored event ids derive from it. Defaults to
   * the target stream and the order of sends to it, which is stable as long as `react` is deterministic.
   */
  readonly key?: string;
};

export type ReactionMode = 'live' | 'retry';

export interface ReactorContext {
  readonly reactor: string;
  readonly mode: ReactionMode;
  /** 1 on first delivery of this event in this process, then 2, 3… while it is retried in place. */
  readonly attempt: number;
  /** A UUID that is the same every time this event is reacted to (UUIDv5 of the event id and the purpose). */
  idFor(purpose: string): string;
  /**
   * Runs the command through the one pipeline with `source: 'reactor'`, causation = this event.
   * A send already applied by an earlier delivery of this event is recognised and not applied again.
   */
  send<Command, Event extends DomainEvent, State>(request: ReactorCommand<Command, Event, State>): Promise<CommandOutcome<Event>>;
}

/** A process manager (ARCHITECTURE rule 13): reads the global log with its own checkpoint and sends commands. */
export interface Reactor {
  /** Stable id: checkpoint, lease, parked events and the actor `reactor:<name>` are keyed by it. */
  readonly name: string;
  /** Event types it reacts to; the checkpoint moves over the others. */
  readonly handles: readonly string[];
  /**
   * Where a reactor seen for the first time starts: `origin` (default) reacts to the whole history,
   * `head` only to events recorded after its first start (a notifier added to a running system).
   */
  readonly startAt?: 'origin' | 'head';
  /** Must be deterministic in what it sends: a replay sends the same commands again, harmlessly. */
  react(event: EventEnvelope, ctx: ReactorContext): Promise<void>;
}

const NAME = /^[a-z][a-z0-9-]{0,60}$/;

export function defineReactor<R extends Reactor>(reactor: R): R {
  const problems: string[] = [];
  if (!NAME.test(reactor.name)) problems.push('name must be kebab-case, at most 61 characters');
  if (reactor.handles.length === 0) problems.push('it must name the event types it handles');
  if (problems.length > 0) throw new Error(`reactor ${reactor.name}: ${problems.join('; ')}`);
  return reactor;
}

/** Its row in the projection checkpoint, lease and parked-event tables, apart from any projection's. */
export function reactorKey(name: string): string {
  return `reactor.${name}`;
}
