import { defineReadModel } from '@repaero/read-store';
import type { OutboxChannel } from '../../domain/outbox-message/events';

export type OutboxStatus = 'queued' | 'sending' | 'delivered' | 'failed' | 'parked';

export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['queued', 'sending', 'delivered', 'failed', 'parked'];

/** Times are UTC ISO-8601 strings of one fixed width, so they compare as text in every dialect. */
export interface OutboxMessageRow {
  messageId: string;
  channel: OutboxChannel;
  recipient: string;
  /** The SMS body or the e-mail subject, cut short, for listings. */
  summary: string;
  dedupeKey: string;
  status: OutboxStatus;
  attempts: number;
  /** When the dispatcher may take it next (queued or failed), otherwise null. */
  nextAttemptAt: string | null;
  queuedAt: string;
  attemptStartedAt: string | null;
  lastErrorKind: string | null;
  lastErrorCode: string | null;
  lastError: string | null;
  providerId: string | null;
  deliveredAt: string | null;
  parkedAt: string | null;
  parkReason: string | null;
  /** Stream version this row reflects. */
  version: number;
  updatedAt: string;
}

export const outboxMessageReadModel = defineReadModel<OutboxMessageRow>({
  name: 'outbox_message',
  columns: {
    messageId: { type: 'string', length: 36 },
    channel: { type: 'string', length: 8 },
    recipient: { type: 'string', length: 320 },
    summary: { type: 'string', length: 200 },
    dedupeKey: { type: 'string', length: 200 },
    status: { type: 'string', length: 12 },
    attempts: { type: 'integer' },
    nextAttemptAt: { type: 'string', length: 30, nullable: true },
    queuedAt: { type: 'string', length: 30 },
    attemptStartedAt: { type: 'string', length: 30, nullable: true },
    lastErrorKind: { type: 'string', length: 32, nullable: true },
    lastErrorCode: { type: 'string', length: 32, nullable: true },
    lastError: { type: 'string', length: 1000, nullable: true },
    providerId: { type: 'string', length: 200, nullable: true },
    deliveredAt: { type: 'string', length: 30, nullable: true },
    parkedAt: { type: 'string', length: 30, nullable: true },
    parkReason: { type: 'string', length: 1000, nullable: true },
    version: { type: 'integer' },
    updatedAt: { type: 'string', length: 30 },
  },
  primaryKey: ['messageId'],
  indices: [{ columns: ['status', 'nextAttemptAt'] }, { columns: ['channel', 'status'] }, { columns: ['dedupeKey'] }, { columns: ['queuedAt'] }],
});
