import { defineReadModel } from '@repaero/read-store';

/** One of our records as pushed to Odoo: adopt-before-create looks it up, unchanged pushes are skipped by its hash. */
export interface OdooMappingRow {
  /** Odoo model, e.g. `product.product`. */
  model: string;
  /** Our key: a part id, `<partId>@<location id>`, a partner id, a work-order number. */
  recordKey: string;
  odooId: number;
  /** sha256 of the canonical JSON of the fields last pushed. */
  valuesHash: string;
  /** The fields last pushed, as JSON, for `odoo reconcile` and for a human. */
  pushedValues: string;
  pushedAt: string;
}

export const odooMappingReadModel = defineReadModel<OdooMappingRow>({
  name: 'odoo_mapping',
  columns: {
    model: { type: 'string', length: 64 },
    recordKey: { type: 'string', length: 120 },
    odooId: { type: 'integer' },
    valuesHash: { type: 'string', length: 64 },
    pushedValues: { type: 'text' },
    pushedAt: { type: 'string', length: 30 },
  },
  primaryKey: ['model', 'recordKey'],
  indices: [{ columns: ['model', 'odooId'] }],
});
