import type { DataSource } from 'typeorm';
import {
  DependencyUnavailable,
  type Clock,
  type EventEnvelope,
  type PipelineDependencies,
  type Subscription,
} from '@repaero/event-sourcing';
import {
  LeasedWorker,
  ParkedEventStore,
  ProjectionStateStore,
  isTransient,
  messageOf,
  raiseParked,
  type CheckpointNotifier,
  type ProjectionMonitor,
  type ProjectionState,
} from '@repaero/projections';
import { readTransaction } from '@repaero/read-store';
import { reactionContext } from './reaction-context';
import { reactorKey, type Reactor } from './reactor';
import { pause, retryDelayMs, type ReactorRetryPolicy } from './reactor-retry';

export interface ReactorRunnerOptions {
  readonly reactor: Reactor;
  readonly pipeline: PipelineDependencies;
  /** The read store: the reactor's checkpoint, lease and parked events live in the projection tables. */
  readonly dataSource: DataSource;
  readonly owner: string;
  readonly clock: Clock;
  readonly monitor: ProjectionMonitor;
  readonly retry: ReactorRetryPolicy;
  readonly notifier?: CheckpointNotifier;
  readonly batchSize?: number;
  readonly leaseTtlMs?: number;
  readonly leaseRenewMs?: number;
}

type Reaction = { readonly status: 'reacted' } | { readonly status: 'failed'; readonly error: string };

/** The store or database is down: the subscription retries the batch, the checkpoint stays, nothing is parked. */
export function isInfrastructureFault(error: unknown): boolean {
  return error instanceof DependencyUnavailable || isTransient(error);
}

/**
 * Runs one reactor live, at least once: only the lease holder subscribes; after each reaction (or
 * parking) the checkpoint moves in a transaction that first claims the fencing epoch. A crash between
 * a command and its checkpoint redelivers the event, and the idempotent send makes that harmless.
 */
export class ReactorRunner {
  private readonly key: string;
  private readonly handles: ReadonlySet<string>;
  private readonly states: ProjectionStateStore;
  private readonly parked: ParkedEventStore;
  private readonly lease: LeasedWorker;
  private stopping = new AbortController();
  private subscription: Subscription | undefined;
  private token = 0;
  private state: ProjectionState | undefined;

  constructor(private readonly options: ReactorRunnerOptions) {
    this.key = reactorKey(options.reactor.name);
    this.handles = new Set(options.reactor.handles);
    this.states = new ProjectionStateStore(options.dataSource, options.clock);
    this.parked = new ParkedEventStore(options.dataSource, options.clock);
    this.lease = new LeasedWorker(
      { ...options, key: this.key, label: this.key },
      { isLive: () => this.isLive, goLive: () => this.goLive(), goIdle: () => this.goIdle() },
    );
  }

  get isLive(): boolean {
    return this.subscription !== undefined;
  }

  async start(): Promise<void> {
    if (!this.lease.stopped) return;
    const { created } = await this.states.ensure(this.key, 1);
    if (created && this.options.reactor.startAt === 'head') {
      const head = await this.options.pipeline.store.headPosition();
      // The bump fences a runner elsewhere that already loaded the fresh row at checkpoint 0.
      await readTransaction(this.options.dataSource, async (manager) => {
        await this.states.bump(manager, this.key);
        await this.states.advance(manager, this.key, head);
      });
    }
    this.stopping = new AbortController();
    await this.lease.start();
  }

  async stop(): Promise<void> {
    if (this.lease.stopped) return;
    // Stopped first: the aborted back-off fails the batch, and a stopped runner does not report that.
    const stopped = this.lease.stop();
    this.stopping.abort(new Error(`reactor ${this.options.reactor.name} is stopping`));
    await stopped;
  }

  private async goLive(): Promise<void> {
    const state = await this.states.load(this.key);
    if (!state) throw new Error(`${this.key} has no state row`);
    this.state = state;
    const token = ++this.token;
    this.subscription = this.options.pipeline.store.subscribeToAll(
      { after: state.checkpoint, batchSize: this.options.batchSize ?? 100, onError: (error, attempt) => this.onBatchError(error, attempt) },
      (events) => this.onBatch(token, events),
    );
  }

  private async goIdle(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    this.token++;
    await subscription?.close();
  }

  private abandoned(token: number): boolean {
    return token !== this.token || this.lease.stopped;
  }

  private async onBatch(token: number, events: readonly EventEnvelope[]): Promise<void> {
    if (this.abandoned(token)) return;
    if (!this.lease.holds()) throw new Error(`${this.key}: lease lost`);
    let skippedTo: number | undefined;
    for (const event of events) {
      if (this.abandoned(token)) return;
      if (!this.state || event.globalPosition <= this.state.checkpoint) continue;
      if (!this.handles.has(event.type)) {
        skippedTo = event.globalPosition;
        continue;
      }
      const reaction = await this.react(event);
      if (this.abandoned(token) || !(await this.commit(event, reaction))) return;
      skippedTo = undefined;
    }
    if (skippedTo !== undefined && !this.abandoned(token)) await this.commit(undefined, undefined, skippedTo);
    this.options.monitor.counters.add(this.key, { batches: 1 });
  }

  /** Retries in place with back-off; infrastructure faults propagate so the whole batch is retried later. */
  private async react(event: EventEnvelope): Promise<Reaction> {
    const { reactor, pipeline, retry, monitor } = this.options;
    const upcast = pipeline.upcasters.upcast(event);
    for (let attempt = 1; ; attempt++) {
      try {
        await reactor.react(upcast, reactionContext(pipeline, reactor.name, event, { mode: 'live', attempt }));
        return { status: 'reacted' };
      } catch (error) {
        if (isInfrastructureFault(error)) throw error;
        const message = messageOf(error);
        if (attempt >= retry.attempts) return { status: 'failed', error: message };
        monitor.logger.warn(`${this.key}: event ${event.globalPosition} (${event.type}) failed, attempt ${attempt} of ${retry.attempts}`, {
          error: message,
        });
        await pause(retryDelayMs(retry, attempt), this.stopping.signal);
      }
    }
  }

  /** `false` when another writer moved the reactor on (takeover): the runner resubscribes from the stored checkpoint. */
  private async commit(event: EventEnvelope | undefined, reaction: Reaction | undefined, position = event?.globalPosition ?? 0): Promise<boolean> {
    const state = this.state;
    if (!state) return false;
    const failed = event && reaction?.status === 'failed' ? { event, error: reaction.error } : undefined;
    const claimed = await readTransaction(this.options.dataSource, async (manager) => {
      if (!(await this.states.claim(manager, this.key, state.epoch))) return false;
      if (failed) await this.parked.park(manager, this.key, 'a', failed.event, failed.error);
      await this.states.advance(manager, this.key, position, failed ? `parked event ${position}: ${failed.error}` : undefined);
      return true;
    });
    if (!claimed) {
      this.token++;
      this.lease.resync();
      return false;
    }
    this.state = { ...state, epoch: state.epoch + 1, checkpoint: position };
    if (reaction?.status === 'reacted') this.options.monitor.counters.add(this.key, { applied: 1 });
    if (failed) {
      raiseParked(this.options.monitor, [
        {
          projection: this.key,
          slot: 'a',
          mode: 'live',
          position,
          eventId: failed.event.id,
          eventType: failed.event.type,
          streamId: failed.event.streamId,
          error: failed.error,
        },
      ]);
    }
    this.options.notifier?.notify(this.key, position);
    return true;
  }

  private onBatchError(error: unknown, attempt: number): void {
    if (this.lease.stopped) return;
    const message = messageOf(error);
    this.options.monitor.counters.add(this.key, { batchFailures: 1 });
    this.options.monitor.logger.warn(`${this.key}: batch failed (attempt ${attempt}), retrying`, { error: message });
    void this.states.recordError(this.key, message);
  }
}
