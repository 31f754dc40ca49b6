import { defineProjection } from '@repaero/projections';
import { ALERT_EVENT_TYPES, type AlertEvent } from '../../domain/alert/events';
import { alertReadModel } from './alert.read-model';

export const alertsProjection = defineProjection({
  name: 'stock-alerts',
  version: 1,
  readModels: [alertReadModel],
  handles: ALERT_EVENT_TYPES,
  async apply(envelope, ctx) {
    const rows = ctx.rows(alertReadModel);
    const event = envelope as unknown as AlertEvent;
    switch (event.type) {
      case 'stock.AlertRaised': {
        const { alertId, partId, locationCode, kind, occurrence, summary, itemIds, raisedAt } = event.data;
        rows.put({
          alertId,
          partId,
          locationCode,
          kind,
          status: 'open',
          occurrence,
          summary,
          itemIds: [...itemIds],
          raisedAt,
          clearedAt: null,
          clearReason: null,
          acknowledgedBy: null,
          acknowledgedReason: null,
          acknowledgedAt: null,
        });
        return;
      }
      case 'stock.AlertCleared': {
        const current = await rows.get({ alertId: event.data.alertId });
        if (current) rows.put({ ...current, status: 'cleared', clearedAt: event.data.clearedAt, clearReason: event.data.reason });
        return;
      }
      case 'stock.AlertAcknowledged': {
        const current = await rows.get({ alertId: event.data.alertId });
        if (current && current.occurrence === event.data.occurrence) {
          rows.put({ ...current, acknowledgedBy: event.data.by, acknowledgedReason: event.data.reason, acknowledgedAt: event.data.acknowledgedAt });
        }
        return;
      }
      default: {
        const unhandled: never = event;
        return unhandled;
      }
    }
  },
});
