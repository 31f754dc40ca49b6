import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { systemClock, type Clock, type EventStore, type UpcasterRegistry } from '@repaero/event-sourcing';
import { readTransaction } from '@repaero/read-store';
import { ActiveReadModels } from './active-read-models';
import { CheckpointNotifier } from './checkpoint-notifier';
import { ParkedEventStore, type ParkedEvent } from './parked-event.store';
import type { Projection } from './projection';
import { ProjectionApplier } from './projection-applier';
import { ProjectionCounters, consoleProjectionLogger, type ParkedAlert, type ProjectionLogger, type ProjectionMonitor } from './projection-monitor';
import { ProjectionRebuilder, type RebuildResult } from './projection-rebuilder';
import { ProjectionRunner } from './projection-runner';
import { ProjectionStateStore } from './projection-state.store';
import { projectionStatus, type ProjectionStatus } from './projection-status';
import { PositionWaiter } from './position-waiter';
import { RunnerSet } from './runner-set';
import type { RebuildProgress } from './rebuild-progress.store';

export interface ProjectionEngineOptions {
  readonly store: EventStore;
  /** From `createReadDataSource(options, allReadModels)`. */
  readonly dataSource: DataSource;
  readonly projections: readonly Projection[];
  /** Lease owner id; defaults to host:pid:random. */
  readonly owner?: string;
  readonly clock?: Clock;
  readonly upcasters?: UpcasterRegistry;
  readonly logger?: ProjectionLogger;
  /** The alert hook for parked events (also logged as a warning and counted). */
  readonly onParked?: (alert: ParkedAlert) => void;
  /** Most events per live transaction (default 500). */
  readonly batchSize?: number;
  /** Events per transaction during a rebuild (default 5000). */
  readonly rebuildBatchSize?: number;
  readonly leaseTtlMs?: number;
  readonly leaseRenewMs?: number;
  /** Rebuild blue/green when the stored version differs from the code's (default true). */
  readonly autoRebuild?: boolean;
}

export type RetryOutcome =
  | { readonly status: 'applied' }
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'not-found' };

/**
 * The read side's one object: the API and the worker `start()` it to run the projectors, the CLI
 * uses it without starting for `rebuild`, `status` and parked events, query handlers use
 * `readModels` and `waitForPosition`.
 */
export class ProjectionEngine {
  readonly readModels: ActiveReadModels;
  readonly counters = new ProjectionCounters();
  readonly owner: string;
  private readonly clock: Clock;
  private readonly monitor: ProjectionMonitor;
  private readonly notifier = new CheckpointNotifier();
  private readonly runners: RunnerSet<Projection, ProjectionRunner>;
  private readonly rebuilding = new Set<string>();
  private readonly rebuilder: ProjectionRebuilder;
  private readonly waiter: PositionWaiter;
  private readonly parked: ParkedEventStore;
  private readonly states: ProjectionStateStore;

  constructor(private readonly options: ProjectionEngineOptions) {
    this.runners = new RunnerSet('projection', options.projections, (projection) => this.runner(projection));
    this.readModels = new ActiveReadModels(options.dataSource, options.projections);
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.clock = options.clock ?? systemClock;
    this.monitor = { logger: options.logger ?? consoleProjectionLogger, counters: this.counters, onParked: options.onParked };
    this.rebuilder = new ProjectionRebuilder({
      store: options.store,
      dataSource: options.dataSource,
      owner: this.owner,
      clock: this.clock,
      monitor: this.monitor,
      notifier: this.notifier,
      upcasters: options.upcasters,
      batchSize: options.rebuildBatchSize,
    });
    this.waiter = new PositionWaiter(options.dataSource, { notifier: this.notifier, clock: this.clock });
    this.parked = new ParkedEventStore(options.dataSource, this.clock);
    this.states = new ProjectionStateStore(options.dataSource, this.clock);
  }

  get projections(): readonly Projection[] {
    return this.options.projections;
  }

  private projection(name: string): Projection {
    return this.runners.definition(name);
  }

  private runner(projection: Projection): ProjectionRunner {
    return new ProjectionRunner({
      store: this.options.store,
      dataSource: this.options.dataSource,
      projection,
      owner: this.owner,
      clock: this.clock,
      monitor: this.monitor,
      notifier: this.notifier,
      upcasters: this.options.upcasters,
      batchSize: this.options.batchSize,
      leaseTtlMs: this.options.leaseTtlMs,
      leaseRenewMs: this.options.leaseRenewMs,
      rebuild: this.options.autoRebuild === false ? undefined : () => this.rebuild(projection.name),
    });
  }

  /** Starts a runner per projection (or the named ones); each goes live once it holds its lease. */
  start(names?: readonly string[]): Promise<void> {
    return this.runners.start(names);
  }

  /** Closes subscriptions after their current batch and hands the leases back. */
  stop(): Promise<void> {
    return this.runners.stop();
  }

  isLive(name: string): boolean {
    return this.runners.isLive(name);
  }

  /** Read your writes: resolves once every named projection has passed `position`; 503-mapped error on timeout. */
  async waitForPosition(projections: readonly string[], position: number, timeoutMs: number): Promise<void> {
    for (const name of projections) this.projection(name);
    await this.waiter.waitForPosition(projections, position, timeoutMs);
  }

  async rebuild(name: string, onProgress?: (progress: RebuildProgress) => void | Promise<void>): Promise<RebuildResult> {
    const projection = this.projection(name);
    if (this.rebuilding.has(name)) throw new Error(`projection ${name} is already being rebuilt by this process`);
    this.rebuilding.add(name);
    try {
      return await this.rebuilder.rebuild(projection, onProgress);
    } finally {
      this.rebuilding.delete(name);
    }
  }

  status(): Promise<ProjectionStatus[]> {
    return projectionStatus({ dataSource: this.options.dataSource, store: this.options.store, clock: this.clock }, this.options.projections);
  }

  /** Parked events of the active slots (all projections, or one). */
  async parkedEvents(name?: string): Promise<ParkedEvent[]> {
    const names = name ? [this.projection(name).name] : this.runners.names;
    const found: ParkedEvent[] = [];
    for (const projection of names) {
      const state = await this.states.load(projection);
      if (state) found.push(...(await this.parked.list(projection, state.activeSlot)));
    }
    return found;
  }

  /** Re-applies a parked event to the active slot; it leaves the table only if that works. */
  async retryParked(name: string, position: number): Promise<RetryOutcome> {
    const projection = this.projection(name);
    const state = await this.states.load(name);
    const parked = state ? await this.parked.find(name, state.activeSlot, position) : undefined;
    if (!state || !parked) return { status: 'not-found' };
    const [event] = await this.options.store.readAll({ after: position - 1, maxCount: 1 });
    if (!event || event.globalPosition !== position || event.id !== parked.eventId) {
      throw new Error(`parked event ${parked.eventId} is not at position ${position} in the log`);
    }
    const applier = new ProjectionApplier(this.options.dataSource, projection, parked.slot, this.parked, { upcasters: this.options.upcasters });
    const outcome = await readTransaction(this.options.dataSource, async (manager): Promise<RetryOutcome> => {
      // Bumping the epoch tells a live runner (here or elsewhere) that its cached rows are stale.
      const current = await this.states.bump(manager, name);
      if (current.activeSlot !== parked.slot) return { status: 'not-found' };
      const error = await applier.applyOne(manager, event);
      if (error) {
        await this.parked.recordFailure(manager, parked, error);
        return { status: 'failed', error };
      }
      await this.parked.remove(manager, name, parked.slot, position);
      return { status: 'applied' };
    });
    this.notifier.notify(name, state.checkpoint);
    return outcome;
  }
}
