import { defineProjection } from '@repaero/projections';
import type { PartRegistered } from '../../domain/part/events';
import { normalisePartNumber } from '../../domain/part/part-number';
import { partReadModel } from './part.read-model';

export const partsProjection = defineProjection({
  name: 'stock-parts',
  version: 1,
  readModels: [partReadModel],
  handles: ['stock.PartRegistered'],
  async apply(event, ctx) {
    const { partId, partNumber, manufacturer, description, unit, registeredAt } = (event as unknown as PartRegistered).data;
    ctx.rows(partReadModel).put({
      partId,
      partNumber,
      partNumberKey: normalisePartNumber(partNumber),
      manufacturer: manufacturer ?? null,
      description,
      unit,
      registeredAt,
    });
  },
});
