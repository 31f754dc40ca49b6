import { loadStream, type EventEnvelope, type PipelineDependencies } from '@repaero/event-sourcing';
import type { ActiveReadModels } from '@repaero/projections';
import type { ItemEvent } from '../domain/item/events';
import { STOCK_ITEM_CATEGORY, stockItemStreamId } from '../domain/item/item-stream';
import { itemDecider } from '../domain/item/item.decider';
import { isExpired } from '../domain/item/shelf-life';
import { itemLocationReadModel } from '../queries/items/item-location.read-model';
import { itemsProjection } from '../queries/items/items.projection';

/** Serviceable, in-date stock of one item at one location, as the stock context publishes it to other systems (the Odoo sync). */
export interface PublishedItemStock {
  readonly itemId: string;
  readonly partId: string;
  readonly locationCode: string;
  readonly quantity: number;
  readonly serialNumber?: string;
  readonly batchNumber?: string;
}

/** Events that change where an item is, how much of it, or whether it is serviceable and in date. */
export const ITEM_STOCK_EVENT_TYPES = [
  'stock.ItemReceived',
  'stock.ItemAccepted',
  'stock.ItemQuarantined',
  'stock.ItemRejected',
  'stock.ItemDeclaredUnsalvageable',
  'stock.ItemScrapped',
  'stock.ItemSentToRepair',
  'stock.ItemReturnedFromRepair',
  'stock.ItemIssued',
  'stock.ItemReturnedFromWorkOrder',
  'stock.ItemTransferred',
  'stock.ItemQuantityAdjusted',
  'stock.ItemShelfLifeExtended',
] as const satisfies readonly ItemEvent['type'][];

/** The projection `loadPublishedItemStock` reads: wait for it to pass an event's position before reading. */
export const PUBLISHED_ITEM_STOCK_PROJECTION = itemsProjection.name;

/**
 * The part and every location an item event may have changed stock at: each location the item held
 * stock at up to and including the event (a condition change names none, a transfer two).
 */
export async function itemStockTouchedBy(
  deps: Pick<PipelineDependencies, 'store' | 'upcasters'>,
  event: Pick<EventEnvelope, 'streamId' | 'type' | 'globalPosition'>,
): Promise<{ readonly partId: string; readonly locationCodes: readonly string[] } | undefined> {
  const prefix = `${STOCK_ITEM_CATEGORY}-`;
  if (!event.streamId.startsWith(prefix) || !(ITEM_STOCK_EVENT_TYPES as readonly string[]).includes(event.type)) return undefined;
  const locationCodes = new Set<string>();
  const { state } = await loadStream(deps, itemDecider, stockItemStreamId(event.streamId.slice(prefix.length)), (recorded) => {
    if (recorded.globalPosition > event.globalPosition) return false;
    // The folded state forgets a location once emptied: the events name every one it held stock at.
    const { locationCode, fromLocationCode, toLocationCode } = recorded.data as { locationCode?: string; fromLocationCode?: string; toLocationCode?: string };
    for (const code of [locationCode, fromLocationCode, toLocationCode]) if (code) locationCodes.add(code);
    return true;
  });
  if (state.status !== 'received') return undefined;
  return { partId: state.partId, locationCodes: [...locationCodes] };
}

/** The part's items that count as stock: SERVICEABLE (DOMAIN rule 3) and not past their expiry on the business date of `at`. */
export async function loadPublishedItemStock(readModels: ActiveReadModels, partId: string, at: string): Promise<PublishedItemStock[]> {
  // Before the items projection first ran there is no item to publish, and no table to read.
  if (!(await readModels.isBuilt(itemLocationReadModel))) return [];
  const rows = await readModels.read(itemLocationReadModel, (repository) =>
    repository.find({ where: { partId, condition: 'SERVICEABLE' }, order: { locationCode: 'ASC', itemId: 'ASC' } }),
  );
  return rows
    .filter((row) => Number(row.quantity) > 0 && !isExpired(row.expiresOn ?? undefined, at))
    .map((row) => ({
      itemId: row.itemId,
      partId: row.partId,
      locationCode: row.locationCode,
      quantity: Number(row.quantity),
      ...(row.serialNumber !== null && { serialNumber: row.serialNumber }),
      ...(row.batchNumber !== null && { batchNumber: row.batchNumber }),
    }));
}
