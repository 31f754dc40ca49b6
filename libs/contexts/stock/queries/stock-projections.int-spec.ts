import { describeReadStores, projectionSpec, type GivenEvent } from '@repaero/projections/testing';
import { movementsProjection } from './movements/movements.projection';
import { movementReadModel } from './movements/movement.read-model';
import { partReadModel } from './parts/part.read-model';
import { partsProjection } from './parts/parts.projection';
import { stockLevelReadModel } from './stock-levels/stock-level.read-model';
import { stockLevelsProjection } from './stock-levels/stock-levels.projection';

const partId = '0190f1d4-6c1e-7b5a-9f0e-2d3c4b5a6978';
const at = (minute: number) => `2026-11-28T09:${String(minute).padStart(2, '0')}:00.000Z`;
const storekeeper = { actor: { id: 'u-7', name: 'Stella Storekeeper', roles: ['storekeeper'] } };

const history: GivenEvent[] = [
  {
    type: 'stock.PartRegistered',
    streamId: `part-${partId}`,
    data: { partId, partNumber: '4202435-01', manufacturer: '0CVA5', description: 'Starter generator', unit: 'EA', registeredAt: at(0) },
  },
  { type: 'stock.PartReceived', streamId: `part-${partId}`, metadata: storekeeper, data: { partId, locationCode: 'MAIN-A01', quantity: 10, unit: 'EA', receivedAt: at(1) } },
  { type: 'stock.PartReceived', streamId: `part-${partId}`, metadata: storekeeper, data: { partId, locationCode: 'MAIN-B02', quantity: 0.5, unit: 'EA', receivedAt: at(2) } },
  {
    type: 'stock.PartIssued',
    streamId: `part-${partId}`,
    metadata: storekeeper,
    data: { partId, locationCode: 'MAIN-A01', quantity: 3, unit: 'EA', workOrderRef: 'WO-42', issuedAt: at(3) },
  },
  {
    type: 'stock.StockAdjusted',
    streamId: `part-${partId}`,
    metadata: storekeeper,
    data: { partId, locationCode: 'MAIN-B02', quantityDelta: -0.5, unit: 'EA', reason: 'cycle count', adjustedAt: at(4) },
  },
];

describeReadStores('stock projections', (readStore) => {
  it('lists the registered part with its normalised part number', () =>
    projectionSpec(partsProjection, readStore)
      .givenEvents(...history)
      .expectRows(partReadModel, [
        {
          partId,
          partNumber: '4202435-01',
          partNumberKey: '420243501',
          manufacturer: '0CVA5',
          description: 'Starter generator',
          unit: 'EA',
          registeredAt: at(0),
        },
      ]));

  it('keeps the quantity on hand per part and location, emptied bins included', () =>
    projectionSpec(stockLevelsProjection, readStore)
      .givenEvents(...history)
      .expectRows(stockLevelReadModel, [
        { partId, locationCode: 'MAIN-A01', quantity: 7, unit: 'EA', lastMovementAt: at(3) },
        { partId, locationCode: 'MAIN-B02', quantity: 0, unit: 'EA', lastMovementAt: at(4) },
      ]));

  it('records every movement with its actor, work order and reason', () =>
    projectionSpec(movementsProjection, readStore)
      .givenEvents(...history)
      .verify(async (outcome) => {
        const rows = await outcome.rows(movementReadModel);
        expect(rows.map(({ kind, locationCode, quantityChange, workOrderRef, reason, actorName }) => ({ kind, locationCode, quantityChange, workOrderRef, reason, actorName }))).toEqual([
          { kind: 'receipt', locationCode: 'MAIN-A01', quantityChange: 10, workOrderRef: null, reason: null, actorName: 'Stella Storekeeper' },
          { kind: 'receipt', locationCode: 'MAIN-B02', quantityChange: 0.5, workOrderRef: null, reason: null, actorName: 'Stella Storekeeper' },
          { kind: 'issue', locationCode: 'MAIN-A01', quantityChange: -3, workOrderRef: 'WO-42', reason: null, actorName: 'Stella Storekeeper' },
          { kind: 'adjustment', locationCode: 'MAIN-B02', quantityChange: -0.5, workOrderRef: null, reason: 'cycle count', actorName: 'Stella Storekeeper' },
        ]);
        expect(rows.map((row) => row.position)).toEqual([2, 3, 4, 5]);
      }));
});
