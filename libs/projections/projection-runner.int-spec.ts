import { DataSource } from 'typeorm';
import { DependencyUnavailable, fixedClock, systemClock, type BatchHandler, type SubscribeOptions, type Subscription } from '@repaero/event-sourcing';
import { SqliteEventStore } from '@repaero/event-store-sqlite';
import { eventually } from '@repaero/event-store-testing';
import { PROJECTION_STATE, slotTable, type Slot } from '@repaero/read-store';
import { PositionWaiter, ProjectionEngine, defineProjection, type ParkedAlert, type Projection } from '@repaero/projections';
import { describeReadStores, silentLogger, toProposed, type GivenEvent, type OpenedReadStore } from '@repaero/projections/testing';
import { LeaseStore } from './lease.store';
import { ProjectionStateStore } from './projection-state.store';
import { ISSUED, NOTED, RECEIVED, stockLevel, stockLevelsProjection, type StockLevelRow } from './testing/stock-levels.fixture';

jest.setTimeout(30_000);

/** An at-least-once subscription at its worst: it redelivers the whole log after every restart. */
class ReplayingStore extends SqliteEventStore {
  override subscribeToAll(options: SubscribeOptions, handler: BatchHandler): Subscription {
    return super.subscribeToAll({ ...options, after: 0 }, handler);
  }
}

const POLL = { timeoutMs: 15_000 };

let counter = 0;
const receive = (partId: string, quantity: number, location = 'A1'): GivenEvent => ({
  type: RECEIVED,
  data: { partId, location, quantity },
  streamId: `part-${partId}`,
});
const issue = (partId: string, quantity: number, location = 'A1'): GivenEvent => ({
  type: ISSUED,
  data: { partId, location, quantity },
  streamId: `part-${partId}`,
});

async function append(store: SqliteEventStore, ...events: GivenEvent[]): Promise<number> {
  let position = 0;
  for (const event of events) {
    const proposed = { ...toProposed(event, 0), id: `00000000-0000-7000-9000-${String(++counter).padStart(12, '0')}` };
    ({ position } = await store.append(event.streamId ?? 'test-1', [proposed], 'any'));
  }
  return position;
}

function quantities(rows: readonly StockLevelRow[]): Record<string, number> {
  return Object.fromEntries(rows.map((row) => [`${row.partId}@${row.location}`, row.quantity]));
}

async function slotRows(dataSource: DataSource, slot: Slot): Promise<StockLevelRow[]> {
  return dataSource.getRepository<StockLevelRow>(slotTable(stockLevel, slot)).find({ order: { partId: 'ASC', location: 'ASC' } });
}

function failCheckpointSql(store: OpenedReadStore): { install: string[]; remove: string[] } {
  switch (store.options.type) {
    case 'sqlite':
      return {
        install: [
          `CREATE TRIGGER fail_checkpoint BEFORE UPDATE OF checkpoint ON projection_state WHEN NEW.checkpoint > 0
           BEGIN SELECT RAISE(ABORT, 'disk gone'); END`,
        ],
        remove: ['DROP TRIGGER fail_checkpoint'],
      };
    case 'postgres': {
      const schema = `"${store.options.schema ?? 'public'}"`;
      return {
        install: [
          `CREATE FUNCTION ${schema}.fail_checkpoint() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk gone'; END $$ LANGUAGE plpgsql`,
          `CREATE TRIGGER fail_checkpoint BEFORE UPDATE ON ${schema}.projection_state FOR EACH ROW
           WHEN (NEW.checkpoint > 0) EXECUTE FUNCTION ${schema}.fail_checkpoint()`,
        ],
        remove: [`DROP TRIGGER fail_checkpoint ON ${schema}.projection_state`],
      };
    }
    case 'oracle':
      return {
        install: [
          `CREATE OR REPLACE TRIGGER "fail_checkpoint" BEFORE UPDATE OF "checkpoint" ON "projection_state" FOR EACH ROW
           WHEN (NEW."checkpoint" > 0) BEGIN RAISE_APPLICATION_ERROR(-20001, 'disk gone'); END;`,
        ],
        remove: ['DROP TRIGGER "fail_checkpoint"'],
      };
  }
}

describeReadStores('projection runner', (readStore) => {
  let store: SqliteEventStore;
  let read: OpenedReadStore;
  const engines: ProjectionEngine[] = [];

  const engine = (projection: Projection, options: { dataSource?: DataSource; owner?: string; store?: SqliteEventStore; onParked?: (alert: ParkedAlert) => void; rebuildBatchSize?: number } = {}) => {
    const created = new ProjectionEngine({
      store: options.store ?? store,
      dataSource: options.dataSource ?? read.dataSource,
      projections: [projection],
      owner: options.owner,
      logger: process.env.DEBUG_RUNNER ? { info: (m, d) => console.log(m, d), warn: (m, d) => console.log(m, d), error: (m, d) => console.log(m, d) } : silentLogger,
      onParked: options.onParked,
      leaseTtlMs: 2000,
      leaseRenewMs: 50,
      rebuildBatchSize: options.rebuildBatchSize,
    });
    engines.push(created);
    return created;
  };

  beforeEach(async () => {
    store = new SqliteEventStore({ file: ':memory:', pollIntervalMs: 10 });
    read = await readStore.open([stockLevel]);
  });

  afterEach(async () => {
    await Promise.all(engines.splice(0).map((created) => created.stop()));
    await store.close();
    await read.close();
  });

  it('writes rows and checkpoint in one transaction: a failure after the rows leaves nothing behind', async () => {
    const projection = stockLevelsProjection();
    const head = await append(store, receive('P-1', 5), receive('P-2', 1), issue('P-1', 2));
    const trigger = failCheckpointSql(read);
    const api = engine(projection);
    await api.start([]);
    for (const statement of trigger.install) await read.dataSource.query(statement);
    await api.start();
    await eventually('the batch failed twice', () => api.counters.get(projection.name).batchFailures >= 2, POLL);

    expect(await slotRows(read.dataSource, 'a')).toEqual([]);
    const [failing] = await api.status();
    expect(failing).toMatchObject({ checkpoint: 0, lag: head, lastError: { message: expect.stringContaining('disk gone') } });

    for (const statement of trigger.remove) await read.dataSource.query(statement);
    await api.waitForPosition([projection.name], head, 10_000);
    expect(quantities(await slotRows(read.dataSource, 'a'))).toEqual({ 'P-1@A1': 3, 'P-2@A1': 1 });
    expect(api.counters.get(projection.name)).toMatchObject({ applied: 3, parked: 0 });
  });

  it('is harmless to replay: redelivered events are not applied twice', async () => {
    const projection = stockLevelsProjection();
    const first = engine(projection);
    await first.start();
    await first.waitForPosition([projection.name], await append(store, receive('P-1', 5), receive('P-2', 1)), 10_000);
    await first.stop();

    const replaying = new ReplayingStore({ file: ':memory:', pollIntervalMs: 10 });
    try {
      for (const event of await store.readAll({ after: 0, maxCount: 100 })) await replaying.append(event.streamId, [event], 'any');
      const head = await append(replaying, issue('P-1', 1));
      const second = engine(projection, { store: replaying });
      await second.start();
      await second.waitForPosition([projection.name], head, 10_000);
      expect(quantities(await slotRows(read.dataSource, 'a'))).toEqual({ 'P-1@A1': 4, 'P-2@A1': 1 });
      expect(second.counters.get(projection.name).applied).toBe(1);
    } finally {
      await Promise.all(engines.splice(0).map((created) => created.stop()));
      await replaying.close();
    }
  });

  it('parks a poison event, raises an alert, goes on, and retries it on demand', async () => {
    let poisoned = true;
    const projection = stockLevelsProjection({ poison: (event) => poisoned && (event.data as { partId: string }).partId === 'BAD' });
    const alerts: ParkedAlert[] = [];
    const api = engine(projection, { onParked: (alert) => alerts.push(alert) });
    await api.start();
    const head = await append(store, receive('P-1', 5), receive('BAD', 1), receive('P-1', 2));
    await api.waitForPosition([projection.name], head, 10_000);

    expect(quantities(await slotRows(read.dataSource, 'a'))).toEqual({ 'P-1@A1': 7 });
    expect(alerts).toEqual([expect.objectContaining({ projection: projection.name, position: 2, eventType: RECEIVED, mode: 'live' })]);
    expect(api.counters.get(projection.name)).toMatchObject({ applied: 2, parked: 1 });
    const [status] = await api.status();
    expect(status).toMatchObject({ checkpoint: head, lag: 0, parked: 1, lastError: { message: expect.stringContaining('parked event 2') } });

    expect(await api.retryParked(projection.name, 2)).toEqual({ status: 'failed', error: 'Error: cannot project stock.PartReceived at 2' });
    expect(await api.parkedEvents(projection.name)).toEqual([expect.objectContaining({ position: 2, attempts: 2 })]);

    poisoned = false;
    expect(await api.retryParked(projection.name, 2)).toEqual({ status: 'applied' });
    expect(await api.parkedEvents(projection.name)).toEqual([]);
    expect(quantities(await slotRows(read.dataSource, 'a'))).toEqual({ 'P-1@A1': 7, 'BAD@A1': 1 });

    // The retry bumped the epoch: the live runner drops its cached rows and still counts right.
    await api.waitForPosition([projection.name], await append(store, receive('BAD', 1)), 10_000);
    expect(quantities(await slotRows(read.dataSource, 'a'))).toEqual({ 'P-1@A1': 7, 'BAD@A1': 2 });
  });

  it('parks the event whose rows the database refuses, keeping the rest of the batch', async () => {
    const projection = defineProjection({
      name: 'strict-levels',
      version: 1,
      readModels: [stockLevel],
      async apply(event, ctx) {
        const data = event.data as { partId: string; unit: string | null };
        ctx.rows(stockLevel).put({ partId: data.partId, location: 'A1', quantity: 1, unit: data.unit as string, lastPosition: event.globalPosition, updatedAt: new Date(event.recordedAt) });
      },
    });
    const head = await append(
      store,
      { type: RECEIVED, data: { partId: 'P-1', unit: 'EA' } },
      { type: RECEIVED, data: { partId: 'P-2', unit: null } },
      { type: RECEIVED, data: { partId: 'P-3', unit: 'L' } },
    );
    const api = engine(projection);
    await api.start();
    await api.waitForPosition([projection.name], head, 10_000);
    expect((await slotRows(read.dataSource, 'a')).map((row) => `${row.partId}:${row.unit}`)).toEqual(['P-1:EA', 'P-3:L']);
    expect(await api.parkedEvents()).toEqual([expect.objectContaining({ position: 2, errorMessage: expect.stringMatching(/null/i) })]);
  });

  it('moves the checkpoint over events it does not handle', async () => {
    const projection = stockLevelsProjection();
    const api = engine(projection);
    await api.start();
    const head = await append(store, { type: NOTED, data: {} }, { type: NOTED, data: {} });
    await api.waitForPosition([projection.name], head, 10_000);
    expect((await api.status())[0]).toMatchObject({ checkpoint: head, lag: 0 });
    expect(await slotRows(read.dataSource, 'a')).toEqual([]);
  });

  it('lets one of two runners on one database apply each event exactly once, and the other take over', async () => {
    const projection = stockLevelsProjection();
    const one = engine(projection, { owner: 'worker-1' });
    const two = engine(projection, { owner: 'worker-2', dataSource: await read.connectAgain() });
    await Promise.all([one.start(), two.start()]);
    let head = 0;
    for (let round = 0; round < 5; round++) head = await append(store, receive('P-1', 1), receive(`P-${round}`, 10));
    await one.waitForPosition([projection.name], head, 10_000);

    expect([one.isLive(projection.name), two.isLive(projection.name)].filter(Boolean)).toHaveLength(1);
    const [leader, follower] = one.isLive(projection.name) ? [one, two] : [two, one];
    expect((await follower.status())[0].leaseOwner).toBe(leader.owner);
    expect(quantities(await slotRows(read.dataSource, 'a'))).toEqual({ 'P-0@A1': 10, 'P-1@A1': 15, 'P-2@A1': 10, 'P-3@A1': 10, 'P-4@A1': 10 });

    await leader.stop();
    await eventually('the follower took the lease over', () => follower.isLive(projection.name), POLL);
    head = await append(store, receive('P-1', 1));
    await follower.waitForPosition([projection.name], head, 10_000);
    expect(quantities(await slotRows(read.dataSource, 'a'))).toMatchObject({ 'P-1@A1': 16 });
    expect((await follower.status())[0].leaseOwner).toBe(follower.owner);
  });

  it('rebuilds blue/green: identical rows, queries on the old slot until the switch, live runner follows', async () => {
    const projection = stockLevelsProjection();
    const api = engine(projection);
    await api.start();
    let head = 0;
    for (let n = 0; n < 10; n++) head = await append(store, receive(`P-${n % 4}`, n + 1), issue(`P-${n % 3}`, 1));
    await api.waitForPosition([projection.name], head, 10_000);
    const before = await slotRows(read.dataSource, 'a');

    const cli = engine(projection, { dataSource: await read.connectAgain(), rebuildBatchSize: 3 });
    const seen: Array<{ slot: Slot; rows: StockLevelRow[] }> = [];
    const progress: number[] = [];
    const result = await cli.rebuild(projection.name, async (step) => {
      progress.push(step.processed);
      if (step.processed < step.total) {
        seen.push({ slot: await api.readModels.slotOf(stockLevel), rows: await api.readModels.read(stockLevel, (repository) => repository.find({ order: { partId: 'ASC', location: 'ASC' } })) });
      }
    });

    expect(result).toMatchObject({ slot: 'b', events: 20, position: head, parked: 0 });
    expect(progress[progress.length - 1]).toBe(20);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((view) => view.slot === 'a')).toBe(true);
    expect(seen.every((view) => JSON.stringify(view.rows) === JSON.stringify(before))).toBe(true);
    expect(await slotRows(read.dataSource, 'b')).toEqual(before);
    expect(await api.readModels.slotOf(stockLevel)).toBe('b');
    expect((await cli.status())[0]).toMatchObject({ activeSlot: 'b', checkpoint: head, rebuild: { status: 'switched', processed: 20, slot: 'b' } });

    // Second rebuild back into slot a while events keep arriving: nothing lost, nothing doubled.
    let appended = false;
    await cli.rebuild(projection.name, async () => {
      if (!appended) {
        appended = true;
        await append(store, receive('P-0', 100), receive('NEW', 1));
      }
    });
    head = await append(store, receive('NEW', 1));
    await api.waitForPosition([projection.name], head, 10_000);
    expect(await api.readModels.slotOf(stockLevel)).toBe('a');
    const expected: Record<string, number> = { ...quantities(before), 'NEW@A1': 2 };
    expected['P-0@A1'] += 100;
    expect(quantities(await api.readModels.read(stockLevel, (repository) => repository.find()))).toEqual(expected);
  });

  it('rebuilds on start when the projection version changed', async () => {
    const v1 = engine(stockLevelsProjection({ version: 1 }));
    await v1.start();
    const head = await append(store, receive('P-1', 5), issue('P-1', 1));
    await v1.waitForPosition(['stock-levels'], head, 10_000);
    await v1.stop();

    const v2 = engine(stockLevelsProjection({ version: 2 }));
    await v2.start();
    await eventually('version 2 is active', async () => (await v2.status())[0].storedVersion === 2, POLL);
    expect((await v2.status())[0]).toMatchObject({ activeSlot: 'b', checkpoint: head });
    expect(quantities(await slotRows(read.dataSource, 'b'))).toEqual({ 'P-1@A1': 4 });
    await eventually('live after the rebuild', () => v2.isLive('stock-levels'), POLL);
  });

  it('waits for a position, from this process or another, and times out with DependencyUnavailable', async () => {
    const projection = stockLevelsProjection();
    const api = engine(projection);
    await api.start();
    const elsewhere = new PositionWaiter(await read.connectAgain(), { clock: systemClock });
    const head = await append(store, receive('P-1', 5));
    await Promise.all([api.waitForPosition([projection.name], head, 10_000), elsewhere.waitForPosition([projection.name], head, 10_000)]);
    expect(quantities(await api.readModels.read(stockLevel, (repository) => repository.find()))).toEqual({ 'P-1@A1': 5 });

    const late = api.waitForPosition([projection.name], head + 1, 50);
    await expect(late).rejects.toBeInstanceOf(DependencyUnavailable);
    await expect(late).rejects.toMatchObject({ dependency: 'projections', message: expect.stringContaining(projection.name) });
  });
});

describe('lease and fencing', () => {
  let read: OpenedReadStore;
  beforeEach(async () => {
    const [sqlite] = (await import('@repaero/projections/testing')).testReadStores();
    read = await sqlite.open([stockLevel]);
  });
  afterEach(() => read.close());

  it('hands the lease over only once it expired', async () => {
    const clock = fixedClock('2026-01-01T00:00:00Z');
    const leases = new LeaseStore(read.dataSource, clock);
    expect(await leases.tryAcquire('p', 'one', 1000)).toBe(true);
    expect(await leases.tryAcquire('p', 'two', 1000)).toBe(false);
    clock.advance(999);
    expect(await leases.tryAcquire('p', 'one', 1000)).toBe(true);
    clock.advance(1001);
    expect(await leases.tryAcquire('p', 'two', 1000)).toBe(true);
    expect(await leases.tryAcquire('p', 'one', 1000)).toBe(false);
    expect(await leases.holder('p')).toEqual({ owner: 'two', expiresAt: new Date('2026-01-01T00:00:03.000Z') });
  });

  it('refuses a write from a runner whose epoch is stale', async () => {
    const states = new ProjectionStateStore(read.dataSource, systemClock);
    const { state } = await states.ensure('p', 1);
    expect(await read.dataSource.transaction((manager) => states.claim(manager, 'p', state.epoch))).toBe(true);
    expect(await read.dataSource.transaction((manager) => states.claim(manager, 'p', state.epoch))).toBe(false);
    const rows = await read.dataSource.query(`SELECT epoch FROM ${PROJECTION_STATE}`);
    expect(rows).toEqual([{ epoch: state.epoch + 1 }]);
  });
});
