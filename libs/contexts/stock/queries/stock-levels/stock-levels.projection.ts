import { defineProjection } from '@repaero/projections';
import type { PartEvent } from '../../domain/part/events';
import { addQuantities } from '../../domain/part/quantity';
import { stockLevelReadModel } from './stock-level.read-model';
import { movementOf } from '../movements/movement-of';

export const stockLevelsProjection = defineProjection({
  name: 'stock-levels',
  version: 1,
  readModels: [stockLevelReadModel],
  handles: ['stock.PartReceived', 'stock.PartIssued', 'stock.StockAdjusted'],
  async apply(event, ctx) {
    const movement = movementOf(event.type as PartEvent['type'], event.data as PartEvent['data']);
    if (!movement) return;
    const levels = ctx.rows(stockLevelReadModel);
    const key = { partId: movement.partId, locationCode: movement.locationCode };
    const current = await levels.get(key);
    levels.put({
      ...key,
      quantity: addQuantities(current?.quantity ?? 0, movement.quantityChange),
      unit: movement.unit,
      lastMovementAt: movement.at,
    });
  },
});
