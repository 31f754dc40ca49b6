import { defineReadModel } from '@repaero/read-store';

/** The minimum level set for a part at a location (no row: no minimum), for low-stock alerts. */
export interface MinimumLevelRow {
  partId: string;
  locationCode: string;
  minimumLevel: number;
  reorderQuantity: number;
  unit: string;
  setAt: string;
}

export const minimumLevelReadModel = defineReadModel<MinimumLevelRow>({
  name: 'stock_minimum_level',
  columns: {
    partId: { type: 'string', length: 36 },
    locationCode: { type: 'string', length: 32 },
    minimumLevel: { type: 'decimal', precision: 18, scale: 3 },
    reorderQuantity: { type: 'decimal', precision: 18, scale: 3 },
    unit: { type: 'string', length: 6 },
    setAt: { type: 'string', length: 30 },
  },
  primaryKey: ['partId', 'locationCode'],
});
