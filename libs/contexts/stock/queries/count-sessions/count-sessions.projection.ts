import { defineProjection } from '@repaero/projections';
import { COUNT_SESSION_EVENT_TYPES, type CountSessionEvent } from '../../domain/count/events';
import { countSessionReadModel } from './count-session.read-model';

export const countSessionsProjection = defineProjection({
  name: 'stock-count-sessions',
  version: 1,
  readModels: [countSessionReadModel],
  handles: COUNT_SESSION_EVENT_TYPES,
  async apply(event, ctx) {
    const sessions = ctx.rows(countSessionReadModel);
    const counted = event as unknown as CountSessionEvent;
    if (counted.type === 'stock.CountSessionOpened') {
      const { sessionId, locationCode, lines, openedAt } = counted.data;
      sessions.put({
        sessionId,
        locationCode,
        status: 'open',
        lines: [...lines],
        linesCounted: 0,
        adjustments: null,
        cancelReason: null,
        openedBy: event.metadata.actor.name,
        openedAt,
        endedAt: null,
      });
      return;
    }
    const session = await sessions.get({ sessionId: counted.data.sessionId });
    if (!session) return;
    switch (counted.type) {
      case 'stock.ItemCounted': {
        const { itemId, countedQuantity } = counted.data;
        const lines = session.lines.map((line) => (line.itemId === itemId ? { ...line, countedQuantity } : line));
        sessions.put({ ...session, lines, linesCounted: lines.filter((line) => line.countedQuantity !== undefined).length });
        return;
      }
      case 'stock.CountSessionClosed':
        sessions.put({ ...session, status: 'closed', adjustments: [...counted.data.adjustments], endedAt: counted.data.closedAt });
        return;
      case 'stock.CountSessionCancelled':
        sessions.put({ ...session, status: 'cancelled', cancelReason: counted.data.reason, endedAt: counted.data.cancelledAt });
        return;
      default: {
        const unhandled: never = counted;
        return unhandled;
      }
    }
  },
});
