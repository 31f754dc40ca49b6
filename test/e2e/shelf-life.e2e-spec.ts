import { ShelfLifeScheduler } from '@repaero/contexts/stock/scheduler/shelf-life.scheduler';
import { fixedClock } from '@repaero/event-sourcing';
import { bearer, startApi, type RunningApi } from './support/api';
import { uniquePartNumber } from './support/stock';
import { certificateOfConformity, stockItemsClient, type ReceivedItem } from './support/stock-items';
import { tokenFor, type TestUser } from './support/users';

jest.setTimeout(60_000);

/** 09:00 in Paris on 2 March; the job then runs on 3 March at 08:00 Paris. */
const T0 = '2026-03-02T08:00:00.000Z';
const NEXT_DAY = '2026-03-03T07:00:00.000Z';

/** The daily shelf-life job over the real API (SQLite store and read model), with a fixed clock. */
describe('shelf-life scheduler', () => {
  const clock = fixedClock(T0);
  let api: RunningApi;
  let keeper: TestUser;
  let scheduler: ShelfLifeScheduler;
  let expiring: ReceivedItem;
  let soon: ReceivedItem;
  let later: ReceivedItem;
  const sealantNumber = uniquePartNumber('SL');

  const get = (path: string, position: number) =>
    api.http().get(`/api/v1/stock${path}`).set(bearer(keeper.token)).set('X-Consistency-Position', String(position));
  const eventTypes = async (item: ReceivedItem) => (await api.system.store.readStream(`stockitem-${item.itemId}`)).map((event) => event.type);

  beforeAll(async () => {
    api = await startApi({ clock, env: { REPAERO_TOKEN_TTL_SECONDS: '86400' } });
    scheduler = api.app.get(ShelfLifeScheduler);
    // The run at start (over an empty store) is over and the daily timer cleared: the test drives `run()` itself.
    await scheduler.stop();
    keeper = await tokenFor(api, 'storekeeper');
    const catalogue = stockItemsClient(api, keeper.token);
    const sealant = await catalogue.register(sealantNumber);
    await catalogue.classify(sealant.partId, { partClass: 'consumable', tracking: 'batch', shelfLifeLimited: true });
    const receive = (batchNumber: string, expiresOn: string) =>
      catalogue.receive({
        partId: sealant.partId,
        partNumber: sealantNumber,
        batchNumber,
        quantity: 5,
        locationCode: 'MAIN-C01',
        releaseDocument: certificateOfConformity(sealantNumber, batchNumber),
        shelfLife: { expiresOn, source: 'label' },
      });
    expiring = await receive(`EXP-${process.pid}`, '2026-03-02');
    soon = await receive(`SOON-${process.pid}`, '2026-03-13');
    later = await receive(`LATER-${process.pid}`, '2026-06-30');
    clock.set(NEXT_DAY);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('quarantines an expired item, which then cannot be issued, and warns once of an item expiring in 10 days', async () => {
    const run = await scheduler.run();
    expect(run).toEqual({ day: '2026-03-03', quarantined: 1, warned: 1, unchanged: 0, failed: 0 });

    const item = await get(`/items/${expiring.itemId}`, await api.system.store.headPosition()).expect(200);
    expect(item.body).toMatchObject({ condition: 'QUARANTINE', quarantineReasons: [{ code: 'shelf-life-expired', detail: 'expired on 2026-03-02' }] });
    const refused = await api
      .http()
      .post(`/api/v1/stock/items/${expiring.itemId}/issues`)
      .set(bearer(keeper.token))
      .send({ workOrderRef: 'WO-2026-0200', locationCode: 'MAIN-C01', quantity: 1 })
      .expect(422);
    expect(refused.body).toMatchObject({ rule: 'stock.item-not-serviceable' });

    const [quarantined] = (await api.system.store.readStream(`stockitem-${expiring.itemId}`)).slice(-1);
    expect(quarantined.metadata).toMatchObject({ source: 'scheduler', actor: { id: 'scheduler:shelf-life' } });
    expect((await eventTypes(soon)).filter((type) => type === 'stock.ItemShelfLifeExpiring')).toHaveLength(1);
    const [warning] = (await api.system.store.readStream(`stockitem-${soon.itemId}`)).filter((event) => event.type === 'stock.ItemShelfLifeExpiring');
    expect(warning.data).toMatchObject({ expiresOn: '2026-03-13', daysLeft: 10 });
    expect(await eventTypes(later)).not.toContain('stock.ItemShelfLifeExpiring');
  });

  it('appends nothing new when it runs again the same day', async () => {
    const head = await api.system.store.headPosition();
    clock.set('2026-03-03T16:00:00.000Z');

    const again = await scheduler.run();

    expect(again).toMatchObject({ day: '2026-03-03', quarantined: 0, warned: 0, failed: 0 });
    expect(await api.system.store.headPosition()).toBe(head);
  });
});
