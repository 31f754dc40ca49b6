import type { ActiveReadModels } from '@repaero/projections';
import type { OutboxChannel } from '../../domain/outbox-message/events';
import { outboxFinders, type OutboxListFilter } from './outbox-finders';
import { OUTBOX_STATUSES, outboxMessageReadModel, type OutboxMessageRow, type OutboxStatus } from './outbox-message.read-model';

export type OutboxCounts = Readonly<Record<OutboxChannel, Readonly<Record<OutboxStatus, number>>>>;

function zero(): Record<OutboxStatus, number> {
  return Object.fromEntries(OUTBOX_STATUSES.map((status) => [status, 0])) as Record<OutboxStatus, number>;
}

/** Reads of the outbox read model (always its active slot), for the dispatcher, the admin API and metrics. */
export class OutboxQueries {
  constructor(private readonly readModels: ActiveReadModels) {}

  get(messageId: string): Promise<OutboxMessageRow | null> {
    return this.readModels.read(outboxMessageReadModel, (rows) => rows.findOneBy({ messageId }));
  }

  list(filter: Partial<OutboxListFilter> = {}): Promise<OutboxMessageRow[]> {
    const options = outboxFinders.list({ limit: 50, offset: 0, ...filter });
    return this.readModels.read(outboxMessageReadModel, (rows) => rows.find(options));
  }

  byDedupeKey(dedupeKey: string): Promise<OutboxMessageRow[]> {
    return this.readModels.read(outboxMessageReadModel, (rows) => rows.find(outboxFinders.byDedupeKey(dedupeKey)));
  }

  due(now: Date, channels: readonly OutboxChannel[], limit: number): Promise<OutboxMessageRow[]> {
    if (channels.length === 0) return Promise.resolve([]);
    return this.readModels.read(outboxMessageReadModel, (rows) => rows.find(outboxFinders.due(now.toISOString(), channels, limit)));
  }

  stuck(startedBefore: Date, limit: number): Promise<OutboxMessageRow[]> {
    return this.readModels.read(outboxMessageReadModel, (rows) => rows.find(outboxFinders.stuck(startedBefore.toISOString(), limit)));
  }

  /** Messages per channel and status: what is waiting (a held channel's queue included), failing, parked. */
  async counts(): Promise<OutboxCounts> {
    const raw = await this.readModels.read(outboxMessageReadModel, (rows) =>
      rows
        .createQueryBuilder('m')
        .select('m.channel', 'channel')
        .addSelect('m.status', 'status')
        .addSelect('COUNT(*)', 'total')
        .groupBy('m.channel')
        .addGroupBy('m.status')
        .getRawMany<{ channel: OutboxChannel; status: OutboxStatus; total: number | string }>(),
    );
    const counts = { sms: zero(), email: zero() };
    for (const { channel, status, total } of raw) {
      if (channel in counts && OUTBOX_STATUSES.includes(status)) counts[channel][status] = Number(total);
    }
    return counts;
  }
}
