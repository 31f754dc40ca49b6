import { oracleMergeOf } from '@repaero/projections/testing';
import type { ObjectLiteral } from 'typeorm';
import type { EventEnvelope } from '@repaero/event-sourcing';
import { oracleDdlFor, oracleSqlFor, type ReadModel } from '@repaero/read-store';
import type { FindManyOptions } from 'typeorm';
import { countSessionReadModel } from './count-sessions/count-session.read-model';
import { countSessionsProjection } from './count-sessions/count-sessions.projection';
import { itemMovementReadModel } from './item-movements/item-movement.read-model';
import { itemMovementsProjection } from './item-movements/item-movements.projection';
import { itemLocationReadModel } from './items/item-location.read-model';
import { itemReadModel } from './items/item.read-model';
import { itemsProjection } from './items/items.projection';
import { partBarcodeReadModel } from './part-barcodes/part-barcode.read-model';
import { partBarcodesProjection } from './part-barcodes/part-barcodes.projection';
import { movementsProjection } from './movements/movements.projection';
import { movementReadModel } from './movements/movement.read-model';
import { partReadModel } from './parts/part.read-model';
import { partsProjection } from './parts/parts.projection';
import { stockFinders } from './stock-finders';
import { itemLevelsByConditionQuery } from './stock-levels/levels-by-condition.query';
import { stockLevelReadModel } from './stock-levels/stock-level.read-model';
import { stockLevelsProjection } from './stock-levels/stock-levels.projection';
import { barcodeHistory, batchItemHistory, batchItemId, countSessionHistory, serialItemHistory, serialItemId } from './testing/stock-item-history.fixture';

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
  ...[...serialItemHistory, ...batchItemHistory, ...countSessionHistory, ...barcodeHistory].map((event, index) => envelope(4 + index, event.type, event.data)),
];

/** What TypeORM sends to Oracle for each stock projection write and query, checked without a server. */
describe('Oracle SQL of the stock read models', () => {
  it.each([
    ['stock-parts', partsProjection, partReadModel],
    ['stock-levels', stockLevelsProjection, stockLevelReadModel],
    ['stock-movements', movementsProjection, movementReadModel],
    ['stock-items (items)', itemsProjection, itemReadModel],
    ['stock-items (locations)', itemsProjection, itemLocationReadModel],
    ['stock-item-movements', itemMovementsProjection, itemMovementReadModel],
    ['stock-count-sessions', countSessionsProjection, countSessionReadModel],
    ['stock-part-barcodes', partBarcodesProjection, partBarcodeReadModel],
  ] as const)('%s upserts its rows with MERGE', async (_name, projection, model) => {
    const sql = await oracleMergeOf(projection, model, EVENTS);
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

  it('sums the item stock of a part per location and condition', async () => {
    const { sql, parameters } = await oracleSqlFor([itemLocationReadModel], (qb) =>
      itemLevelsByConditionQuery(qb.repository(itemLocationReadModel).createQueryBuilder('l'), { partId, locationCode: 'MAIN-A01', condition: 'SERVICEABLE' }),
    );
    expect(sql).toMatch(/GROUP BY/);
    expect(sql).toMatchSnapshot();
    expect(parameters).toEqual([0, partId, 'MAIN-A01', 'SERVICEABLE']);
  });

  it('pages the movement history of a part', async () => {
    const { sql, parameters } = await oracleSqlFor([movementReadModel], (qb) =>
      qb.repository(movementReadModel).createQueryBuilder().setFindOptions(stockFinders.movements({ partId, limit: 100, offset: 0 })),
    );
    expect(sql).toMatchSnapshot();
    expect(parameters).toEqual([partId]);
  });
});

describe('Oracle SQL of the stock item queries', () => {
  const queries: ReadonlyArray<readonly [string, ReadModel<ObjectLiteral>, FindManyOptions<ObjectLiteral>, unknown[]]> = [
    ['parts by exact part number (a scanned PNR)', partReadModel, stockFinders.partsNumbered('4202 435-01'), ['420243501']],
    ['the part a barcode identifies', partBarcodeReadModel, stockFinders.barcode('gtin', '09501101020917'), ['gtin', '09501101020917']],
    ['the barcodes of a part', partBarcodeReadModel, stockFinders.partBarcodes(partId), [partId]],
    ['items of a part in a condition, paged, without their state', itemReadModel, stockFinders.items({ partId, condition: 'SERVICEABLE', limit: 20, offset: 40 }), [partId, 'SERVICEABLE']],
    ['items still in store expiring before a date', itemReadModel, stockFinders.items({ expiringBefore: '2027-01-01', limit: 100, offset: 0 }), ['2027-01-01', 0]],
    ['items a scanned serial names within a part', itemReadModel, stockFinders.itemsIdentifiedBy({ serialNumber: 'sn 1234', partId }), ['SN1234', partId]],
    ['the quarantine list, longest waiting first', itemReadModel, stockFinders.quarantine({ limit: 100, offset: 0 }), ['QUARANTINE']],
    ['items at a location', itemLocationReadModel, stockFinders.itemsAt('MAIN-A01'), ['MAIN-A01']],
    ['the locations of an item', itemLocationReadModel, stockFinders.locationsOf(serialItemId), [serialItemId]],
    ['the movements of the items under one serial', itemMovementReadModel, stockFinders.itemMovements({ itemIds: [serialItemId, batchItemId], limit: 100, offset: 0 }), [serialItemId, batchItemId]],
    ['count sessions at a location in a status, latest first', countSessionReadModel, stockFinders.countSessions({ locationCode: 'MAIN-B02', status: 'open', limit: 100, offset: 0 }), ['MAIN-B02', 'open']],
  ];

  it.each(queries)('%s', async (_title, model, options, parameters) => {
    const generated = await oracleSqlFor([model], (qb) => qb.repository(model).createQueryBuilder().setFindOptions(options));
    expect(generated.sql).toMatchSnapshot();
    expect(generated.parameters).toEqual(parameters);
  });

  it('creates the item read models with Oracle types and index names within 30 characters', async () => {
    const ddl = await oracleDdlFor([itemReadModel, itemLocationReadModel, itemMovementReadModel, countSessionReadModel, partBarcodeReadModel]);
    for (const name of ddl.flatMap((statement) => [...statement.matchAll(/"([^"]+)"/g)].map((match) => match[1]))) expect(name.length).toBeLessThanOrEqual(30);
    expect(ddl).toMatchSnapshot();
  });
});
