import type { Type } from '@nestjs/common';
import type { OutboxQueries } from '@repaero/outbox';
import type { AggregateDescriptor, ContextName } from '@repaero/platform';
import type { ActiveReadModels, Projection } from '@repaero/projections';
import type { Reactor } from '@repaero/reactors';

/** What a context's reactors may look up: read models (once the projections have caught up) and the outbox. */
export interface ReactorDependencies {
  readonly readModels: ActiveReadModels;
  /** Resolves once every named projection has passed `position`; throws a transient error after `timeoutMs`. */
  waitForPosition(names: readonly string[], position: number, timeoutMs: number): Promise<void>;
  readonly outboxQueries: OutboxQueries;
}

/** What a business context brings to the apps; REPAERO_CONTEXTS switches whole contexts on or off. */
export interface BoundedContext {
  readonly name: ContextName;
  readonly module: Type;
  readonly aggregates: readonly AggregateDescriptor[];
  readonly projections: readonly Projection[];
  /** Process managers: they react to recorded events by sending commands (alerts, notifications). */
  readonly reactors?: readonly Reactor[];
  /** Reactors that need ports over the read side, built once the projection engine exists. */
  reactorsFor?(deps: ReactorDependencies): readonly Reactor[];
}
