import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { businessDateOf, type Clock } from '@repaero/event-sourcing';
import { LeaseStore, LeasedWorker, ProjectionCounters, ProjectionStateStore } from '@repaero/projections';
import { readTransaction } from '@repaero/read-store';

const HOUR_MS = 3_600_000;
const parisHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' });

/** The first whole hour after `now` that is `hour` o'clock in Paris (offsets are whole hours, so DST is handled). */
export function nextRunAt(now: Date, hour: number): Date {
  let at = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS;
  for (let n = 0; n < 50; n++, at += HOUR_MS) {
    if (Number(parisHour.format(new Date(at))) === hour) return new Date(at);
  }
  throw new Error(`no Paris hour ${hour} within two days of ${now.toISOString()}`);
}

/** The Paris day of the last run time at or before `now`: the day whose run is due. */
export function dueDay(now: Date, hour: number): string {
  let at = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  for (let n = 0; n < 50; n++, at -= HOUR_MS) {
    if (Number(parisHour.format(new Date(at))) === hour) return businessDateOf(new Date(at));
  }
  throw new Error(`no Paris hour ${hour} within two days before ${now.toISOString()}`);
}

/** Its row in the lease and checkpoint tables, apart from any projection's or reactor's. */
export function dailyJobKey(name: string): string {
  return `job.${name}`;
}

// The checkpoint row of a job keeps its last completed business day as yyyymmdd (0: none yet).
const dayNumber = (day: string): number => Number(day.replaceAll('-', ''));
function dayOf(checkpoint: number): string | null {
  if (checkpoint <= 0) return null;
  const digits = String(checkpoint).padStart(8, '0');
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}

export interface DailyJobLease {
  /** The read store holding the lease and checkpoint tables (those of the projections). */
  readonly dataSource: DataSource;
  /** Unique per process; defaults to host:pid:random. */
  readonly owner?: string;
  readonly leaseTtlMs?: number;
  readonly leaseRenewMs?: number;
}

export interface DailyJobOptions {
  /** Names the lease and the record of the last day done. */
  readonly name: string;
  readonly clock: Clock;
  /** The Europe/Paris hour of the daily run. */
  readonly hour: number;
  readonly run: () => Promise<unknown>;
  readonly onError: (error: unknown) => void;
  /** Without one, every process runs every day (and again at each start). */
  readonly lease?: DailyJobLease;
}

export interface DailyJobStatus {
  readonly name: string;
  readonly holder: string | null;
  readonly leaseExpiresAt: string | null;
  /** The last business day (Paris) whose run completed. */
  readonly lastDayDone: string | null;
  /** Now when a day is due and not done yet. */
  readonly nextRunAt: string;
}

/** What the read store says of a leased job, from any process (the one holding it or not, even one running no jobs). */
export async function dailyJobStatus(job: { readonly dataSource: DataSource; readonly clock: Clock; readonly name: string; readonly hour: number }): Promise<DailyJobStatus> {
  const key = dailyJobKey(job.name);
  const now = job.clock.now();
  const [state, holder] = await Promise.all([new ProjectionStateStore(job.dataSource, job.clock).load(key), new LeaseStore(job.dataSource, job.clock).holder(key)]);
  const lastDayDone = state ? dayOf(state.checkpoint) : null;
  const pending = lastDayDone === null || lastDayDone < dueDay(now, job.hour);
  return {
    name: job.name,
    holder: holder?.owner ?? null,
    leaseExpiresAt: holder?.expiresAt.toISOString() ?? null,
    lastDayDone,
    nextRunAt: (pending ? now : nextRunAt(now, job.hour)).toISOString(),
  };
}

interface Leased {
  readonly key: string;
  readonly owner: string;
  readonly dataSource: DataSource;
  readonly worker: LeasedWorker;
  readonly states: ProjectionStateStore;
}

/**
 * Runs a job every day at `hour` (Paris), one run at a time; the timer never keeps the process alive.
 * With a lease, only the process holding it runs (a dead holder's lease is taken over as a projection's is), and the
 * last day done is recorded in the read store: a restart does not run a done day again, and a day missed while no
 * process ran is run as soon as one holds the lease. A holder that dies mid-run leaves its day undone, so the job must
 * stay idempotent.
 */
export class DailyJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = true;
  private live = false;
  private readonly leased: Leased | undefined;

  constructor(private readonly options: DailyJobOptions) {
    const lease = options.lease;
    if (!lease) return;
    const key = dailyJobKey(options.name);
    const owner = lease.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    const report = (message: string) => options.onError(new Error(message));
    const monitor = { logger: { info: () => undefined, warn: report, error: report }, counters: new ProjectionCounters() };
    const worker = new LeasedWorker(
      { key, label: `daily job ${options.name}`, owner, dataSource: lease.dataSource, clock: options.clock, monitor, leaseTtlMs: lease.leaseTtlMs, leaseRenewMs: lease.leaseRenewMs },
      {
        isLive: () => this.live,
        goLive: async () => {
          this.live = true;
          void this.wake();
        },
        goIdle: async () => {
          this.live = false;
          this.clearTimer();
        },
      },
    );
    this.leased = {
      key,
      owner,
      dataSource: lease.dataSource,
      worker,
      states: new ProjectionStateStore(lease.dataSource, options.clock),
    };
  }

  get owner(): string | undefined {
    return this.leased?.owner;
  }

  /** Competes for the lease (with one) or runs now (without), then daily. */
  async start(): Promise<void> {
    this.stopped = false;
    if (this.leased) await this.leased.worker.start().catch((error: unknown) => this.options.onError(error));
    else void this.wake();
  }

  /** Lets the current run finish and hands the lease back. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    await this.leased?.worker.stop();
    await this.running;
  }

  /** Runs the due day if this process may (the timer's and the lease's call); resolves once that is settled. */
  wake(): Promise<void> {
    const run = this.running.then(() => this.runIfDue()).catch((error: unknown) => this.options.onError(error));
    this.running = run.finally(() => this.schedule());
    return this.running;
  }

  /** Resolves once the lease transitions queued so far and the run they started are over. */
  async settled(): Promise<void> {
    await this.leased?.worker.enqueue(async () => undefined);
    await this.running;
  }

  async status(): Promise<DailyJobStatus> {
    const { name, hour, clock, lease } = this.options;
    if (!lease) return { name, holder: null, leaseExpiresAt: null, lastDayDone: null, nextRunAt: nextRunAt(clock.now(), hour).toISOString() };
    return dailyJobStatus({ dataSource: lease.dataSource, clock, name, hour });
  }

  private async runIfDue(): Promise<void> {
    if (this.stopped) return;
    const leased = this.leased;
    if (!leased) {
      await this.options.run();
      return;
    }
    if (!this.live || !leased.worker.holds()) return;
    const day = dueDay(this.options.clock.now(), this.options.hour);
    const { state } = await leased.states.ensure(leased.key, 0);
    const done = dayOf(state.checkpoint);
    if (done !== null && done >= day) return;
    await this.options.run();
    // The epoch fence: a holder that lost the lease mid-run and finished late records nothing over the new holder's day.
    const recorded = await readTransaction(leased.dataSource, async (manager) => {
      if (!(await leased.states.claim(manager, leased.key, state.epoch))) return false;
      await leased.states.advance(manager, leased.key, dayNumber(day));
      return true;
    });
    if (!recorded) this.options.onError(new Error(`daily job ${this.options.name}: another process recorded a day while ${day} ran`));
  }

  private schedule(): void {
    this.clearTimer();
    if (this.stopped || (this.leased && !this.live)) return;
    const now = this.options.clock.now();
    const delay = Math.max(1000, nextRunAt(now, this.options.hour).getTime() - now.getTime());
    this.timer = setTimeout(() => void this.wake(), delay);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
