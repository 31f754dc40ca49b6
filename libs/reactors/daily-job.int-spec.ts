import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { fixedClock } from '@repaero/event-sourcing';
import { eventually } from '@repaero/event-store-testing';
import { describeReadStores, type OpenedReadStore } from '@repaero/projections/testing';
import { PROJECTION_LEASE } from '@repaero/read-store';
import { DailyJob, dailyJobKey, dailyJobStatus } from './daily-job';

jest.setTimeout(30_000);

const DAY = 86_400_000;
const JOB = 'test.nightly';
const HOUR = 6;

const POLL = { timeoutMs: 15_000 };

describeReadStores('daily job over two processes', (readStore) => {
  let read: OpenedReadStore;
  let other: DataSource;
  const jobs: DailyJob[] = [];
  // 2026-05-12 07:00 Paris: the run of the 12th (06:00) is due.
  const clock = fixedClock('2026-05-12T05:00:00.000Z');

  /** A "process": its own connection to the shared read store and its own lease owner; `runs` lists the days it ran. */
  const processOn = (dataSource: DataSource, owner: string) => {
    const runs: string[] = [];
    const errors: unknown[] = [];
    const job = new DailyJob({
      name: JOB,
      clock,
      hour: HOUR,
      run: async () => runs.push(clock.now().toISOString()),
      onError: (error) => errors.push(error),
      // A lease that outlives the clock's jumps of a day: only its expiry or its holder's death hands it over.
      lease: { dataSource, owner, leaseTtlMs: 3 * DAY, leaseRenewMs: 20 },
    });
    jobs.push(job);
    return { job, runs, errors };
  };

  const status = () => dailyJobStatus({ dataSource: read.dataSource, clock, name: JOB, hour: HOUR });

  /** kill -9: the process stops without handing its lease back. */
  const kill = async (job: DailyJob) => {
    const lease = read.dataSource.getRepository<{ projection: string; owner: string | null; expiresAt: number }>(PROJECTION_LEASE);
    const held = await lease.findOneByOrFail({ projection: dailyJobKey(JOB) });
    await job.stop();
    await lease.update({ projection: held.projection }, { owner: held.owner, expiresAt: held.expiresAt });
  };

  beforeEach(async () => {
    clock.set('2026-05-12T05:00:00.000Z');
    read = await readStore.open([]);
    other = await read.connectAgain();
  });

  afterEach(async () => {
    await Promise.all(jobs.splice(0).map((job) => job.stop()));
    if (other.isInitialized) await other.destroy();
    await read.close();
  });

  it('runs each day in one process only, and not again after a restart', async () => {
    const a = processOn(read.dataSource, 'host-a:1:a');
    const b = processOn(other, 'host-b:2:b');
    await a.job.start();
    await b.job.start();
    await Promise.all([a.job.settled(), b.job.settled()]);

    expect([...a.runs, ...b.runs]).toEqual(['2026-05-12T05:00:00.000Z']);
    expect(await status()).toMatchObject({ holder: 'host-a:1:a', lastDayDone: '2026-05-12', nextRunAt: '2026-05-13T04:00:00.000Z' });

    // The next day's hour: both timers fire, the holder runs.
    clock.set('2026-05-13T04:00:00.000Z');
    await Promise.all([a.job.wake(), b.job.wake()]);
    expect(a.runs).toEqual(['2026-05-12T05:00:00.000Z', '2026-05-13T04:00:00.000Z']);
    expect(b.runs).toEqual([]);

    // A clean restart of the holder hands the lease to the other, which finds the day done.
    await a.job.stop();
    await eventually('the other process to take the lease', async () => (await status()).holder === 'host-b:2:b', POLL);
    await b.job.settled();
    expect(b.runs).toEqual([]);
    const restarted = processOn(read.dataSource, 'host-a:1:a2');
    await restarted.job.start();
    await restarted.job.settled();
    expect(restarted.runs).toEqual([]);
    expect((await status()).lastDayDone).toBe('2026-05-13');
    expect([...a.errors, ...b.errors, ...restarted.errors]).toEqual([]);
  });

  it('hands a killed holder’s lease over once it expires, and runs the day missed meanwhile', async () => {
    const a = processOn(read.dataSource, 'host-a:1:a');
    const b = processOn(other, 'host-b:2:b');
    await a.job.start();
    await b.job.start();
    await a.job.settled();
    expect(a.runs).toHaveLength(1);
    await kill(a.job);

    // The 13th's hour: the dead holder's lease has not expired, so nobody runs.
    clock.set('2026-05-13T04:00:00.000Z');
    await b.job.wake();
    expect(b.runs).toEqual([]);
    expect(await status()).toMatchObject({ holder: 'host-a:1:a', lastDayDone: '2026-05-12', nextRunAt: '2026-05-13T04:00:00.000Z' });

    // Past its expiry (acquired on the 12th at 05:00 for three days): b takes over and runs the due day at once.
    clock.set('2026-05-15T05:00:01.000Z');
    await eventually('the other process to take over', () => b.runs.length > 0, POLL);
    await b.job.settled();
    expect(b.runs).toEqual(['2026-05-15T05:00:01.000Z']);
    expect(await status()).toMatchObject({ holder: 'host-b:2:b', lastDayDone: '2026-05-15' });
  });

  it('takes a dead local holder’s lease at once, as projections do after kill -9', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    const a = processOn(read.dataSource, `${hostname()}:${deadPid}:a`);
    await a.job.start();
    await a.job.settled();
    expect(a.runs).toHaveLength(1);
    await kill(a.job);

    clock.set('2026-05-13T04:00:00.000Z');
    const b = processOn(other, 'host-b:2:b');
    await b.job.start();
    await b.job.settled();
    expect(b.runs).toEqual(['2026-05-13T04:00:00.000Z']);
    expect((await status()).holder).toBe('host-b:2:b');
  });
});
