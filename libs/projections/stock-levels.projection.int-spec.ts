import { describeReadStores, projectionSpec } from '@repaero/projections/testing';
import { ISSUED, NOTED, RECEIVED, stockLevel, stockLevelsProjection } from './testing/stock-levels.fixture';

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 8, 0, second));

describeReadStores('stock levels projection spec', (readStore) => {
  const spec = projectionSpec(stockLevelsProjection(), readStore);

  it('sums receipts and issues per part and location', () =>
    spec
      .givenEvents(
        { type: RECEIVED, data: { partId: 'P-1', location: 'A1', quantity: 5, unit: 'EA' } },
        { type: RECEIVED, data: { partId: 'P-1', location: 'B2', quantity: 1.25, unit: 'L' }, streamId: 'part-2' },
        { type: NOTED, data: { text: 'not a movement' } },
        { type: ISSUED, data: { partId: 'P-1', location: 'A1', quantity: 2 } },
      )
      .expectRows(stockLevel, [
        { partId: 'P-1', location: 'A1', quantity: 3, unit: 'EA', lastPosition: 4, updatedAt: at(3) },
        { partId: 'P-1', location: 'B2', quantity: 1.25, unit: 'L', lastPosition: 2, updatedAt: at(1) },
      ]));

  it('parks what it cannot project and keeps the rest', () =>
    projectionSpec(stockLevelsProjection({ poison: (event) => event.globalPosition === 1 }), readStore)
      .givenEvents(
        { type: RECEIVED, data: { partId: 'P-9', location: 'A1', quantity: 1 } },
        { type: RECEIVED, data: { partId: 'P-2', location: 'A1', quantity: 4 } },
      )
      .verify(async (outcome) => {
        expect(await outcome.rows(stockLevel)).toEqual([
          { partId: 'P-2', location: 'A1', quantity: 4, unit: 'EA', lastPosition: 2, updatedAt: at(1) },
        ]);
        expect(await outcome.parked()).toEqual([
          expect.objectContaining({ position: 1, eventType: RECEIVED, errorMessage: 'Error: cannot project stock.PartReceived at 1' }),
        ]);
      }));
});
