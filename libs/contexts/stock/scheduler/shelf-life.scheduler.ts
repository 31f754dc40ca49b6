import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { handleCommand, type Clock, type CommandMetadata, type PipelineDependencies } from '@repaero/event-sourcing';
import type { ActiveReadModels } from '@repaero/projections';
import { DailyJob, derivedEventIds, deterministicId, type DailyJobLease, type DailyJobStatus } from '@repaero/reactors';
import { stockItemStreamId } from '../domain/item/item-stream';
import { itemDecider } from '../domain/item/item.decider';
import { businessDateOf } from '../domain/item/shelf-life';
import { itemReadModel } from '../queries/items/item.read-model';
import { itemsProjection } from '../queries/items/items.projection';
import { stockFinders } from '../queries/stock-finders';

/** Its lease and its last day done in the read store. */
export const SHELF_LIFE_JOB = 'stock.shelf-life';

export interface ShelfLifeSchedulerOptions {
  /** The command pipeline (store, upcasters…); its clock and ids are replaced by the scheduler's. */
  readonly pipeline: PipelineDependencies;
  readonly readModels: ActiveReadModels;
  readonly clock: Clock;
  /** REPAERO_EXPIRY_WARNING_DAYS */
  readonly warningDays: number;
  /** REPAERO_SHELF_LIFE_HOUR: the Europe/Paris hour of the daily run. */
  readonly hour: number;
  /** Resolves once the items read model has caught up with the store (the engine's waitForPosition); none: read as is. */
  readonly catchUp?: (projection: string) => Promise<void>;
  readonly logger?: { info(message: string, details?: object): void; error(message: string, details?: object): void };
  /** Where the projectors' read store is shared: one process runs each day, and a done day is not run again. */
  readonly lease?: DailyJobLease;
}

export interface ShelfLifeRun {
  readonly day: string;
  readonly quarantined: number;
  readonly warned: number;
  readonly unchanged: number;
  readonly failed: number;
}

const PAGE = 500;

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * The daily shelf-life job (DOMAIN rule 4): serviceable items in store whose expiry is before today (Paris)
 * get `QuarantineExpiredItem`, those expiring within `warningDays` get `WarnOfShelfLifeExpiry`.
 *
 * Runs every day at `hour` (Paris), where the projectors run, in the one process holding its lease. Both commands are
 * idempotent in `itemDecider` (a quarantined item is not quarantined again, a warning is given once per
 * expiry date, stale candidates do nothing), and the events of one item, command and day get derived ids,
 * so a second run the same day — or a second process running the job — appends nothing new.
 */
export class ShelfLifeScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly job: DailyJob;

  constructor(private readonly options: ShelfLifeSchedulerOptions) {
    this.job = new DailyJob({
      name: SHELF_LIFE_JOB,
      clock: options.clock,
      hour: options.hour,
      run: () => this.run(),
      onError: (error) => options.logger?.error('shelf-life run failed', { error: error instanceof Error ? error.message : String(error) }),
      lease: options.lease,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Runs the due day (in the background) and schedules the daily runs; the timer never keeps the process alive. */
  start(): Promise<void> {
    return this.job.start();
  }

  async stop(): Promise<void> {
    await this.job.stop();
  }

  status(): Promise<DailyJobStatus> {
    return this.job.status();
  }

  /** One pass over the candidates, as of the clock's Paris day. */
  async run(): Promise<ShelfLifeRun> {
    const { clock, warningDays, readModels, catchUp, logger } = this.options;
    if (catchUp) await catchUp(itemsProjection.name);
    const at = clock.now().toISOString();
    const day = businessDateOf(at);
    const candidates = await this.candidates(addDays(day, warningDays + 1));
    const outcome = { day, quarantined: 0, warned: 0, unchanged: 0, failed: 0 };
    for (const { itemId, expiresOn } of candidates) {
      if (!expiresOn) continue;
      const expired = expiresOn < day;
      try {
        const appended = expired
          ? await this.send(itemId, day, { type: 'QuarantineExpiredItem', itemId, at })
          : await this.send(itemId, day, { type: 'WarnOfShelfLifeExpiry', itemId, warningDays, at });
        if (appended === 0) outcome.unchanged++;
        else if (expired) outcome.quarantined++;
        else outcome.warned++;
      } catch (error) {
        // One item refused (a rule, a conflict) does not stop the others; tomorrow's run tries it again.
        outcome.failed++;
        logger?.error('shelf-life command failed', { itemId, error: error instanceof Error ? error.message : String(error) });
      }
    }
    logger?.info('shelf-life run', outcome);
    return outcome;
  }

  /** Serviceable items still in store expiring before `before`, soonest first (the whole list, read before any send). */
  private async candidates(before: string): Promise<{ itemId: string; expiresOn: string | null }[]> {
    const rows: { itemId: string; expiresOn: string | null }[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.options.readModels.read(itemReadModel, (repository) =>
        repository.find(stockFinders.items({ condition: 'SERVICEABLE', expiringBefore: before, limit: PAGE, offset })),
      );
      rows.push(...page.map(({ itemId, expiresOn }) => ({ itemId, expiresOn })));
      if (page.length < PAGE) return rows;
    }
  }

  private async send(
    itemId: string,
    day: string,
    command: { type: 'QuarantineExpiredItem'; itemId: string; at: string } | { type: 'WarnOfShelfLifeExpiry'; itemId: string; warningDays: number; at: string },
  ): Promise<number> {
    const seed = `shelf-life|${day}|${command.type}|${itemId}`;
    const runId = deterministicId(`shelf-life|${day}`, 'run');
    const metadata: CommandMetadata = {
      actor: { id: 'scheduler:shelf-life', name: 'shelf-life', roles: [] },
      correlationId: runId,
      causationId: runId,
      source: 'scheduler',
    };
    const { pipeline, clock } = this.options;
    const outcome = await handleCommand(
      { ...pipeline, clock, ids: derivedEventIds(`${day}T00:00:00.000Z`, seed) },
      { decider: itemDecider, streamId: stockItemStreamId(itemId), command, metadata },
    );
    return outcome.events.length;
  }
}
