import type { ObjectLiteral } from 'typeorm';
import type { EventEnvelope } from '@repaero/event-sourcing';
import type { Projection, ProjectionContext, RowSet } from '@repaero/projections';
import { oracleSqlFor, type ReadModel } from '@repaero/read-store';
import { movementsProjection } from './movements/movements.projection';
import { movementReadModel } from './movements/movement.read-model';
import { partReadModel } from './parts/part.read-model';
import { partsProjection } from './parts/parts.projection';
import { stockFinders } from './stock-finders';
import { stockLevelReadModel } from './stock-levels/stock-level.read-model';
import { stockLevelsProjection } from './stock-levels/stock-levels.projection';

const partId = '0190f1d4-6c1e-7b5a-9f0e-2d3c4b5a6978';
const at = '2026-11-28T09:00:00.000Z';

function envelope(position: number, type: string, data: unknown): EventEnvelope {
  return {
    id: `00000000-0000-7000-8000-00000000000${position}`,
    type,
    schemaVersion: 1,
    streamId: `part-${partId}`,
    streamVersion: position,
    globalPosition: position,
    recordedAt: at,
    data,
    metadata: { actor: { id: 'u-7', name: 'Stella', roles: ['storekeeper'] }, correlationId: 'c', causationId: 'c', source: 'api' },
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
  };
}

const EVENTS = [
  envelope(1, 'stock.PartRegistered', { partId, partNumber: '4202435-01', manufacturer: '0CVA5', description: 'Starter generator', unit: 'EA', registeredAt: at }),
  envelope(2, 'stock.PartReceived', { partId, locationCode: 'MAIN-A01', quantity: 10, unit: 'EA', receivedAt: at }),
  envelope(3, 'stock.PartIssued', { partId, locationCode: 'MAIN-A01', quantity: 3, unit: 'EA', workOrderRef: 'WO-42', issuedAt: at }),
];

/** The rows a projection writes for some events, collected without a database. */
async function rowsWritten<Row extends ObjectLiteral>(projection: Projection, model: ReadModel<Row>): Promise<Row[]> {
  const rows = new Map<string, ObjectLiteral>();
  const keyOf = (row: ObjectLiteral) => JSON.stringify(model.primaryKey.map((column) => row[column]));
  const rowSet: RowSet<ObjectLiteral> = {
    get: async (key) => rows.get(keyOf(key)),
    put: (row) => void rows.set(keyOf(row), row),
    delete: (key) => void rows.delete(keyOf(key)),
  };
  const ctx = { rows: () => rowSet, mode: 'live' } as unknown as ProjectionContext;
  for (const event of EVENTS) if (!projection.handles || projection.handles.includes(event.type)) await projection.apply(event, ctx);
  return [...rows.values()] as Row[];
}

/** What TypeORM sends to Oracle for each stock projection write and query, checked without a server. */
describe('Oracle SQL of the stock read models', () => {
  it.each([
    ['stock-parts', partsProjection, partReadModel],
    ['stock-levels', stockLevelsProjection, stockLevelReadModel],
    ['stock-movements', movementsProjection, movementReadModel],
  ] as const)('%s upserts its rows with MERGE', async (_name, projection, model) => {
    const rows = await rowsWritten(projection, model as ReadModel<ObjectLiteral>);
    expect(rows.length).toBeGreaterThan(0);
    const { sql } = await oracleSqlFor([model], (qb) => qb.upsert(model as ReadModel<ObjectLiteral>, rows));
    expect(sql).toMatch(/^MERGE INTO/);
    expect(sql).toMatchSnapshot();
  });

  it('lists parts by part-number prefix with Oracle paging', async () => {
    const { sql, parameters } = await oracleSqlFor([partReadModel], (qb) =>
      qb.repository(partReadModel).createQueryBuilder().setFindOptions(stockFinders.parts({ partNumber: '4202-435', limit: 20, offset: 40 })),
    );
    expect(sql).toMatchSnapshot();
    expect(parameters).toEqual(['4202435%']);
  });

  it('reads the levels of a part at a location', async () => {
    const { sql, parameters } = await oracleSqlFor([stockLevelReadModel], (qb) =>
      qb.repository(stockLevelReadModel, 'b').createQueryBuilder().setFindOptions(stockFinders.levels({ partId, locationCode: 'MAIN-A01' })),
    );
    expect(sql).toMatchSnapshot();
    expect(parameters).toEqual([partId, 'MAIN-A01']);
  });

  it('pages the movement history of a part', async () => {
    const { sql, parameters } = await oracleSqlFor([movementReadModel], (qb) =>
      qb.repository(movementReadModel).createQueryBuilder().setFindOptions(stockFinders.movements({ partId, limit: 100, offset: 0 })),
    );
    expect(sql).toMatchSnapshot();
    expect(parameters).toEqual([partId]);
  });
});
