import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { Clock, EventStore, UpcasterRegistry } from '@repaero/event-sourcing';
import { otherSlot, readTransaction, recreateSlotTables, type Slot } from '@repaero/read-store';
import type { CheckpointNotifier } from './checkpoint-notifier';
import { ParkedEventStore } from './parked-event.store';
import type { Projection } from './projection';
import { ProjectionApplier } from './projection-applier';
import { raiseParked, type ParkedAlert, type ProjectionMonitor } from './projection-monitor';
import { ProjectionStateStore } from './projection-state.store';
import { RebuildProgressStore, type RebuildProgress } from './rebuild-progress.store';
import { isTransient, messageOf } from './transient-error';

export interface ProjectionRebuilderOptions {
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly owner: string;
  readonly clock: Clock;
  readonly monitor: ProjectionMonitor;
  readonly notifier?: CheckpointNotifier;
  readonly upcasters?: UpcasterRegistry;
  /** Events per transaction while replaying. */
  readonly batchSize?: number;
  /** A rebuild that has not reported progress for this long is considered dead. */
  readonly ttlMs?: number;
  /** Attempts per batch when the read store fails, before the rebuild gives up. */
  readonly maxAttempts?: number;
}

export interface RebuildResult {
  readonly projection: string;
  readonly slot: Slot;
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSec: number;
  readonly position: number;
  readonly parked: number;
}

export class RebuildAlreadyRunning extends Error {
  constructor(readonly projection: string, readonly owner: string) {
    super(`a rebuild of ${projection} is already running (${owner})`);
    this.name = 'RebuildAlreadyRunning';
  }
}

class RebuildLost extends Error {}

/**
 * Blue/green rebuild: replay the whole log into the INACTIVE slot (fresh tables, big batches, one
 * transaction each), then, holding the state row, apply the last events and make that slot active
 * together with the checkpoint. Until that commit every query and the live runner use the old slot;
 * right after it, a live runner anywhere fails its epoch claim and resubscribes on the new slot.
 */
export class ProjectionRebuilder {
  private readonly states: ProjectionStateStore;
  private readonly parked: ParkedEventStore;
  private readonly progress: RebuildProgressStore;

  constructor(private readonly options: ProjectionRebuilderOptions) {
    this.states = new ProjectionStateStore(options.dataSource, options.clock);
    this.parked = new ParkedEventStore(options.dataSource, options.clock);
    this.progress = new RebuildProgressStore(options.dataSource, options.clock);
  }

  async rebuild(projection: Projection, onProgress?: (progress: RebuildProgress) => void | Promise<void>): Promise<RebuildResult> {
    const { store, dataSource, owner } = this.options;
    const name = projection.name;
    const ttl = this.options.ttlMs ?? 60_000;
    const { state } = await this.states.ensure(name, projection.version);
    const slot = otherSlot(state.activeSlot);
    if (!(await this.progress.begin(name, slot, projection.version, owner, await store.headPosition(), ttl))) {
      throw new RebuildAlreadyRunning(name, (await this.progress.get(name))?.owner ?? 'unknown');
    }
    const started = performance.now();
    let position = 0;
    let processed = 0;
    let parked = 0;
    try {
      await recreateSlotTables(dataSource, projection.readModels, slot);
      await readTransaction(dataSource, (manager) => this.parked.clearSlot(manager, name, slot));
      const applier = new ProjectionApplier(dataSource, projection, slot, this.parked, {
        upcasters: this.options.upcasters,
        rows: { startsEmpty: true, maxCachedRows: 250_000 },
      });
      for (;;) {
        const events = await store.readAll({ after: position, maxCount: this.options.batchSize ?? 5000 });
        if (events.length === 0) break;
        const last = events[events.length - 1].globalPosition;
        const head = Math.max(last, await store.headPosition());
        const progress = measure(processed + events.length, head - last, last, started);
        const outcome = await this.retrying(() =>
          applier.applyBatch(events, 'rebuild', {
            // Writing first takes SQLite's write lock up front instead of upgrading a read snapshot.
            before: async (manager) => {
              if (!(await this.progress.progress(manager, name, owner, progress, ttl))) throw new RebuildLost(`rebuild of ${name} was taken over`);
              return true;
            },
            after: async () => undefined,
          }),
        );
        if (outcome.status === 'committed') {
          parked += outcome.parked.length;
          raiseParked(this.options.monitor, outcome.parked);
        }
        position = last;
        processed += events.length;
        await onProgress?.(progress);
      }
      const tail = await this.retrying(() => this.switchOver(projection, applier, slot, position));
      position = tail.position;
      processed += tail.events;
      parked += tail.parked.length;
      raiseParked(this.options.monitor, tail.parked);
    } catch (error) {
      if (!(error instanceof RebuildLost)) await this.progress.finish(name, owner, 'failed', messageOf(error)).catch(() => undefined);
      throw error;
    }
    const seconds = (performance.now() - started) / 1000;
    const done = measure(processed, 0, position, started);
    await onProgress?.(done);
    this.options.notifier?.notify(name, position);
    this.options.monitor.logger.info(`projection ${name} rebuilt into slot ${slot}`, { events: processed, seconds });
    return { projection: name, slot, events: processed, seconds, eventsPerSec: done.eventsPerSec, position, parked };
  }

  private async switchOver(
    projection: Projection,
    applier: ProjectionApplier,
    slot: Slot,
    from: number,
  ): Promise<{ position: number; events: number; parked: ParkedAlert[] }> {
    const name = projection.name;
    try {
      return await readTransaction(this.options.dataSource, async (manager) => {
        // The unconditional epoch bump locks the state row: no live batch commits until the switch does.
        const current = await this.states.bump(manager, name);
        if (current.activeSlot === slot) throw new RebuildLost(`slot ${slot} of ${name} became active meanwhile`);
        const parked: ParkedAlert[] = [];
        let position = from;
        let events = 0;
        for (;;) {
          const tail = await this.options.store.readAll({ after: position, maxCount: this.options.batchSize ?? 5000 });
          if (tail.length === 0) break;
          parked.push(...(await applier.applyWithin(manager, tail, 'rebuild')).parked);
          position = tail[tail.length - 1].globalPosition;
          events += tail.length;
        }
        await this.states.switchSlot(manager, name, slot, projection.version, position);
        await this.parked.clearSlot(manager, name, current.activeSlot);
        await this.progress.finish(name, this.options.owner, 'switched', null, manager);
        return { position, events, parked };
      });
    } catch (error) {
      applier.forget();
      throw error;
    }
  }

  private async retrying<T>(work: () => Promise<T>): Promise<T> {
    const attempts = this.options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (error instanceof RebuildLost || attempt >= attempts) throw error;
        this.options.monitor.logger.warn(`rebuild batch failed (attempt ${attempt}), retrying`, { error: messageOf(error), transient: isTransient(error) });
        await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 5000)));
      }
    }
  }
}

function measure(processed: number, remaining: number, position: number, started: number): RebuildProgress {
  const seconds = Math.max((performance.now() - started) / 1000, 1e-3);
  const eventsPerSec = processed / seconds;
  return {
    processed,
    total: processed + Math.max(0, remaining),
    eventsPerSec,
    etaSeconds: eventsPerSec > 0 ? remaining / eventsPerSec : null,
    position,
  };
}
