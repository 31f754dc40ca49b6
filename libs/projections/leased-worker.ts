import type { DataSource } from 'typeorm';
import type { Clock } from '@repaero/event-sourcing';
import { LeaseStore } from './lease.store';
import type { ProjectionMonitor } from './projection-monitor';
import { messageOf } from './transient-error';

export interface LeasedWorkerOptions {
  /** The lease row's name. */
  readonly key: string;
  /** Prefix of every log line. */
  readonly label: string;
  /** Unique per process: the lease is held in its name. */
  readonly owner: string;
  readonly dataSource: DataSource;
  readonly clock: Clock;
  readonly monitor: ProjectionMonitor;
  readonly leaseTtlMs?: number;
  readonly leaseRenewMs?: number;
}

/** The runner's side: the worker decides when, the runner subscribes and unsubscribes. */
export interface LeasedRunner {
  isLive(): boolean;
  /** Called only while the lease holds, the worker runs and the runner is not live. */
  goLive(): Promise<void>;
  goIdle(): Promise<void>;
}

/**
 * Competes for one lease on a timer and turns the runner live while it holds it, idle once it lost it.
 * Every transition goes through one control queue, never from inside a batch handler.
 */
export class LeasedWorker {
  private readonly leases: LeaseStore;
  private readonly ttl: number;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> = Promise.resolve();
  private control: Promise<void> = Promise.resolve();
  private goLivePending = false;
  private leaseUntil = 0;
  private running = false;

  constructor(
    private readonly options: LeasedWorkerOptions,
    private readonly runner: LeasedRunner,
  ) {
    this.leases = new LeaseStore(options.dataSource, options.clock);
    this.ttl = options.leaseTtlMs ?? 15_000;
  }

  get stopped(): boolean {
    return !this.running;
  }

  /** By this process's clock: a renewal that failed does not drop a lease that has not expired yet. */
  holds(): boolean {
    return this.options.clock.now().getTime() < this.leaseUntil;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.tick();
  }

  /** Goes idle after the current transition and hands the lease back. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearTimeout(this.timer);
    await this.ticking;
    await this.enqueue(() => this.runner.goIdle());
    await this.leases.release(this.options.key, this.options.owner).catch(() => undefined);
    this.leaseUntil = 0;
  }

  enqueue(work: () => Promise<void>): Promise<void> {
    this.control = this.control.then(work).catch((error: unknown) => {
      this.options.monitor.logger.error(`${this.options.label}: ${messageOf(error)}`);
    });
    return this.control;
  }

  /** Another writer moved the checkpoint on: resubscribe from the stored one. */
  resync(): void {
    void this.enqueue(async () => {
      this.options.monitor.logger.info(`${this.options.label}: another writer moved it on, resubscribing`);
      await this.runner.goIdle();
      await this.goLive();
    });
  }

  private tick(): Promise<void> {
    this.ticking = (async () => {
      let held: boolean;
      try {
        held = await this.leases.tryAcquire(this.options.key, this.options.owner, this.ttl);
      } catch (error) {
        this.options.monitor.logger.warn(`${this.options.label}: lease renewal failed`, { error: messageOf(error) });
        held = this.holds();
      }
      if (held) {
        this.leaseUntil = this.options.clock.now().getTime() + this.ttl;
        if (!this.runner.isLive() && !this.goLivePending) {
          this.goLivePending = true;
          void this.enqueue(() => this.goLive());
        }
      } else if (this.runner.isLive()) {
        this.leaseUntil = 0;
        void this.enqueue(() => this.runner.goIdle());
      }
      if (this.running) {
        this.timer = setTimeout(() => void this.tick(), this.options.leaseRenewMs ?? Math.max(50, Math.floor(this.ttl / 3)));
        this.timer.unref();
      }
    })();
    return this.ticking;
  }

  private async goLive(): Promise<void> {
    this.goLivePending = false;
    if (!this.running || this.runner.isLive() || !this.holds()) return;
    await this.runner.goLive();
  }
}
