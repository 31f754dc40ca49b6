import {
  PROJECTION_STATE,
  defineReadModel,
  deleteRows,
  ensureSlotTables,
  findRowsByKeys,
  readTransaction,
  recreateSlotTables,
  slotTable,
  upsertRows,
} from '@repaero/read-store';
import { describeReadStores, type OpenedReadStore } from '@repaero/projections/testing';

interface KitchenSinkRow {
  id: string;
  seq: number;
  count: number;
  big: number;
  price: number;
  active: boolean;
  at: Date;
  notes: string;
  payload: { tags: string[] };
  maybe: string | null;
}

const kitchenSink = defineReadModel<KitchenSinkRow>({
  name: 'kitchen_sink',
  columns: {
    id: { type: 'string', length: 40 },
    seq: { type: 'integer' },
    count: { type: 'integer' },
    big: { type: 'bigint' },
    price: { type: 'decimal', precision: 12, scale: 2 },
    active: { type: 'boolean' },
    at: { type: 'timestamp' },
    notes: { type: 'text' },
    payload: { type: 'json' },
    maybe: { type: 'string', nullable: true },
  },
  primaryKey: ['id', 'seq'],
  indices: [{ columns: ['active', 'at'] }],
});

const row = (id: string, seq: number, overrides: Partial<KitchenSinkRow> = {}): KitchenSinkRow => ({
  id,
  seq,
  count: 3,
  big: 2 ** 40 + 7,
  price: 1234.5,
  active: true,
  at: new Date('2026-03-01T10:20:30.123Z'),
  notes: 'x'.repeat(5000),
  payload: { tags: ['a', 'b'] },
  maybe: null,
  ...overrides,
});

describeReadStores('read data source', (readStore) => {
  let store: OpenedReadStore;

  beforeAll(async () => {
    store = await readStore.open([kitchenSink]);
    await recreateSlotTables(store.dataSource, [kitchenSink], 'a');
  });
  afterAll(() => store?.close());

  it('migrates the projection infrastructure at start', async () => {
    const runner = store.dataSource.createQueryRunner();
    try {
      for (const table of [PROJECTION_STATE, 'projection_lease', 'projection_rebuild', 'parked_event']) {
        expect(await runner.hasTable(table)).toBe(true);
      }
    } finally {
      await runner.release();
    }
    expect(await store.dataSource.showMigrations()).toBe(false);
  });

  it('creates slot tables with snake_case columns', async () => {
    await ensureSlotTables(store.dataSource, [kitchenSink], 'b');
    const runner = store.dataSource.createQueryRunner();
    try {
      const table = await runner.getTable(slotTable(kitchenSink, 'b'));
      expect(table?.columns.map((column) => column.name).sort()).toEqual(
        ['active', 'at', 'big', 'count', 'id', 'maybe', 'notes', 'payload', 'price', 'seq'].sort(),
      );
      expect(table?.primaryColumns.map((column) => column.name).sort()).toEqual(['id', 'seq']);
      expect(table?.indices).toHaveLength(1);
    } finally {
      await runner.release();
    }
  });

  it('round-trips every column kind through a multi-row upsert', async () => {
    const rows = [row('p-1', 1), row('p-1', 2, { active: false, maybe: 'set', price: 0.1 }), row('p-2', 1)];
    await readTransaction(store.dataSource, (manager) => upsertRows(manager, kitchenSink, 'a', rows));
    await readTransaction(store.dataSource, (manager) =>
      upsertRows(manager, kitchenSink, 'a', [row('p-2', 1, { count: 9, payload: { tags: [] } })]),
    );
    const found = await readTransaction(store.dataSource, (manager) =>
      findRowsByKeys(manager, kitchenSink, 'a', [{ id: 'p-1', seq: 2 }, { id: 'p-2', seq: 1 }, { id: 'p-3', seq: 1 }]),
    );
    expect(found.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      row('p-1', 2, { active: false, maybe: 'set', price: 0.1 }),
      row('p-2', 1, { count: 9, payload: { tags: [] } }),
    ]);
  });

  it('deletes by composite key', async () => {
    await readTransaction(store.dataSource, (manager) => deleteRows(manager, kitchenSink, 'a', [{ id: 'p-1', seq: 1 }]));
    const left = await store.dataSource.getRepository<KitchenSinkRow>(slotTable(kitchenSink, 'a')).find({ order: { id: 'ASC', seq: 'ASC' } });
    expect(left.map(({ id, seq }) => `${id}/${seq}`)).toEqual(['p-1/2', 'p-2/1']);
  });
});
