import { Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import {
  ACTIVE_READ_MODELS,
  AuditController,
  AuditService,
  EVENT_STORE,
  EventSourcingModule,
  PlatformModule,
  POSITION_WAITER,
  READ_DATA_SOURCE,
  ReadYourWritesInterceptor,
  healthIndicator,
} from '@repaero/platform';
import type { Clock } from '@repaero/event-sourcing';
import { OutboxModule } from '@repaero/outbox';
import { ReactorsModule } from '@repaero/reactors';
import { OdooSyncModule } from '@repaero/integrations/odoo/sync/odoo-sync.module';
import { AdminJobsController } from './admin-jobs.controller';
import { AdminProjectionsController } from './admin-projections.controller';
import type { RepaeroSystem } from './open-system';
import { ProjectionMetrics } from './projection-metrics';
import { expiryWatchProviders } from './expiry-watch.providers';
import { shelfLifeProviders } from './shelf-life.providers';
import { SYSTEM } from './system.token';

export interface CoreModuleOptions {
  /** Run the projectors in this process (the API does unless REPAERO_PROJECTORS=off; the worker always). */
  readonly runProjectors: boolean;
  /** Serve the HTTP API (controllers of the contexts, audit and admin). */
  readonly http: boolean;
  readonly clock?: Clock;
}

class ProjectorLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(SYSTEM) private readonly system: RepaeroSystem,
    @Inject('RUN_PROJECTORS') private readonly run: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.run) await this.system.engine.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.system.close();
  }
}

/** Wires a RepaeroSystem into Nest: the write side, the platform, the enabled contexts, audit and admin. */
@Module({})
export class CoreModule {
  static forSystem(system: RepaeroSystem, options: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        EventSourcingModule.forRoot({ store: system.store, upcasters: system.upcasters, clock: options.clock, closeStoreOnShutdown: false }),
        PlatformModule.forRoot({
          config: system.config,
          healthChecks: {
            useFactory: () => [
              healthIndicator('store', () => system.store.headPosition()),
              healthIndicator('readStore', () => system.dataSource.query(system.config.readStore.type === 'oracle' ? 'SELECT 1 FROM DUAL' : 'SELECT 1')),
            ],
          },
        }),
        ReactorsModule.forEngine(system.reactors, { run: options.runProjectors }),
        OdooSyncModule.forSync(system.odoo, { run: options.runProjectors, http: options.http }),
        OutboxModule.forRoot({
          queries: system.outbox.queries,
          dispatcher: options.runProjectors ? system.outbox.dispatcher : undefined,
          http: options.http,
        }),
        ...(options.http ? system.contexts.map((context) => context.module) : []),
      ],
      controllers: options.http ? [AuditController, AdminProjectionsController, AdminJobsController] : [],
      providers: [
        { provide: SYSTEM, useValue: system },
        { provide: 'RUN_PROJECTORS', useValue: options.runProjectors },
        { provide: READ_DATA_SOURCE, useValue: system.dataSource },
        { provide: ACTIVE_READ_MODELS, useValue: system.engine.readModels },
        { provide: POSITION_WAITER, useValue: system.engine },
        { provide: AuditService, useValue: new AuditService(system.store, system.catalogue, system.upcasters) },
        { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
        ProjectorLifecycle,
        ProjectionMetrics,
        ...shelfLifeProviders(system, options),
        ...expiryWatchProviders(system, options),
      ],
      exports: [SYSTEM, READ_DATA_SOURCE, ACTIVE_READ_MODELS, POSITION_WAITER, AuditService],
      global: true,
    };
  }
}
