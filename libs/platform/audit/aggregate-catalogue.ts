import type { Decider } from '@repaero/event-sourcing';
import { categoryOf } from '@repaero/event-sourcing';

/** How the audit folds a stream it did not write: the decider of each stream category. */
export interface AggregateDescriptor {
  readonly category: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a catalogue holds deciders of every state and event type
  readonly decider: Pick<Decider<any, any, any>, 'evolve' | 'initialState'>;
}

export class AggregateCatalogue {
  private readonly byCategory = new Map<string, AggregateDescriptor>();

  constructor(descriptors: readonly AggregateDescriptor[]) {
    for (const descriptor of descriptors) {
      if (this.byCategory.has(descriptor.category)) throw new Error(`stream category ${descriptor.category} is declared twice`);
      this.byCategory.set(descriptor.category, descriptor);
    }
  }

  deciderFor(streamId: string): AggregateDescriptor['decider'] | undefined {
    return this.byCategory.get(categoryOf(streamId))?.decider;
  }
}
