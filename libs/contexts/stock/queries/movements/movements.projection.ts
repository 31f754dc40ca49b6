import { defineProjection } from '@repaero/projections';
import type { PartEvent } from '../../domain/part/events';
import { movementOf } from './movement-of';
import { movementReadModel } from './movement.read-model';

export const movementsProjection = defineProjection({
  name: 'stock-movements',
  version: 1,
  readModels: [movementReadModel],
  handles: ['stock.PartReceived', 'stock.PartIssued', 'stock.StockAdjusted'],
  async apply(event, ctx) {
    const movement = movementOf(event.type as PartEvent['type'], event.data as PartEvent['data']);
    if (!movement) return;
    ctx.rows(movementReadModel).put({
      position: event.globalPosition,
      partId: movement.partId,
      kind: movement.kind,
      locationCode: movement.locationCode,
      quantityChange: movement.quantityChange,
      unit: movement.unit,
      workOrderRef: movement.workOrderRef ?? null,
      reason: movement.reason ?? null,
      actorId: event.metadata.actor.id,
      actorName: event.metadata.actor.name,
      at: movement.at,
    });
  },
});
