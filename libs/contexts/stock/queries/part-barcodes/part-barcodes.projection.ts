import { defineProjection } from '@repaero/projections';
import type { PartBarcodeAssigned, PartBarcodeWithdrawn } from '../../domain/catalogue/events';
import { partBarcodeReadModel } from './part-barcode.read-model';

export const partBarcodesProjection = defineProjection({
  name: 'stock-part-barcodes',
  version: 1,
  readModels: [partBarcodeReadModel],
  handles: ['stock.PartBarcodeAssigned', 'stock.PartBarcodeWithdrawn'],
  async apply(event, ctx) {
    const barcodes = ctx.rows(partBarcodeReadModel);
    const barcodeEvent = event as unknown as PartBarcodeAssigned | PartBarcodeWithdrawn;
    const { scheme, code, partId } = barcodeEvent.data;
    if (barcodeEvent.type === 'stock.PartBarcodeAssigned') {
      barcodes.put({ scheme, code, partId, assignedAt: barcodeEvent.data.assignedAt });
      return;
    }
    // The check against other parts runs on a read model, so two parts could briefly hold one code: withdraw only our own.
    if ((await barcodes.get({ scheme, code }))?.partId === partId) barcodes.delete({ scheme, code });
  },
});
