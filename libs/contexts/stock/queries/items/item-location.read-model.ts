import { defineReadModel } from '@repaero/read-store';

/** What is where: one row per item and location holding some of it (a bin count starts from these). */
export interface ItemLocationRow {
  locationCode: string;
  itemId: string;
  partId: string;
  partNumber: string;
  serialNumber: string | null;
  batchNumber: string | null;
  condition: string;
  quantity: number;
  unit: string;
  expiresOn: string | null;
}

export const itemLocationReadModel = defineReadModel<ItemLocationRow>({
  name: 'stock_item_location',
  columns: {
    locationCode: { type: 'string', length: 32 },
    itemId: { type: 'string', length: 36 },
    partId: { type: 'string', length: 36 },
    partNumber: { type: 'string', length: 40 },
    serialNumber: { type: 'string', length: 40, nullable: true },
    batchNumber: { type: 'string', length: 40, nullable: true },
    condition: { type: 'string', length: 16 },
    quantity: { type: 'decimal', precision: 18, scale: 3 },
    unit: { type: 'string', length: 6 },
    expiresOn: { type: 'string', length: 10, nullable: true },
  },
  primaryKey: ['locationCode', 'itemId'],
  indices: [{ columns: ['itemId'] }, { columns: ['partId'] }],
});
