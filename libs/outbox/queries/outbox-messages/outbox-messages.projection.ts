import { defineProjection } from '@repaero/projections';
import { OUTBOX_EVENT_TYPES, type OutboxEvent } from '../../domain/outbox-message/events';
import { outboxMessageReadModel, type OutboxMessageRow } from './outbox-message.read-model';

/** Same instant, same width: the dispatcher compares these as text. */
function utc(at: string): string {
  return new Date(at).toISOString();
}

/**
 * Free text cut to half the column: Oracle counts varchar2 lengths in bytes, and French is multibyte.
 * Oracle stores '' as NULL, so an empty text is written as the null it would become.
 */
function text(value: string | undefined, column: number): string | null {
  const cut = value?.trim().slice(0, Math.floor(column / 2));
  return cut ? cut : null;
}

function next(row: OutboxMessageRow, event: OutboxEvent): OutboxMessageRow {
  switch (event.type) {
    case 'outbox.MessageQueued':
      return row;
    case 'outbox.DeliveryAttempted':
      return { ...row, status: 'sending', attempts: event.data.attempt, attemptStartedAt: utc(event.data.at), nextAttemptAt: null };
    case 'outbox.MessageDelivered':
      return { ...row, status: 'delivered', providerId: event.data.providerId.slice(0, 200), deliveredAt: utc(event.data.at), nextAttemptAt: null };
    case 'outbox.DeliveryFailed':
      return {
        ...row,
        status: 'failed',
        nextAttemptAt: event.data.retryAt ? utc(event.data.retryAt) : null,
        lastErrorKind: event.data.kind,
        lastErrorCode: event.data.code ? event.data.code.slice(0, 32) : null,
        lastError: text(event.data.message, 1000),
      };
    case 'outbox.MessageParked':
      return { ...row, status: 'parked', nextAttemptAt: null, parkedAt: utc(event.data.at), parkReason: text(event.data.reason, 1000) };
    case 'outbox.MessageRequeued':
      return { ...row, status: 'queued', nextAttemptAt: utc(event.data.at), parkedAt: null, parkReason: null };
    case 'outbox.DeliveryStatusReported':
      // The provider's later status is in the stream; the row keeps our own delivery status.
      return row;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export const outboxMessagesProjection = defineProjection({
  name: 'outbox-messages',
  version: 1,
  readModels: [outboxMessageReadModel],
  handles: OUTBOX_EVENT_TYPES,
  async apply(envelope, ctx) {
    const event = { type: envelope.type, data: envelope.data } as OutboxEvent;
    const rows = ctx.rows(outboxMessageReadModel);
    const meta = { version: envelope.streamVersion, updatedAt: utc(envelope.recordedAt) };
    if (event.type === 'outbox.MessageQueued') {
      const message = event.data;
      const summary = message.channel === 'sms' ? message.payload.body : message.payload.subject;
      rows.put({
        messageId: message.messageId,
        channel: message.channel,
        recipient: message.recipient,
        summary: text(summary, 200) ?? '-',
        dedupeKey: message.dedupeKey,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: utc(message.queuedAt),
        queuedAt: utc(message.queuedAt),
        attemptStartedAt: null,
        lastErrorKind: null,
        lastErrorCode: null,
        lastError: null,
        providerId: null,
        deliveredAt: null,
        parkedAt: null,
        parkReason: null,
        ...meta,
      });
      return;
    }
    const row = await rows.get({ messageId: event.data.messageId });
    if (!row) throw new Error(`outbox message ${event.data.messageId} has no row: its MessageQueued was not projected`);
    rows.put({ ...next(row, event), ...meta });
  },
});
