import { defineReadModel } from '@repaero/read-store';
import type { CountAdjustment, ExpectedCountLine } from '../../domain/count/events';

export type CountSessionLine = ExpectedCountLine & { countedQuantity?: number };

export interface CountSessionRow {
  sessionId: string;
  locationCode: string;
  status: 'open' | 'closed' | 'cancelled';
  /** The expected lines of the snapshot, each with its count once recorded. */
  lines: CountSessionLine[];
  linesCounted: number;
  adjustments: CountAdjustment[] | null;
  cancelReason: string | null;
  openedBy: string;
  openedAt: string;
  endedAt: string | null;
}

export const countSessionReadModel = defineReadModel<CountSessionRow>({
  name: 'stock_count_session',
  columns: {
    sessionId: { type: 'string', length: 36 },
    locationCode: { type: 'string', length: 32 },
    status: { type: 'string', length: 10 },
    lines: { type: 'json' },
    linesCounted: { type: 'integer' },
    adjustments: { type: 'json', nullable: true },
    cancelReason: { type: 'string', length: 500, nullable: true },
    openedBy: { type: 'string', length: 200 },
    openedAt: { type: 'string', length: 30 },
    endedAt: { type: 'string', length: 30, nullable: true },
  },
  primaryKey: ['sessionId'],
  indices: [{ columns: ['locationCode', 'openedAt'] }, { columns: ['status', 'openedAt'] }],
});
