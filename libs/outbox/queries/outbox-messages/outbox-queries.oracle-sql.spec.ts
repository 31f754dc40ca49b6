import { oracleDdlFor, oracleSqlFor } from '@repaero/read-store';
import { outboxFinders } from './outbox-finders';
import { outboxMessageReadModel } from './outbox-message.read-model';

const NOW = '2026-11-28T09:00:00.000Z';

describe('outbox queries on Oracle', () => {
  const sql = (build: Parameters<typeof oracleSqlFor>[1]) => oracleSqlFor([outboxMessageReadModel], build);

  it('creates its table with identifiers Oracle accepts', async () => {
    const ddl = await oracleDdlFor([outboxMessageReadModel]);
    const identifiers = ddl.flatMap((statement) => [...statement.matchAll(/"([^"]+)"/g)].map((match) => match[1]));
    expect(identifiers).toContain('next_attempt_at');
    expect(identifiers.filter((identifier) => identifier.length > 30)).toEqual([]);
  });

  it('finds due messages of the sending channels', async () => {
    expect(await sql((qb) => qb.repository(outboxMessageReadModel).createQueryBuilder().setFindOptions(outboxFinders.due(NOW, ['sms', 'email'], 20)))).toMatchSnapshot();
  });

  it('finds attempts stuck without an outcome', async () => {
    expect(await sql((qb) => qb.repository(outboxMessageReadModel).createQueryBuilder().setFindOptions(outboxFinders.stuck(NOW, 20)))).toMatchSnapshot();
  });

  it('lists messages by status and channel, newest first', async () => {
    expect(
      await sql((qb) => qb.repository(outboxMessageReadModel).createQueryBuilder().setFindOptions(outboxFinders.list({ status: 'parked', channel: 'sms', limit: 50, offset: 0 }))),
    ).toMatchSnapshot();
  });

  it('writes a row with one MERGE', async () => {
    const row = {
      messageId: '0190f1d4-6c1e-5b5a-9f0e-2d3c4b5a6978',
      channel: 'sms' as const,
      recipient: '+33612345678',
      summary: 'Stock bas',
      dedupeKey: 'stock-low:1',
      status: 'queued' as const,
      attempts: 0,
      nextAttemptAt: NOW,
      queuedAt: NOW,
      attemptStartedAt: null,
      lastErrorKind: null,
      lastErrorCode: null,
      lastError: null,
      providerId: null,
      deliveredAt: null,
      parkedAt: null,
      parkReason: null,
      version: 1,
      updatedAt: NOW,
    };
    const { sql: merge } = await sql((qb) => qb.upsert(outboxMessageReadModel, [row]));
    expect(merge).toMatch(/^MERGE INTO "outbox_message_a"/);
    expect(merge).toMatchSnapshot();
  });
});
