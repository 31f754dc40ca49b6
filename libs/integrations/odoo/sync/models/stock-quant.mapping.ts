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

/**
 * Stock on hand → `stock.quant` per part and Odoo location (several of our locations may share one),
 * found by product and location. Needs the part's product: pushed first by the product reactor.
 */
export const stockQuantMapping: OdooModelMapping<QuantState> = {
  model: 'stock.quant',
  reactor: 'odoo-stock-quant',
  handles: PART_QUANTITY_EVENT_TYPES,
  keysOf: async (event, ctx) => {
    const partId = publishedPartIdOf(event);
    const code = movedLocationOf(event);
    return partId && code ? [`${partId}@${await odooLocationOf(code, ctx)}`] : [];
  },
  load: async (key, ctx) => {
    const [partId, location] = key.split('@');
    const part = await loadPublishedPart(ctx.pipeline, partId);
    if (!part) return undefined;
    const locationId = Number(location);
    let quantity = 0;
    for (const [code, onHand] of Object.entries(part.onHand)) {
      if ((await odooLocationOf(code, ctx)) === locationId) quantity += onHand;
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
