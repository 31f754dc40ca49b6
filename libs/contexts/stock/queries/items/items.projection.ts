import { defineProjection } from '@repaero/projections';
import { ITEM_EVENT_TYPES, type ItemEvent } from '../../domain/item/events';
import { itemDecider } from '../../domain/item/item.decider';
import { itemLocationReadModel } from './item-location.read-model';
import { itemLocationRowsOf, itemRowOf } from './item-rows';
import { itemReadModel } from './item.read-model';

/** Items by part, condition, expiry and location, folded with the item decider's own `evolve`. */
export const itemsProjection = defineProjection({
  name: 'stock-items',
  version: 1,
  readModels: [itemReadModel, itemLocationReadModel],
  handles: ITEM_EVENT_TYPES,
  async apply(event, ctx) {
    const items = ctx.rows(itemReadModel);
    const { itemId } = event.data as { itemId: string };
    const before = await items.get({ itemId });
    const next = itemDecider.evolve(before?.state ?? itemDecider.initialState(), event as unknown as ItemEvent);
    // Only an ItemReceived starts an item; anything else on an unknown item leaves nothing to show.
    if (next.status !== 'received') return;
    items.put(itemRowOf(next, before, event.recordedAt));
    const locations = ctx.rows(itemLocationReadModel);
    const rows = itemLocationRowsOf(next);
    for (const locationCode of Object.keys(before?.state.onHand ?? {})) {
      if (!(locationCode in next.onHand)) locations.delete({ locationCode, itemId });
    }
    for (const row of rows) locations.put(row);
  },
});
