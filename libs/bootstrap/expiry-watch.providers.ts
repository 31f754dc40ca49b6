import { Logger, type Provider } from '@nestjs/common';
import { systemClock, uuidV7Ids, type Clock } from '@repaero/event-sourcing';
import { ExpiryWatchScheduler } from '@repaero/contexts/resources/scheduler/expiry-watch.scheduler';
import type { RepaeroSystem } from './open-system';
import { readModelsCaughtUp } from './shelf-life.providers';

/** The resources expiry watch, where the projectors run (the worker, or the API with REPAERO_PROJECTORS=on). */
export function expiryWatchProviders(system: RepaeroSystem, options: { readonly runProjectors: boolean; readonly clock?: Clock }): Provider[] {
  if (!options.runProjectors || !system.contexts.some((context) => context.name === 'resources')) return [];
  const clock = options.clock ?? systemClock;
  const logger = new Logger('ExpiryWatchScheduler');
  const scheduler = new ExpiryWatchScheduler({
    pipeline: { store: system.store, clock, ids: uuidV7Ids, upcasters: system.upcasters },
    readModels: system.engine.readModels,
    clock,
    warningDays: system.config.expiryWarningDays,
    hour: system.config.shelfLifeHour,
    recipients: system.config.qualityAlertEmails,
    catchUp: (projections) => readModelsCaughtUp(system, projections, logger),
    logger: {
      info: (message, details) => logger.log(`${message} ${JSON.stringify(details ?? {})}`),
      error: (message, details) => logger.error(`${message} ${JSON.stringify(details ?? {})}`),
    },
    lease: { dataSource: system.dataSource },
  });
  return [{ provide: ExpiryWatchScheduler, useValue: scheduler }];
}
