import { defineReadModel } from '@repaero/read-store';

export interface StockLevelRow {
  partId: string;
  locationCode: string;
  quantity: number;
  unit: string;
  lastMovementAt: string;
}

export const stockLevelReadModel = defineReadModel<StockLevelRow>({
  name: 'stock_level',
  columns: {
    partId: { type: 'string', length: 36 },
    locationCode: { type: 'string', length: 32 },
    quantity: { type: 'decimal', precision: 18, scale: 3 },
    unit: { type: 'string', length: 6 },
    lastMovementAt: { type: 'string', length: 30 },
  },
  primaryKey: ['partId', 'locationCode'],
  indices: [{ columns: ['locationCode'] }],
});
