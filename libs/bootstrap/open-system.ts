import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { UpcasterRegistry, type EventStore } from '@repaero/event-sourcing';
import { enabledContexts, type BoundedContext } from '@repaero/contexts';
import { AggregateCatalogue, USER_STREAM_CATEGORY, createEventStore, userDecider, type AppConfig } from '@repaero/platform';
import { ProjectionEngine, type ProjectionLogger } from '@repaero/projections';
import { createReadDataSource } from '@repaero/read-store';

/** Everything the three apps share, built once from the configuration. */
export interface RepaeroSystem {
  readonly config: AppConfig;
  readonly contexts: readonly BoundedContext[];
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly engine: ProjectionEngine;
  readonly catalogue: AggregateCatalogue;
  readonly upcasters: UpcasterRegistry;
  close(): Promise<void>;
}

export async function openSystem(config: AppConfig, logger: Logger): Promise<RepaeroSystem> {
  const { enabled, notBuiltYet } = enabledContexts(config.contexts);
  if (notBuiltYet.length > 0) logger.info({ contexts: notBuiltYet }, 'contexts enabled by configuration but not built yet');
  const projections = enabled.flatMap((context) => context.projections);
  const upcasters = new UpcasterRegistry();
  const store = createEventStore(config.eventStore);
  let dataSource: DataSource;
  try {
    dataSource = await createReadDataSource(
      config.readStore,
      projections.flatMap((projection) => projection.readModels),
    );
  } catch (error) {
    await store.close();
    throw error;
  }
  const engine = new ProjectionEngine({ store, dataSource, projections, upcasters, logger: projectionLogger(logger) });
  const catalogue = new AggregateCatalogue([
    { category: USER_STREAM_CATEGORY, decider: userDecider },
    ...enabled.flatMap((context) => context.aggregates),
  ]);
  let closed = false;
  return {
    config,
    contexts: enabled,
    store,
    dataSource,
    engine,
    catalogue,
    upcasters,
    async close() {
      if (closed) return;
      closed = true;
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
