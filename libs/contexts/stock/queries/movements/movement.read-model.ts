import { defineReadModel } from '@repaero/read-store';

export interface MovementRow {
  position: number;
  partId: string;
  kind: string;
  locationCode: string;
  quantityChange: number;
  unit: string;
  workOrderRef: string | null;
  reason: string | null;
  actorId: string;
  actorName: string;
  at: string;
}

export const movementReadModel = defineReadModel<MovementRow>({
  name: 'stock_movement',
  columns: {
    position: { type: 'bigint' },
    partId: { type: 'string', length: 36 },
    kind: { type: 'string', length: 16 },
    locationCode: { type: 'string', length: 32 },
    quantityChange: { type: 'decimal', precision: 18, scale: 3 },
    unit: { type: 'string', length: 6 },
    workOrderRef: { type: 'string', length: 40, nullable: true },
    reason: { type: 'string', length: 500, nullable: true },
    actorId: { type: 'string', length: 100 },
    actorName: { type: 'string', length: 200 },
    at: { type: 'string', length: 30 },
  },
  primaryKey: ['position'],
  indices: [{ columns: ['partId', 'position'] }],
});
