import { randomUUID } from 'node:crypto';
import { fixedClock } from '@repaero/event-sourcing';
import { bearer, startApi, type RunningApi } from './api';
import { stockClient, uniquePartNumber, type Accepted, type RegisteredPart } from './stock';
import { tokenFor, type TestUser } from './users';

const T0 = Date.parse('2026-03-02T08:00:00.000Z');
const minutes = (n: number) => n * 60_000;
const at = (ms: number) => new Date(ms).toISOString();
const PROBLEM_JSON = /^application\/problem\+json/;
const LOCATION = 'MAIN-A01';

export interface ReadStoreSetup {
  readonly env: NodeJS.ProcessEnv;
  cleanup?(): Promise<void>;
}

/**
 * The stock slice's "Done when" over HTTP, on the real app: the steps share one part and run in order.
 * `readStore` gives the environment of the read store (none: the embedded SQLite one).
 */
export function describeStockSlice(title: string, readStore: () => Promise<ReadStoreSetup>): void {
  describe(title, () => {
    const clock = fixedClock(at(T0));
    let setup: ReadStoreSetup | undefined;
    let api: RunningApi;
    let keeper: TestUser;
    let quality: TestUser;
    let part: RegisteredPart;
    let receipt: Accepted;
    let issue: Accepted;
    const correlation = { receipt: `receipt-${randomUUID()}`, issue: `issue-${randomUUID()}` };

    const auditStream = () => api.http().get(`/api/v1/audit/streams/${part.streamId}`).set(bearer(quality.token));

    beforeAll(async () => {
      setup = await readStore();
      api = await startApi({ env: setup.env, clock });
      keeper = await tokenFor(api, 'storekeeper');
      quality = await tokenFor(api, 'quality');
    });

    afterAll(async () => {
      try {
        await api?.close();
      } finally {
        await setup?.cleanup?.();
      }
    });

    it('registers a part, receives 10, issues 3, and reads 7 right after the issue (read your writes)', async () => {
      const stock = stockClient(api, keeper.token);
      part = await stock.register(uniquePartNumber('SG'));
      expect(part).toEqual({ partId: expect.any(String), streamId: `part-${part.partId}`, version: 1, position: expect.any(Number) });

      clock.set(at(T0 + minutes(10)));
      const received = await api
        .http()
        .post(`/api/v1/stock/parts/${part.partId}/receipts`)
        .set(bearer(keeper.token))
        .set('X-Correlation-Id', correlation.receipt)
        .send({ locationCode: LOCATION, quantity: 10 })
        .expect(201);
      receipt = received.body;
      expect(receipt).toEqual({ streamId: part.streamId, version: 2, position: expect.any(Number) });

      clock.set(at(T0 + minutes(20)));
      const issued = await api
        .http()
        .post(`/api/v1/stock/parts/${part.partId}/issues`)
        .set(bearer(keeper.token))
        .set('X-Correlation-Id', correlation.issue)
        .set('X-Reason', encodeURIComponent('AOG: left engine starter'))
        .set('X-Device-Id', 'ipad-hangar-2')
        .send({ locationCode: LOCATION, quantity: 3, workOrderRef: 'WO-2026-0042' })
        .expect(201);
      issue = issued.body;
      expect(issue).toEqual({ streamId: part.streamId, version: 3, position: expect.any(Number) });
      expect(issue.position).toBeGreaterThan(receipt.position);

      const levels = await api
        .http()
        .get('/api/v1/stock/levels')
        .query({ partId: part.partId })
        .set(bearer(keeper.token))
        .set('X-Consistency-Position', String(issue.position))
        .expect(200);
      expect(levels.body.items).toEqual([expect.objectContaining({ partId: part.partId, locationCode: LOCATION, quantity: 7, unit: 'EA' })]);
    });

    it('shows the part with its levels and its movements at the same position', async () => {
      const consistent = { ...bearer(keeper.token), 'X-Consistency-Position': String(issue.position) };
      const detail = await api.http().get(`/api/v1/stock/parts/${part.partId}`).set(consistent).expect(200);
      expect(detail.body).toMatchObject({ partId: part.partId, unit: 'EA', levels: [{ locationCode: LOCATION, quantity: 7 }] });
      const movements = await api.http().get(`/api/v1/stock/parts/${part.partId}/movements`).set(consistent).expect(200);
      expect(movements.body.items).toEqual([
        expect.objectContaining({ kind: expect.any(String), quantityChange: 10, actorId: keeper.id, actorName: keeper.displayName }),
        expect.objectContaining({ quantityChange: -3, workOrderRef: 'WO-2026-0042', actorId: keeper.id }),
      ]);
    });

    it('refuses to issue more than is on hand with 422 stock.insufficient-stock, and appends nothing', async () => {
      const refused = await api
        .http()
        .post(`/api/v1/stock/parts/${part.partId}/issues`)
        .set(bearer(keeper.token))
        .send({ locationCode: LOCATION, quantity: 8, workOrderRef: 'WO-2026-0043' })
        .expect(422);
      expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(refused.body).toMatchObject({ status: 422, rule: 'stock.insufficient-stock' });
      const stream = await auditStream().expect(200);
      expect(stream.body.events).toHaveLength(3);
    });

    it('audits each event with its actor (name and id), correlation id, reason and device, chained by hash', async () => {
      const { events } = (await auditStream().expect(200)).body;
      expect(events.map((event: { type: string }) => event.type)).toEqual(['stock.PartRegistered', 'stock.PartReceived', 'stock.PartIssued']);
      for (const event of events) {
        expect(event.metadata.actor).toMatchObject({ id: keeper.id, name: keeper.displayName, roles: ['storekeeper'] });
        expect(event.metadata.source).toBe('api');
      }
      const [registered, received, issued] = events;
      expect(received).toMatchObject({ streamVersion: 2, globalPosition: receipt.position, recordedAt: at(T0 + minutes(10)) });
      expect(received.metadata.correlationId).toBe(correlation.receipt);
      expect(issued).toMatchObject({ streamVersion: 3, globalPosition: issue.position, recordedAt: at(T0 + minutes(20)) });
      expect(issued.metadata).toMatchObject({ correlationId: correlation.issue, reason: 'AOG: left engine starter', device: 'ipad-hangar-2' });
      expect(received.metadata.reason).toBeUndefined();
      expect(received.metadata.device).toBeUndefined();
      expect(received.prevHash).toBe(registered.hash);
      expect(issued.prevHash).toBe(received.hash);
    });

    it('replays the state as of a time between the receipt and the issue', async () => {
      const asOf = at(T0 + minutes(15));
      const before = await api.http().get(`/api/v1/audit/streams/${part.streamId}/state`).query({ asOf }).set(bearer(quality.token)).expect(200);
      expect(before.body).toMatchObject({ streamId: part.streamId, version: 2, asOf, state: { status: 'registered', onHand: { [LOCATION]: 10 } } });
      const now = await api.http().get(`/api/v1/audit/streams/${part.streamId}/state`).query({ version: 3 }).set(bearer(quality.token)).expect(200);
      expect(now.body).toMatchObject({ version: 3, state: { onHand: { [LOCATION]: 7 } } });
    });

    it('searches audit events by type and by actor', async () => {
      const search = (query: Record<string, string>) =>
        api.http().get('/api/v1/audit/events').query(query).set(bearer(quality.token)).expect(200);
      const byType = await search({ type: 'stock.PartIssued' });
      expect(byType.body.events.length).toBeGreaterThan(0);
      expect(byType.body.events.every((event: { type: string }) => event.type === 'stock.PartIssued')).toBe(true);
      expect(byType.body.events.map((event: { globalPosition: number }) => event.globalPosition)).toContain(issue.position);

      for (const actor of [keeper.id, keeper.displayName]) {
        const byActor = await search({ actor });
        expect(byActor.body.events.map((event: { globalPosition: number }) => event.globalPosition)).toEqual(
          expect.arrayContaining([part.position, receipt.position, issue.position]),
        );
        expect(byActor.body.events.every((event: { metadata: { actor: { id: string } } }) => event.metadata.actor.id === keeper.id)).toBe(true);
      }
      const between = await search({ actor: keeper.id, from: at(T0 + minutes(5)), to: at(T0 + minutes(15)) });
      expect(between.body.events.map((event: { globalPosition: number }) => event.globalPosition)).toEqual([receipt.position]);
    });

    it('answers 400 naming `body` for malformed JSON', async () => {
      const response = await api
        .http()
        .post(`/api/v1/stock/parts/${part.partId}/receipts`)
        .set(bearer(keeper.token))
        .set('Content-Type', 'application/json')
        .send('{"locationCode": "MAIN-A01", "quantity": ')
        .expect(400);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'body' })]);
    });

    it('answers 400 naming the missing field', async () => {
      const response = await api
        .http()
        .post(`/api/v1/stock/parts/${part.partId}/issues`)
        .set(bearer(keeper.token))
        .send({ locationCode: LOCATION, quantity: 1 })
        .expect(400);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      // one entry per broken constraint (string, not empty, length), all naming the field
      expect(new Set(response.body.errors.map((error: { field: string }) => error.field))).toEqual(new Set(['workOrderRef']));
    });

    it('answers 404 for an unknown part', async () => {
      const unknown = randomUUID();
      const command = await api
        .http()
        .post(`/api/v1/stock/parts/${unknown}/receipts`)
        .set(bearer(keeper.token))
        .send({ locationCode: LOCATION, quantity: 1 })
        .expect(404);
      expect(command.headers['content-type']).toMatch(PROBLEM_JSON);
      await api.http().get(`/api/v1/stock/parts/${unknown}`).set(bearer(keeper.token)).expect(404);
    });

    it('answers 409 for a stale If-Match, and accepts the current version', async () => {
      const stale = await api
        .http()
        .post(`/api/v1/stock/parts/${part.partId}/receipts`)
        .set(bearer(keeper.token))
        .set('If-Match', '"2"')
        .send({ locationCode: LOCATION, quantity: 1 })
        .expect(409);
      expect(stale.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(stale.body).toMatchObject({ status: 409 });
      expect((await auditStream().expect(200)).body.events).toHaveLength(3);
      const current = await api
        .http()
        .post(`/api/v1/stock/parts/${part.partId}/receipts`)
        .set(bearer(keeper.token))
        .set('If-Match', '"3"')
        .send({ locationCode: LOCATION, quantity: 1 })
        .expect(201);
      expect(current.body.version).toBe(4);
    });

    it('answers 401 without a token', async () => {
      const response = await api.http().post(`/api/v1/stock/parts/${part.partId}/receipts`).send({ locationCode: LOCATION, quantity: 1 }).expect(401);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    });

    it('answers 403 when a sales user tries to issue', async () => {
      const sales = await tokenFor(api, 'sales');
      const response = await api
        .http()
        .post(`/api/v1/stock/parts/${part.partId}/issues`)
        .set(bearer(sales.token))
        .send({ locationCode: LOCATION, quantity: 1, workOrderRef: 'WO-1' })
        .expect(403);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    });

    it('is healthy and documents the stock paths', async () => {
      const health = await api.http().get('/health').expect(200);
      expect(health.body).toMatchObject({ status: 'up' });
      const docs = await api.http().get('/docs-json').expect(200);
      expect(Object.keys(docs.body.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/stock/parts',
          '/api/v1/stock/parts/{partId}',
          '/api/v1/stock/parts/{partId}/receipts',
          '/api/v1/stock/parts/{partId}/issues',
          '/api/v1/stock/parts/{partId}/adjustments',
          '/api/v1/stock/parts/{partId}/movements',
          '/api/v1/stock/levels',
        ]),
      );
    });

    it('shows every projection caught up (lag 0) once the writes settle', async () => {
      const status = () => api.http().get('/api/v1/admin/projections').set(bearer(api.adminToken)).expect(200);
      const caughtUp = (body: { projections: Array<{ lag: number }> }) => body.projections.every((projection) => projection.lag === 0);
      let body = (await status()).body;
      for (let attempt = 0; attempt < 100 && !caughtUp(body); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        body = (await status()).body;
      }
      const names = body.projections.map((projection: { name: string }) => projection.name);
      expect(names).toEqual(expect.arrayContaining(['stock-parts', 'stock-levels', 'stock-movements']));
      for (const projection of body.projections) expect(projection).toMatchObject({ lag: 0, parked: 0, lastError: null });
    });
  });
}
