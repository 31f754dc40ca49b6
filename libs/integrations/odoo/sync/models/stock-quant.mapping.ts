import {
  ITEM_STOCK_EVENT_TYPES,
  PUBLISHED_ITEM_STOCK_PROJECTION,
  itemStockTouchedBy,
  loadPublishedItemStock,
} from '@repaero/contexts/stock/contracts/published-item-stock';
import {
  PART_QUANTITY_EVENT_TYPES,
  loadPublishedPart,
  movedLocationOf,
  publishedPartIdOf,
} from '@repaero/contexts/stock/contracts/published-part';
import type { OdooPort } from '../../odoo.port';
import type { OdooModelMapping, OdooSyncContext, OdooValues } from '../odoo-model-mapping';

export interface QuantState {
  readonly partId: string;
  readonly locationId: number;
  readonly quantity: number;
}

const INVENTORY_MODE = { context: { inventory_mode: true } } as const;

/** Our location code → Odoo location id: ODOO_LOCATION_MAP, else the warehouse's stock location. */
async function odooLocationOf(code: string, ctx: OdooSyncContext): Promise<number> {
  return ctx.config.locationMap[code] ?? (await ctx.defaultLocationId());
}

/** Sets the counted quantity, then applies it: Odoo's own inventory adjustment (DOMAIN §5). */
async function applyInventory(odoo: OdooPort, id: number, quantity: unknown): Promise<void> {
  await odoo.write('stock.quant', [id], { inventory_quantity: quantity }, INVENTORY_MODE);
  await odoo.call('stock.quant', 'action_apply_inventory', {}, { ids: [id], ...INVENTORY_MODE });
}

/** Serviceable, in-date items of the part (ADR 0009): read once the items projection has passed the event. */
async function itemStockOf(partId: string, ctx: OdooSyncContext, after?: number) {
  if (!ctx.readModels) return [];
  await ctx.projected([PUBLISHED_ITEM_STOCK_PROJECTION], after);
  return loadPublishedItemStock(ctx.readModels, partId, ctx.pipeline.clock.now().toISOString());
}

/**
 * Stock on hand → `stock.quant` per part and Odoo location (several of our locations may share one),
 * found by product and location: the part-level quantities plus its serviceable, in-date items
 * (quantities only, no `stock.lot`). Needs the part's product: pushed first by the product reactor.
 */
export const stockQuantMapping: OdooModelMapping<QuantState> = {
  model: 'stock.quant',
  reactor: 'odoo-stock-quant',
  handles: [...PART_QUANTITY_EVENT_TYPES, ...ITEM_STOCK_EVENT_TYPES],
  keysOf: async (event, ctx) => {
    const partId = publishedPartIdOf(event);
    const code = movedLocationOf(event);
    if (partId && code) return [`${partId}@${await odooLocationOf(code, ctx)}`];
    const touched = await itemStockTouchedBy(ctx.pipeline, event);
    if (!touched) return [];
    const locations = new Set<number>();
    for (const itemCode of touched.locationCodes) locations.add(await odooLocationOf(itemCode, ctx));
    return [...locations].map((location) => `${touched.partId}@${location}`);
  },
  load: async (key, ctx, after) => {
    const [partId, location] = key.split('@');
    const part = await loadPublishedPart(ctx.pipeline, partId);
    if (!part) return undefined;
    const locationId = Number(location);
    let quantity = 0;
    for (const [code, onHand] of Object.entries(part.onHand)) {
      if ((await odooLocationOf(code, ctx)) === locationId) quantity += onHand;
    }
    for (const item of await itemStockOf(partId, ctx, after)) {
      if ((await odooLocationOf(item.locationCode, ctx)) === locationId) quantity += item.quantity;
    }
    return { partId, locationId, quantity: Math.round(quantity * 1000) / 1000 };
  },
  fields: async (quant, ctx, after) => ({
    product_id: await ctx.odooIdOf('product.product', quant.partId, after),
    location_id: quant.locationId,
    quantity: quant.quantity,
  }),
  identity: (fields) => [
    ['product_id', '=', fields.product_id],
    ['location_id', '=', fields.location_id],
  ],
  // A quant is created with inventory fields only (Odoo refuses `quantity`), then applied.
  create: async (odoo, fields: OdooValues) => {
    const id = await odoo.create('stock.quant', { product_id: fields.product_id, location_id: fields.location_id, inventory_quantity: fields.quantity }, INVENTORY_MODE);
    await odoo.call('stock.quant', 'action_apply_inventory', {}, { ids: [id], ...INVENTORY_MODE });
    return id;
  },
  update: (odoo, id, fields) => applyInventory(odoo, id, fields.quantity),
};
