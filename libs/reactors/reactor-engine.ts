import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import type { Clock, PipelineDependencies } from '@repaero/event-sourcing';
import {
  CheckpointNotifier,
  LeaseStore,
  ParkedEventStore,
  PositionWaiter,
  ProjectionCounters,
  ProjectionStateStore,
  RunnerSet,
  consoleProjectionLogger,
  messageOf,
  type ParkedAlert,
  type ParkedEvent,
  type ProjectionLogger,
  type ProjectionMonitor,
  type RetryOutcome,
} from '@repaero/projections';
import { readTransaction } from '@repaero/read-store';
import { reactionContext } from './reaction-context';
import { reactorKey, type Reactor } from './reactor';
import { DEFAULT_REACTOR_RETRY, type ReactorRetryPolicy } from './reactor-retry';
import { ReactorRunner, isInfrastructureFault } from './reactor-runner';

export interface ReactorEngineOptions {
  /** The write side the reactors send through (store, clock, upcasters); its `ids` are replaced by derived ones. */
  readonly pipeline: PipelineDependencies;
  /** The read store holding the projection checkpoint, lease and parked-event tables. */
  readonly dataSource: DataSource;
  readonly reactors: readonly Reactor[];
  /** Lease owner id; defaults to host:pid:random. */
  readonly owner?: string;
  /** Leases and parking times; defaults to the pipeline's clock. */
  readonly clock?: Clock;
  readonly logger?: ProjectionLogger;
  /** The alert hook for parked events, the same one projections use. */
  readonly onParked?: (alert: ParkedAlert) => void;
  readonly retry?: Partial<ReactorRetryPolicy>;
  readonly batchSize?: number;
  readonly leaseTtlMs?: number;
  readonly leaseRenewMs?: number;
}

export interface ReactorStatus {
  readonly name: string;
  readonly checkpoint: number;
  readonly headPosition: number;
  readonly lag: number;
  readonly parked: number;
  readonly leaseOwner: string | null;
  readonly leaseExpiresAt: string | null;
  readonly lastError: { readonly message: string; readonly at: string } | null;
}

/** The reactors' one object: the worker `start()`s it, the CLI and admin API read status and retry parked events. */
export class ReactorEngine {
  readonly counters = new ProjectionCounters();
  readonly owner: string;
  private readonly clock: Clock;
  private readonly monitor: ProjectionMonitor;
  private readonly notifier = new CheckpointNotifier();
  private readonly retry: ReactorRetryPolicy;
  private readonly runners: RunnerSet<Reactor, ReactorRunner>;
  private readonly states: ProjectionStateStore;
  private readonly leases: LeaseStore;
  private readonly parked: ParkedEventStore;
  private readonly waiter: PositionWaiter;

  constructor(private readonly options: ReactorEngineOptions) {
    this.runners = new RunnerSet('reactor', options.reactors, (reactor) => this.runner(reactor));
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.clock = options.clock ?? options.pipeline.clock;
    this.monitor = { logger: options.logger ?? consoleProjectionLogger, counters: this.counters, onParked: options.onParked };
    this.retry = { ...DEFAULT_REACTOR_RETRY, ...options.retry };
    this.states = new ProjectionStateStore(options.dataSource, this.clock);
    this.leases = new LeaseStore(options.dataSource, this.clock);
    this.parked = new ParkedEventStore(options.dataSource, this.clock);
    this.waiter = new PositionWaiter(options.dataSource, { notifier: this.notifier, clock: this.clock });
  }

  get reactors(): readonly Reactor[] {
    return this.options.reactors;
  }

  private reactor(name: string): Reactor {
    return this.runners.definition(name);
  }

  private runner(reactor: Reactor): ReactorRunner {
    return new ReactorRunner({
      reactor,
      pipeline: this.options.pipeline,
      dataSource: this.options.dataSource,
      owner: this.owner,
      clock: this.clock,
      monitor: this.monitor,
      retry: this.retry,
      notifier: this.notifier,
      batchSize: this.options.batchSize,
      leaseTtlMs: this.options.leaseTtlMs,
      leaseRenewMs: this.options.leaseRenewMs,
    });
  }

  start(names?: readonly string[]): Promise<void> {
    return this.runners.start(names);
  }

  /** Stops after the current reaction (a back-off pause is cut short) and hands the leases back. */
  stop(): Promise<void> {
    return this.runners.stop();
  }

  isLive(name: string): boolean {
    return this.runners.isLive(name);
  }

  /** Resolves once every named reactor's checkpoint has passed `position`. */
  async waitForPosition(names: readonly string[], position: number, timeoutMs: number): Promise<void> {
    await this.waiter.waitForPosition(
      names.map((name) => reactorKey(this.reactor(name).name)),
      position,
      timeoutMs,
    );
  }

  async status(): Promise<ReactorStatus[]> {
    const headPosition = await this.options.pipeline.store.headPosition();
    const rows = new Map((await this.states.loadAll()).map((row) => [row.projection, row]));
    const statuses: ReactorStatus[] = [];
    for (const name of this.runners.names) {
      const key = reactorKey(name);
      const row = rows.get(key);
      const checkpoint = row ? Number(row.checkpoint) : 0;
      const lease = await this.leases.holder(key);
      statuses.push({
        name,
        checkpoint,
        headPosition,
        lag: Math.max(0, headPosition - checkpoint),
        parked: await this.parked.count(key, 'a'),
        leaseOwner: lease?.owner ?? null,
        leaseExpiresAt: lease?.expiresAt.toISOString() ?? null,
        lastError: row?.lastError && row.lastErrorAt ? { message: row.lastError, at: row.lastErrorAt } : null,
      });
    }
    return statuses;
  }

  /** Parked events of every reactor, or of one; `projection` holds `reactor.<name>`. */
  async parkedEvents(name?: string): Promise<ParkedEvent[]> {
    const names = name ? [this.reactor(name).name] : this.runners.names;
    const found: ParkedEvent[] = [];
    for (const reactor of names) found.push(...(await this.parked.list(reactorKey(reactor), 'a')));
    return found;
  }

  /** Reacts to a parked event once more; it leaves the table only if that works. */
  async retryParked(name: string, position: number): Promise<RetryOutcome> {
    const reactor = this.reactor(name);
    const key = reactorKey(name);
    const parked = await this.parked.find(key, 'a', position);
    if (!parked) return { status: 'not-found' };
    const [event] = await this.options.pipeline.store.readAll({ after: position - 1, maxCount: 1 });
    if (!event || event.globalPosition !== position || event.id !== parked.eventId) {
      throw new Error(`parked event ${parked.eventId} is not at position ${position} in the log`);
    }
    let error: string | undefined;
    try {
      const upcast = this.options.pipeline.upcasters.upcast(event);
      await reactor.react(upcast, reactionContext(this.options.pipeline, name, event, { mode: 'retry', attempt: parked.attempts + 1 }));
    } catch (thrown) {
      if (isInfrastructureFault(thrown)) throw thrown;
      error = messageOf(thrown);
    }
    await readTransaction(this.options.dataSource, (manager) =>
      error ? this.parked.recordFailure(manager, parked, error) : this.parked.remove(manager, key, 'a', position),
    );
    return error ? { status: 'failed', error } : { status: 'applied' };
  }
}
