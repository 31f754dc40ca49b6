import { defineProjection } from '@repaero/projections';
import { ITEM_EVENT_TYPES, type ItemEvent } from '../../domain/item/events';
import { itemMovementOf } from './item-movement-of';
import { itemMovementReadModel } from './item-movement.read-model';

/** Where each item went and what quality decided, in log order, with who did it. */
export const itemMovementsProjection = defineProjection({
  name: 'stock-item-movements',
  version: 1,
  readModels: [itemMovementReadModel],
  handles: ITEM_EVENT_TYPES,
  async apply(event, ctx) {
    const itemEvent = event as unknown as ItemEvent;
    const movement = itemMovementOf(itemEvent);
    if (!movement) return;
    ctx.rows(itemMovementReadModel).put({
      position: event.globalPosition,
      itemId: itemEvent.data.itemId,
      partId: itemEvent.data.partId,
      kind: movement.kind,
      locationCode: movement.locationCode ?? null,
      toLocationCode: movement.toLocationCode ?? null,
      quantityChange: movement.quantityChange ?? null,
      unit: movement.unit ?? null,
      reference: movement.reference ?? null,
      detail: movement.detail?.slice(0, 500) ?? null,
      actorId: event.metadata.actor.id,
      actorName: event.metadata.actor.name,
      at: event.recordedAt,
    });
  },
});
