import { SHELF_LIFE_JOB } from '@repaero/contexts/stock/scheduler/shelf-life.scheduler';
import { EXPIRY_WATCH_JOB } from '@repaero/contexts/resources/scheduler/expiry-watch.scheduler';
import { fixedClock } from '@repaero/event-sourcing';
import { bearer, startApi, type RunningApi } from './support/api';
import { tokenFor } from './support/users';

jest.setTimeout(60_000);

/** 09:00 in Paris on 2 March (the daily hour is 06:00): the run of the 2nd is due at start. */
const T0 = '2026-03-02T08:00:00.000Z';

describe('GET /api/v1/admin/jobs', () => {
  const clock = fixedClock(T0);
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi({ clock, env: { REPAERO_TOKEN_TTL_SECONDS: '86400' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  const jobs = async () => {
    const answer = await api.http().get('/api/v1/admin/jobs').set(bearer(api.adminToken)).expect(200);
    return answer.body.jobs as { name: string; holder: string | null; lastDayDone: string | null; nextRunAt: string }[];
  };

  it('shows each daily job run once at start by the process holding its lease, and its next run', async () => {
    const deadline = Date.now() + 30_000;
    let listed = await jobs();
    while (listed.some((job) => job.lastDayDone === null) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      listed = await jobs();
    }
    expect(listed.map((job) => job.name).sort()).toEqual([EXPIRY_WATCH_JOB, SHELF_LIFE_JOB].sort());
    for (const job of listed) {
      expect(job).toMatchObject({ lastDayDone: '2026-03-02', nextRunAt: '2026-03-03T05:00:00.000Z' });
      expect(job.holder).toMatch(/^.+:\d+:.+$/);
    }
  });

  it('is for admins only', async () => {
    const keeper = await tokenFor(api, 'storekeeper');
    await api.http().get('/api/v1/admin/jobs').set(bearer(keeper.token)).expect(403);
  });
});
