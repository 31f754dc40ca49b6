import { defineReadModel } from '@repaero/read-store';

/** Which part a barcode identifies: GTINs as GTIN-14, internal codes as written (the catalogue's own forms). */
export interface PartBarcodeRow {
  scheme: string;
  code: string;
  partId: string;
  assignedAt: string;
}

export const partBarcodeReadModel = defineReadModel<PartBarcodeRow>({
  name: 'stock_part_barcode',
  columns: {
    scheme: { type: 'string', length: 16 },
    code: { type: 'string', length: 64 },
    partId: { type: 'string', length: 36 },
    assignedAt: { type: 'string', length: 30 },
  },
  primaryKey: ['scheme', 'code'],
  indices: [{ columns: ['partId'] }],
});
