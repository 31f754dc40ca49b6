import {
  PART_DESCRIPTION_EVENT_TYPES,
  loadPublishedPart,
  publishedPartIdOf,
  type PublishedPart,
} from '@repaero/contexts/stock/contracts/published-part';
import type { OdooModelMapping } from '../odoo-model-mapping';

/** Stock parts → `product.product`, found by `default_code` (our part number). */
export const productProductMapping: OdooModelMapping<PublishedPart> = {
  model: 'product.product',
  reactor: 'odoo-product-product',
  handles: PART_DESCRIPTION_EVENT_TYPES,
  keysOf: async (event) => {
    const partId = publishedPartIdOf(event);
    return partId ? [partId] : [];
  },
  load: (partId, ctx) => loadPublishedPart(ctx.pipeline, partId),
  fields: async (part) => ({
    default_code: part.partNumber,
    name: part.description,
    // Odoo keeps one barcode per product; the first assigned (a GTIN, usually) is the one scanned at the counter.
    barcode: part.barcodes[0]?.code ?? false,
    type: 'consu',
    // Every part we keep is counted in stock (the 18+ flag; `type: 'product'` is gone).
    is_storable: true,
  }),
  identity: (fields) => [['default_code', '=', fields.default_code]],
};
