import { Logger, type Provider } from '@nestjs/common';
import { systemClock, uuidV7Ids, type Clock } from '@repaero/event-sourcing';
import { ShelfLifeScheduler } from '@repaero/contexts/stock/scheduler/shelf-life.scheduler';
import type { RepaeroSystem } from './open-system';

/** How long a run waits for the items read model to catch up before reading it as it is. */
const CATCH_UP_MS = 60_000;

/**
 * A daily job's wait for its read models. At start the runners are starting beside the job (the read tables may
 * not exist yet): wait until this process's runners are live, or give up after a while (another worker may hold
 * the lease), then catch up with the store's head; past the deadline the job reads them as they are.
 */
export async function readModelsCaughtUp(system: RepaeroSystem, projections: readonly string[], logger: Logger): Promise<void> {
  const deadline = Date.now() + CATCH_UP_MS;
  while (!projections.every((projection) => system.engine.isLive(projection)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  const head = await system.store.headPosition();
  await system.engine.waitForPosition(projections, head, Math.max(1000, deadline - Date.now())).catch((error: unknown) => {
    logger.warn(`${projections.join(', ')} not caught up, reading as is: ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** The stock shelf-life job, where the projectors run (the worker, or the API with REPAERO_PROJECTORS=on). */
export function shelfLifeProviders(system: RepaeroSystem, options: { readonly runProjectors: boolean; readonly clock?: Clock }): Provider[] {
  if (!options.runProjectors || !system.contexts.some((context) => context.name === 'stock')) return [];
  const clock = options.clock ?? systemClock;
  const logger = new Logger('ShelfLifeScheduler');
  const scheduler = new ShelfLifeScheduler({
    pipeline: { store: system.store, clock, ids: uuidV7Ids, upcasters: system.upcasters },
    readModels: system.engine.readModels,
    clock,
    warningDays: system.config.expiryWarningDays,
    hour: system.config.shelfLifeHour,
    catchUp: (projection) => readModelsCaughtUp(system, [projection], logger),
    logger: {
      info: (message, details) => logger.log(`${message} ${JSON.stringify(details ?? {})}`),
      error: (message, details) => logger.error(`${message} ${JSON.stringify(details ?? {})}`),
    },
    lease: { dataSource: system.dataSource },
  });
  return [{ provide: ShelfLifeScheduler, useValue: scheduler }];
}
