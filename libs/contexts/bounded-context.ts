import type { Type } from '@nestjs/common';
import type { AggregateDescriptor, ContextName } from '@repaero/platform';
import type { Projection } from '@repaero/projections';
import type { Reactor } from '@repaero/reactors';

/** What a business context brings to the apps; REPAERO_CONTEXTS switches whole contexts on or off. */
export interface BoundedContext {
  readonly name: ContextName;
  readonly module: Type;
  readonly aggregates: readonly AggregateDescriptor[];
  readonly projections: readonly Projection[];
  /** Process managers: they react to recorded events by sending commands (alerts, notifications). */
  readonly reactors?: readonly Reactor[];
}
