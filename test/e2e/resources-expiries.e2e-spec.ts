import { ExpiryWatchScheduler } from '@repaero/contexts/resources/scheduler/expiry-watch.scheduler';
import { fixedClock } from '@repaero/event-sourcing';
import { ADMIN_PASSWORD, bearer, startApi, type RunningApi } from './support/api';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(60_000);

/** 10:00 in Paris on 1 June 2026. */
const T0 = '2026-06-01T08:00:00.000Z';
const QUALITY_MAILBOX = 'qualite@repaero.example';
const TOOL_ID = `TQX-${process.pid}`;
const PROBLEM_JSON = /^application\/problem\+json/;

interface OutboxRow {
  readonly channel: string;
  readonly recipient: string;
  readonly dedupeKey: string;
  readonly summary: string;
}

/** Issue 4: the expiry watch over HTTP, and its e-mails to quality through the outbox, with a fixed clock. */
describe('resources expiry watch', () => {
  const clock = fixedClock(T0);
  let api: RunningApi;
  let quality: TestUser;
  let scheduler: ExpiryWatchScheduler;
  let technicianId: string;
  let position = 0;

  const send = async (path: string, body: object) => {
    const response = await api.http().post(`/api/v1/resources${path}`).set(bearer(quality.token)).send(body);
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 201 });
    position = Math.max(position, response.body.position as number);
    return response;
  };
  const expiries = (query: string, user: TestUser = quality) =>
    api.http().get(`/api/v1/resources/expiries${query}`).set(bearer(user.token)).set('X-Consistency-Position', String(position));
  const outbox = async (prefix: string): Promise<OutboxRow[]> => {
    await api.system.engine.waitForPosition(['outbox-messages'], await api.system.store.headPosition(), 10_000);
    // Signed in afresh: the clock moves days ahead, past any token's lifetime.
    const login = await api.http().post('/api/v1/auth/token').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
    const answer = await api.http().get('/api/v1/admin/outbox?limit=500').set(bearer(login.body.accessToken as string)).expect(200);
    return (answer.body.items as OutboxRow[]).filter((row) => row.dedupeKey.startsWith(prefix));
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { REPAERO_QUALITY_ALERT_EMAILS: QUALITY_MAILBOX, REPAERO_TOKEN_TTL_SECONDS: '86400' } });
    scheduler = api.app.get(ExpiryWatchScheduler);
    // The run at start (over an empty store) is over and the daily timer cleared: the test drives `run()` itself.
    await scheduler.stop();
    quality = await tokenFor(api, 'quality');
    technicianId = (await send('/technicians', { employeeNumber: `X-${process.pid}`, name: 'Lou Bernard' })).body.technicianId;
    await send(`/technicians/${technicianId}/licences`, { licenceNumber: 'FR.66.777', categories: ['B1.2'], ratings: [], issuedOn: '2024-01-10', expiresOn: '2029-01-09' });
    await send(`/technicians/${technicianId}/authorisations`, {
      authorisationId: 'AUT-X',
      categories: ['B1.2'],
      aircraftTypes: ['DR400'],
      components: [],
      issuedOn: '2025-06-01',
      expiresOn: '2026-06-11',
    });
    await send('/tools', { toolId: TOOL_ID, description: 'Pressure gauge', calibrationIntervalDays: 30, lastCalibration: { performedOn: '2026-04-01', certificateRef: 'CAL-X-1' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists an authorisation expiring in 10 days with its rule code, and a tool past due as lapsed', async () => {
    const answer = await expiries('?within=60').expect(200);
    expect(answer.body).toMatchObject({ on: '2026-06-01', within: 60 });
    const mine = (answer.body.items as { subject: { id: string }; kind: string }[]).filter((item) => [technicianId, TOOL_ID].includes(item.subject.id));
    expect(mine).toEqual(
      expect.arrayContaining([
        {
          subject: { type: 'technician', id: technicianId, name: 'Lou Bernard' },
          kind: 'authorisation',
          ref: 'AUT-X',
          dueOn: '2026-06-11',
          daysLeft: 10,
          lapsed: false,
          rule: 'resources.authorisation-expired',
        },
        {
          subject: { type: 'tool', id: TOOL_ID, name: 'Pressure gauge' },
          kind: 'tool-calibration',
          ref: 'CAL-X-1',
          dueOn: '2026-05-01',
          daysLeft: -31,
          lapsed: true,
          rule: 'resources.tool-calibration-overdue',
        },
      ]),
    );
    expect(mine.map((item) => item.kind)).not.toContain('part66-licence');

    const later = await expiries('?within=0&on=2026-06-12').expect(200);
    expect(later.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ ref: 'AUT-X', daysLeft: -1, lapsed: true })]));
    expect((await expiries('?within=9').expect(200)).body.items).not.toEqual(expect.arrayContaining([expect.objectContaining({ ref: 'AUT-X' })]));
  });

  it('refuses a bad window or date (400 naming the field), and people outside quality and team leads', async () => {
    const bad = await expiries('?within=400&on=2026-02-30').expect(400);
    expect(bad.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(JSON.stringify(bad.body)).toContain('within');
    const badDate = await expiries('?on=2026-02-30').expect(400);
    expect(JSON.stringify(badDate.body)).toContain('"on"');
    await expiries('', await tokenFor(api, 'storekeeper')).expect(403);
    await expiries('', await tokenFor(api, 'team-lead')).expect(200);
  });

  it('e-mails quality once when something enters the warning window, once when it has lapsed, never twice', async () => {
    const first = await scheduler.run();
    expect(first).toMatchObject({ day: '2026-06-01', failed: 0 });
    expect(first.warned).toBeGreaterThanOrEqual(1);
    expect(first.lapsed).toBeGreaterThanOrEqual(1);
    const again = await scheduler.run();
    expect(again).toEqual({ day: '2026-06-01', warned: 0, lapsed: 0, unchanged: first.warned + first.lapsed, failed: 0 });

    const authorisation = await outbox(`resources-expiry|technician|${technicianId}|authorisation|`);
    expect(authorisation).toEqual([expect.objectContaining({ channel: 'email', recipient: QUALITY_MAILBOX, dedupeKey: expect.stringContaining('|2026-06-11|warning|') })]);
    expect(authorisation[0]?.summary).toContain('AUT-X');
    expect(await outbox(`resources-expiry|tool|${TOOL_ID}|tool-calibration|2026-05-01|lapsed|`)).toHaveLength(1);
    expect(await outbox(`resources-expiry|tool|${TOOL_ID}|tool-calibration|2026-05-01|warning|`)).toHaveLength(0);

    clock.set('2026-06-12T07:00:00.000Z');
    expect((await scheduler.run()).lapsed).toBeGreaterThanOrEqual(1);
    await scheduler.run();
    const both = await outbox(`resources-expiry|technician|${technicianId}|authorisation|`);
    expect(both.map((row) => row.dedupeKey.split('|')[5]).sort()).toEqual(['lapsed', 'warning']);
  });
});
