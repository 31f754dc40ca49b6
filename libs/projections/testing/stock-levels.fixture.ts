import type { EventEnvelope } from '@repaero/event-sourcing';
import { defineReadModel } from '@repaero/read-store';
import { defineProjection } from '../projection';

/** A small projection shaped like a context's, shared by the runner tests. */
export interface StockLevelRow {
  partId: string;
  location: string;
  quantity: number;
  unit: string;
  lastPosition: number;
  updatedAt: Date;
}

export const stockLevel = defineReadModel<StockLevelRow>({
  name: 'stock_level',
  columns: {
    partId: { type: 'string', length: 64 },
    location: { type: 'string', length: 32 },
    quantity: { type: 'decimal', precision: 18, scale: 3 },
    unit: { type: 'string', length: 8 },
    lastPosition: { type: 'bigint' },
    updatedAt: { type: 'timestamp' },
  },
  primaryKey: ['partId', 'location'],
  indices: [{ columns: ['location'] }],
});

export interface Movement {
  readonly partId: string;
  readonly location: string;
  readonly quantity: number;
  readonly unit?: string;
}

export const RECEIVED = 'stock.PartReceived';
export const ISSUED = 'stock.PartIssued';
export const NOTED = 'stock.NoteAdded';

export function stockLevelsProjection(options: { version?: number; name?: string; poison?: (event: EventEnvelope) => boolean } = {}) {
  return defineProjection({
    name: options.name ?? 'stock-levels',
    version: options.version ?? 1,
    readModels: [stockLevel],
    handles: [RECEIVED, ISSUED],
    async apply(event, ctx) {
      if (options.poison?.(event)) throw new Error(`cannot project ${event.type} at ${event.globalPosition}`);
      const data = event.data as Movement;
      const levels = ctx.rows(stockLevel);
      const current = await levels.get({ partId: data.partId, location: data.location });
      const sign = event.type === ISSUED ? -1 : 1;
      levels.put({
        partId: data.partId,
        location: data.location,
        quantity: (current?.quantity ?? 0) + sign * data.quantity,
        unit: data.unit ?? current?.unit ?? 'EA',
        lastPosition: event.globalPosition,
        updatedAt: new Date(event.recordedAt),
      });
    },
  });
}
