import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import {
  UpcasterRegistry,
  systemClock,
  uuidV7Ids,
  type Clock,
  type EventStore,
  type IdGenerator,
  type PipelineDependencies,
} from '@repaero/event-sourcing';
import { DeciderCommandHandler } from '../commands/decider-command.handler';
import { CLOCK, EVENT_STORE, ID_GENERATOR, PIPELINE_DEPENDENCIES, UPCASTERS } from '../tokens';

export interface EventSourcingModuleOptions {
  readonly store: EventStore;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly upcasters?: UpcasterRegistry;
  readonly maxConflictRetries?: number;
  /** Whoever opened the store closes it; false when a composition root owns its lifetime. */
  readonly closeStoreOnShutdown?: boolean;
}

class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** The write side's shared pieces: the store, time, ids, upcasters and the one command handler. */
@Global()
@Module({})
export class EventSourcingModule {
  static forRoot(options: EventSourcingModuleOptions): DynamicModule {
    return {
      module: EventSourcingModule,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: EVENT_STORE, useValue: options.store },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: options.ids ?? uuidV7Ids },
        { provide: UPCASTERS, useValue: options.upcasters ?? new UpcasterRegistry() },
        {
          provide: PIPELINE_DEPENDENCIES,
          inject: [EVENT_STORE, CLOCK, ID_GENERATOR, UPCASTERS],
          useFactory: (store: EventStore, clock: Clock, ids: IdGenerator, upcasters: UpcasterRegistry): PipelineDependencies => ({
            store,
            clock,
            ids,
            upcasters,
            maxRetries: options.maxConflictRetries ?? 3,
          }),
        },
        DeciderCommandHandler,
        ...(options.closeStoreOnShutdown === false ? [] : [EventStoreCloser]),
      ],
      exports: [EVENT_STORE, CLOCK, ID_GENERATOR, UPCASTERS, PIPELINE_DEPENDENCIES, CqrsModule],
    };
  }
}
