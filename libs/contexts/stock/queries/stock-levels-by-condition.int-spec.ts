import { describeReadStores, projectionSpec } from '@repaero/projections/testing';
import { stockItemStreamId } from '../domain/item/item-stream';
import { itemLocationReadModel } from './items/item-location.read-model';
import { itemsProjection } from './items/items.projection';
import { itemLevelsByConditionQuery, mergeLevelsByCondition, type LevelsByConditionFilter, type RawItemLevel } from './stock-levels/levels-by-condition.query';
import { at, batchItemHistory, sealantPartId, serialItemHistory, starterPartId } from './testing/stock-item-history.fixture';

/** A second batch of the same part, moved the same way: its stock adds up with the first in each condition. */
const secondBatchId = '0193a1b2-0000-7000-8000-000000000003';
const secondBatch = batchItemHistory.map((event) => ({
  ...event,
  streamId: stockItemStreamId(secondBatchId),
  data: { ...(event.data as object), itemId: secondBatchId },
}));
const history = [...serialItemHistory, ...batchItemHistory, ...secondBatch];

describeReadStores('stock levels by part, location and condition', (readStore) => {
  const levels = (filter: LevelsByConditionFilter) =>
    projectionSpec(itemsProjection, readStore)
      .givenEvents(...history)
      .verify(async (outcome) => {
        const raw = await outcome.engine.readModels.read(itemLocationReadModel, (rows) =>
          itemLevelsByConditionQuery(rows.createQueryBuilder('l'), filter).getRawMany<RawItemLevel>(),
        );
        captured = mergeLevelsByCondition(raw, [], filter);
      });
  let captured: ReturnType<typeof mergeLevelsByCondition> = [];

  it('sums the items on hand per part, location and condition', async () => {
    await levels({});
    expect(captured).toEqual([
      { partId: starterPartId, locationCode: 'MAIN-A01', condition: 'QUARANTINE', quantity: 1, unit: 'EA' },
      { partId: sealantPartId, locationCode: 'MAIN-B02', condition: 'SERVICEABLE', quantity: 12, unit: 'EA' },
      { partId: sealantPartId, locationCode: 'MAIN-C03', condition: 'SERVICEABLE', quantity: 6, unit: 'EA' },
    ]);
  });

  it('filters by part, location and condition', async () => {
    await levels({ partId: sealantPartId, locationCode: 'MAIN-C03', condition: 'SERVICEABLE' });
    expect(captured).toEqual([{ partId: sealantPartId, locationCode: 'MAIN-C03', condition: 'SERVICEABLE', quantity: 6, unit: 'EA' }]);
    await levels({ partId: sealantPartId, condition: 'QUARANTINE' });
    expect(captured).toEqual([]);
  });
});

describe('merging item and bulk levels', () => {
  const bulk = (locationCode: string, quantity: number) => ({ partId: sealantPartId, locationCode, quantity, unit: 'EA', lastMovementAt: at(1) });
  const items: RawItemLevel[] = [
    { partId: sealantPartId, locationCode: 'MAIN-B02', condition: 'SERVICEABLE', unit: 'EA', quantity: '2.500' },
    { partId: sealantPartId, locationCode: 'MAIN-B02', condition: 'QUARANTINE', unit: 'EA', quantity: 1 },
  ];

  it('counts bulk stock as serviceable, leaves empty bins out and keeps the quarantine apart', () => {
    expect(mergeLevelsByCondition(items, [bulk('MAIN-B02', 0.25), bulk('MAIN-Z99', 0)])).toEqual([
      { partId: sealantPartId, locationCode: 'MAIN-B02', condition: 'QUARANTINE', quantity: 1, unit: 'EA' },
      { partId: sealantPartId, locationCode: 'MAIN-B02', condition: 'SERVICEABLE', quantity: 2.75, unit: 'EA' },
    ]);
  });

  it('leaves bulk stock out when another condition is asked for', () => {
    expect(mergeLevelsByCondition([items[1]], [bulk('MAIN-B02', 4)], { condition: 'QUARANTINE' })).toEqual([
      { partId: sealantPartId, locationCode: 'MAIN-B02', condition: 'QUARANTINE', quantity: 1, unit: 'EA' },
    ]);
  });
});
