import type { Clock } from '@repaero/event-sourcing';

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

export interface DailyJobOptions {
  readonly clock: Clock;
  /** The Europe/Paris hour of the daily run. */
  readonly hour: number;
  readonly run: () => Promise<unknown>;
  readonly onError: (error: unknown) => void;
}

/**
 * Runs a job now (in the background) and then every day at `hour` (Paris), one run at a time; the timer
 * never keeps the process alive. The job itself must be idempotent: a second process may run it too.
 */
export class DailyJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(private readonly options: DailyJobOptions) {}

  start(): void {
    this.stopped = false;
    this.runInBackground();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  private runInBackground(): void {
    if (this.stopped) return;
    const run = (this.running ?? Promise.resolve()).then(() => this.options.run()).catch((error: unknown) => this.options.onError(error));
    this.running = run;
    void run.finally(() => this.schedule());
  }

  private schedule(): void {
    if (this.stopped) return;
    const now = this.options.clock.now();
    const delay = Math.max(1000, nextRunAt(now, this.options.hour).getTime() - now.getTime());
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runInBackground(), delay);
    this.timer.unref();
  }
}
