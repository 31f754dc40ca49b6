import { bearer, startApi, type RunningApi } from './support/api';
import { TEST_PG_URL, createScratchDatabase } from './support/postgres';
import { stockClient, type RegisteredPart } from './support/stock';
import { describeStockSlice } from './support/stock-slice-flow';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(60_000);

describeStockSlice('stock slice over HTTP [embedded SQLite read store]', async () => ({ env: {} }));

// PostgreSQL runs where a server is reachable: .ci/run starts one and sets REPAERO_TEST_PG_URL.
const describeOnPostgres = TEST_PG_URL ? describe : describe.skip;

describeOnPostgres('stock slice on PostgreSQL (REPAERO_TEST_PG_URL)', () => {
  describeStockSlice('stock slice over HTTP [PostgreSQL read store]', async () => {
    const database = await createScratchDatabase(TEST_PG_URL as string);
    return { env: { DATABASE_URL: database.url }, cleanup: () => database.drop() };
  });
});

describe('stock roles', () => {
  let api: RunningApi;
  let part: RegisteredPart;
  const users: Record<string, TestUser> = {};

  const receive = (user: TestUser) =>
    api.http().post(`/api/v1/stock/parts/${part.partId}/receipts`).set(bearer(user.token)).send({ locationCode: 'MAIN-A01', quantity: 5 });
  const issue = (user: TestUser) =>
    api
      .http()
      .post(`/api/v1/stock/parts/${part.partId}/issues`)
      .set(bearer(user.token))
      .send({ locationCode: 'MAIN-A01', quantity: 1, workOrderRef: 'WO-ROLES-1' });
  const register = (user: TestUser, partNumber: string) =>
    api.http().post('/api/v1/stock/parts').set(bearer(user.token)).send({ partNumber, description: 'Roles check', unit: 'EA' });
  const adjust = (user: TestUser) =>
    api
      .http()
      .post(`/api/v1/stock/parts/${part.partId}/adjustments`)
      .set(bearer(user.token))
      .send({ locationCode: 'MAIN-A01', quantityDelta: 1, reason: 'count' });
  const audit = (user: TestUser) => api.http().get(`/api/v1/audit/streams/${part.streamId}`).set(bearer(user.token));

  beforeAll(async () => {
    api = await startApi();
    for (const role of ['storekeeper', 'technician', 'quality', 'sales']) users[role] = await tokenFor(api, role);
    part = await stockClient(api, users.storekeeper.token).register();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lets a storekeeper register, receive and issue', async () => {
    await register(users.storekeeper, 'ROLES-SK-1').expect(201);
    await receive(users.storekeeper).expect(201);
    await issue(users.storekeeper).expect(201);
  });

  it('lets a technician issue but not register or receive', async () => {
    await issue(users.technician).expect(201);
    await register(users.technician, 'ROLES-TECH-1').expect(403);
    await receive(users.technician).expect(403);
  });

  it('lets quality read the audit, and adjust stock', async () => {
    const stream = await audit(users.quality).expect(200);
    expect(stream.body.events.length).toBeGreaterThan(0);
    await adjust(users.quality).expect(201);
  });

  it('lets sales read stock but write none of it, nor read the audit', async () => {
    await api.http().get('/api/v1/stock/levels').query({ partId: part.partId }).set(bearer(users.sales.token)).expect(200);
    await register(users.sales, 'ROLES-SALES-1').expect(403);
    await receive(users.sales).expect(403);
    await issue(users.sales).expect(403);
    await adjust(users.sales).expect(403);
    await audit(users.sales).expect(403);
  });
});
