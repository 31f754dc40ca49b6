import type { DataSource } from 'typeorm';
import type { Clock, EventEnvelope, EventStore, Subscription, UpcasterRegistry } from '@repaero/event-sourcing';
import { ensureSlotTables } from '@repaero/read-store';
import type { CheckpointNotifier } from './checkpoint-notifier';
import { LeasedWorker } from './leased-worker';
import { ParkedEventStore } from './parked-event.store';
import type { Projection } from './projection';
import { ProjectionApplier } from './projection-applier';
import { raiseParked, type ProjectionMonitor } from './projection-monitor';
import { ProjectionStateStore, type ProjectionState } from './projection-state.store';
import { messageOf } from './transient-error';

export interface ProjectionRunnerOptions {
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly projection: Projection;
  /** Unique per process: the lease is held in its name. */
  readonly owner: string;
  readonly clock: Clock;
  readonly monitor: ProjectionMonitor;
  readonly notifier?: CheckpointNotifier;
  readonly upcasters?: UpcasterRegistry;
  /** Most events per read-model transaction. */
  readonly batchSize?: number;
  readonly leaseTtlMs?: number;
  readonly leaseRenewMs?: number;
  /** Called when the stored version is not the code's: rebuild (blue/green) before going live. */
  readonly rebuild?: () => Promise<unknown>;
}

/**
 * Runs one projection live. Only the lease holder subscribes; every batch is one read-model
 * transaction that claims the fencing epoch first, applies the events and moves the checkpoint.
 * A failed claim means someone else wrote (takeover, rebuild switch, retry): reload and resubscribe.
 */
export class ProjectionRunner {
  private readonly states: ProjectionStateStore;
  private readonly parked: ParkedEventStore;
  private readonly name: string;
  private readonly lease: LeasedWorker;
  private subscription: Subscription | undefined;
  /** Bumped whenever the current subscription is abandoned, so its late batches are ignored. */
  private token = 0;
  private state: ProjectionState | undefined;
  private applier: ProjectionApplier | undefined;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.states = new ProjectionStateStore(options.dataSource, options.clock);
    this.parked = new ParkedEventStore(options.dataSource, options.clock);
    this.name = options.projection.name;
    this.lease = new LeasedWorker(
      { ...options, key: this.name, label: `projection ${this.name}` },
      { isLive: () => this.isLive, goLive: () => this.goLive(), goIdle: () => this.goIdle() },
    );
  }

  get isLive(): boolean {
    return this.subscription !== undefined;
  }

  /** Creates the projection's state row and active-slot tables, then competes for the lease. */
  async start(): Promise<void> {
    if (!this.lease.stopped) return;
    const { state } = await this.states.ensure(this.name, this.options.projection.version);
    await ensureSlotTables(this.options.dataSource, this.options.projection.readModels, state.activeSlot);
    await this.lease.start();
  }

  stop(): Promise<void> {
    return this.lease.stop();
  }

  private async goLive(): Promise<void> {
    let state = await this.states.load(this.name);
    if (!state) throw new Error(`projection ${this.name} has no state row`);
    if (state.version !== this.options.projection.version) {
      if (!this.options.rebuild) {
        this.options.monitor.logger.error(`projection ${this.name} is stored at version ${state.version}, code is ${this.options.projection.version}: rebuild it`);
        return;
      }
      this.options.monitor.logger.info(`projection ${this.name}: version ${state.version} → ${this.options.projection.version}, rebuilding`);
      await this.options.rebuild();
      state = await this.states.load(this.name);
      if (!state || state.version !== this.options.projection.version || this.lease.stopped) return;
    }
    this.adopt(state);
    const token = ++this.token;
    this.subscription = this.options.store.subscribeToAll(
      {
        after: state.checkpoint,
        batchSize: this.options.batchSize ?? 500,
        onError: (error, attempt) => this.onBatchError(error, attempt),
      },
      (events) => this.onBatch(token, events),
    );
  }

  private async goIdle(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    this.token++;
    await subscription?.close();
    this.applier?.forget();
  }

  private adopt(state: ProjectionState): void {
    if (!this.applier || this.applier.slot !== state.activeSlot) {
      this.applier = new ProjectionApplier(this.options.dataSource, this.options.projection, state.activeSlot, this.parked, {
        upcasters: this.options.upcasters,
      });
    } else {
      this.applier.forget();
    }
    this.state = state;
  }

  private async onBatch(token: number, events: readonly EventEnvelope[]): Promise<void> {
    if (token !== this.token) return;
    if (!this.lease.holds()) throw new Error(`projection ${this.name}: lease lost`);
    const state = this.state;
    const applier = this.applier;
    if (!state || !applier) throw new Error(`projection ${this.name} has no state`);
    const fresh = events.filter((event) => event.globalPosition > state.checkpoint);
    if (fresh.length === 0) return;
    const last = fresh[fresh.length - 1].globalPosition;
    const outcome = await applier.applyBatch(fresh, 'live', {
      before: (manager) => this.states.claim(manager, this.name, state.epoch),
      after: (manager, parked) =>
        this.states.advance(manager, this.name, last, parked.length > 0 ? `parked event ${parked[parked.length - 1].position}: ${parked[parked.length - 1].error}` : undefined),
    });
    if (outcome.status === 'stale') {
      this.token++;
      this.lease.resync();
      return;
    }
    this.state = { ...state, epoch: state.epoch + 1, checkpoint: last };
    this.options.monitor.counters.add(this.name, { applied: outcome.applied, batches: 1 });
    raiseParked(this.options.monitor, outcome.parked);
    this.options.notifier?.notify(this.name, last);
  }

  private onBatchError(error: unknown, attempt: number): void {
    const message = messageOf(error);
    this.options.monitor.counters.add(this.name, { batchFailures: 1 });
    this.options.monitor.logger.warn(`projection ${this.name}: batch failed (attempt ${attempt}), retrying`, { error: message });
    void this.states.recordError(this.name, message);
  }
}
