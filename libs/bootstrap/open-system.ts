import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { UpcasterRegistry, systemClock, uuidV7Ids, type EventStore, type PipelineDependencies } from '@repaero/event-sourcing';
import { enabledContexts, type BoundedContext, type ReactorDependencies } from '@repaero/contexts';
import { OUTBOX_CATEGORY, OutboxDispatcher, OutboxQueries, outboxMessageDecider, outboxMessagesProjection } from '@repaero/outbox';
import { AggregateCatalogue, USER_STREAM_CATEGORY, createEventStore, userDecider, type AppConfig } from '@repaero/platform';
import { ProjectionEngine, type ProjectionLogger } from '@repaero/projections';
import { ReactorEngine } from '@repaero/reactors';
import { createReadDataSource } from '@repaero/read-store';
import { odooMappingReadModel } from '@repaero/integrations/odoo/sync/odoo-mapping.read-model';
import { OdooSync } from '@repaero/integrations/odoo/sync/odoo-sync';
import { notificationChannels } from './notification-channels';

/** Everything the three apps share, built once from the configuration. */
export interface RepaeroSystem {
  readonly config: AppConfig;
  readonly contexts: readonly BoundedContext[];
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly engine: ProjectionEngine;
  readonly reactors: ReactorEngine;
  readonly outbox: { readonly queries: OutboxQueries; readonly dispatcher: OutboxDispatcher };
  readonly catalogue: AggregateCatalogue;
  readonly upcasters: UpcasterRegistry;
  /** Absent when ODOO_URL is unset: the sync is off. */
  readonly odoo?: OdooSync;
  close(): Promise<void>;
}

export async function openSystem(config: AppConfig, logger: Logger): Promise<RepaeroSystem> {
  const { enabled, notBuiltYet } = enabledContexts(config.contexts);
  if (notBuiltYet.length > 0) logger.info({ contexts: notBuiltYet }, 'contexts enabled by configuration but not built yet');
  const projections = [outboxMessagesProjection, ...enabled.flatMap((context) => context.projections)];
  const upcasters = new UpcasterRegistry();
  const store = createEventStore(config.eventStore);
  let dataSource: DataSource;
  try {
    dataSource = await createReadDataSource(
      config.readStore,
      [...projections.flatMap((projection) => projection.readModels), ...(config.odoo ? [odooMappingReadModel] : [])],
    );
  } catch (error) {
    await store.close();
    throw error;
  }
  const log = projectionLogger(logger);
  const engine = new ProjectionEngine({ store, dataSource, projections, upcasters, logger: log });
  const pipeline: PipelineDependencies = { store, clock: systemClock, ids: uuidV7Ids, upcasters };
  const queries = new OutboxQueries(engine.readModels);
  const reactorDependencies: ReactorDependencies = {
    readModels: engine.readModels,
    waitForPosition: (names, position, timeoutMs) => engine.waitForPosition(names, position, timeoutMs),
    outboxQueries: queries,
  };
  const contextReactors = enabled.flatMap((context) => [...(context.reactors ?? []), ...(context.reactorsFor?.(reactorDependencies) ?? [])]);
  const reactors = new ReactorEngine({ pipeline, dataSource, reactors: contextReactors, logger: log });
  const odoo = config.odoo ? new OdooSync({ config: config.odoo, pipeline, dataSource, readModels: engine.readModels, haltRecipients: config.odoo.alertEmails, logger: log }) : undefined;
  const dispatcher = new OutboxDispatcher({ pipeline, queries, channels: notificationChannels(config.notifications), logger: log });
  const catalogue = new AggregateCatalogue([
    { category: USER_STREAM_CATEGORY, decider: userDecider },
    { category: OUTBOX_CATEGORY, decider: outboxMessageDecider },
    ...enabled.flatMap((context) => context.aggregates),
  ]);
  let closed = false;
  return {
    config,
    contexts: enabled,
    store,
    dataSource,
    engine,
    reactors,
    outbox: { queries, dispatcher },
    catalogue,
    upcasters,
    odoo,
    async close() {
      if (closed) return;
      closed = true;
      await dispatcher.stop();
      await odoo?.stop();
      await reactors.stop();
      await engine.stop();
      await store.close();
      await dataSource.destroy();
    },
  };
}

function projectionLogger(logger: Logger): ProjectionLogger {
  return {
    info: (message, details) => logger.info(details ?? {}, message),
    warn: (message, details) => logger.warn(details ?? {}, message),
    error: (message, details) => logger.error(details ?? {}, message),
  };
}
