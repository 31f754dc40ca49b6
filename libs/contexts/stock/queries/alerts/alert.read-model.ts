import { defineReadModel } from '@repaero/read-store';
import type { AlertKind } from '../../domain/alert/events';

/** One row per alert (part, location, kind): its latest occurrence, open or cleared. */
export interface AlertRow {
  alertId: string;
  partId: string;
  locationCode: string;
  kind: AlertKind;
  status: 'open' | 'cleared';
  occurrence: number;
  summary: string;
  itemIds: string[];
  raisedAt: string;
  clearedAt: string | null;
  clearReason: string | null;
  acknowledgedBy: string | null;
  acknowledgedReason: string | null;
  acknowledgedAt: string | null;
}

export const alertReadModel = defineReadModel<AlertRow>({
  name: 'stock_alert',
  columns: {
    alertId: { type: 'string', length: 36 },
    partId: { type: 'string', length: 36 },
    locationCode: { type: 'string', length: 32 },
    kind: { type: 'string', length: 16 },
    status: { type: 'string', length: 8 },
    occurrence: { type: 'integer' },
    summary: { type: 'string', length: 500 },
    itemIds: { type: 'json' },
    raisedAt: { type: 'string', length: 30 },
    clearedAt: { type: 'string', length: 30, nullable: true },
    clearReason: { type: 'string', length: 500, nullable: true },
    acknowledgedBy: { type: 'string', length: 100, nullable: true },
    acknowledgedReason: { type: 'string', length: 500, nullable: true },
    acknowledgedAt: { type: 'string', length: 30, nullable: true },
  },
  primaryKey: ['alertId'],
  indices: [{ columns: ['status', 'raisedAt'] }, { columns: ['partId'] }],
});
