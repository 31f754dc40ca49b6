import { In, LessThanOrEqual, type FindManyOptions } from 'typeorm';
import type { OutboxChannel } from '../../domain/outbox-message/events';
import type { OutboxMessageRow, OutboxStatus } from './outbox-message.read-model';

export interface OutboxListFilter {
  readonly status?: OutboxStatus;
  readonly channel?: OutboxChannel;
  readonly recipient?: string;
  readonly limit: number;
  readonly offset: number;
}

/** The find options behind each outbox query, shared by the queries and the Oracle SQL snapshots. */
export const outboxFinders = {
  /** Queued or failed messages whose time has come, oldest first, on the channels that can send. */
  due(now: string, channels: readonly OutboxChannel[], limit: number): FindManyOptions<OutboxMessageRow> {
    const channel = In([...channels]);
    const nextAttemptAt = LessThanOrEqual(now);
    return {
      where: [
        { status: 'queued', channel, nextAttemptAt },
        { status: 'failed', channel, nextAttemptAt },
      ],
      order: { nextAttemptAt: 'ASC', messageId: 'ASC' },
      take: limit,
    };
  },

  /** Attempts started before `startedBefore` whose outcome was never recorded. */
  stuck(startedBefore: string, limit: number): FindManyOptions<OutboxMessageRow> {
    return { where: { status: 'sending', attemptStartedAt: LessThanOrEqual(startedBefore) }, order: { attemptStartedAt: 'ASC' }, take: limit };
  },

  list(filter: OutboxListFilter): FindManyOptions<OutboxMessageRow> {
    const where = {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.channel ? { channel: filter.channel } : {}),
      ...(filter.recipient ? { recipient: filter.recipient } : {}),
    };
    return { where, order: { queuedAt: 'DESC', messageId: 'ASC' }, take: filter.limit, skip: filter.offset };
  },

  byDedupeKey(dedupeKey: string): FindManyOptions<OutboxMessageRow> {
    return { where: { dedupeKey }, order: { queuedAt: 'ASC' }, take: 100 };
  },
};
