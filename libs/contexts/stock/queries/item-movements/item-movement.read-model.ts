import { defineReadModel } from '@repaero/read-store';

export interface ItemMovementRow {
  position: number;
  itemId: string;
  partId: string;
  kind: string;
  locationCode: string | null;
  toLocationCode: string | null;
  quantityChange: number | null;
  unit: string | null;
  reference: string | null;
  detail: string | null;
  actorId: string;
  actorName: string;
  at: string;
}

export const itemMovementReadModel = defineReadModel<ItemMovementRow>({
  name: 'stock_item_movement',
  columns: {
    position: { type: 'bigint' },
    itemId: { type: 'string', length: 36 },
    partId: { type: 'string', length: 36 },
    kind: { type: 'string', length: 32 },
    locationCode: { type: 'string', length: 32, nullable: true },
    toLocationCode: { type: 'string', length: 32, nullable: true },
    quantityChange: { type: 'decimal', precision: 18, scale: 3, nullable: true },
    unit: { type: 'string', length: 6, nullable: true },
    reference: { type: 'string', length: 60, nullable: true },
    detail: { type: 'string', length: 500, nullable: true },
    actorId: { type: 'string', length: 100 },
    actorName: { type: 'string', length: 200 },
    at: { type: 'string', length: 30 },
  },
  primaryKey: ['position'],
  indices: [{ columns: ['itemId', 'position'] }],
});
