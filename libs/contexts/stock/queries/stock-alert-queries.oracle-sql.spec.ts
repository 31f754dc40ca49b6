import { oracleMergeOf } from '@repaero/projections/testing';
import type { FindManyOptions, ObjectLiteral } from 'typeorm';
import type { EventEnvelope } from '@repaero/event-sourcing';
import { oracleDdlFor, oracleSqlFor, type ReadModel } from '@repaero/read-store';
import { alertReadModel } from './alerts/alert.read-model';
import { alertsProjection } from './alerts/alerts.projection';
import { alertSubscriptionReadModel } from './alert-subscriptions/alert-subscription.read-model';
import { alertSubscriptionsProjection } from './alert-subscriptions/alert-subscriptions.projection';
import { itemLocationReadModel } from './items/item-location.read-model';
import { minimumLevelReadModel } from './minimum-levels/minimum-level.read-model';
import { minimumLevelsProjection } from './minimum-levels/minimum-levels.projection';
import { stockFinders } from './stock-finders';
import { alertHistory, alertSubscriptionHistory, minimumLevelHistory, personSubscriptionId } from './testing/stock-alert-history.fixture';
import type { HistoryEvent } from './testing/stock-item-history.fixture';
import { sealantPartId } from './testing/stock-item-history.fixture';

function envelope(position: number, event: HistoryEvent): EventEnvelope {
  return {
    id: `00000000-0000-7000-8000-${String(position).padStart(12, '0')}`,
    type: event.type,
    schemaVersion: 1,
    streamId: event.streamId,
    streamVersion: position,
    globalPosition: position,
    recordedAt: event.recordedAt,
    data: event.data,
    metadata: { actor: { id: 'u-7', name: 'Stella', roles: ['storekeeper'] }, correlationId: 'c', causationId: 'c', source: 'api' },
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
  };
}

const EVENTS = [...minimumLevelHistory, ...alertSubscriptionHistory, ...alertHistory].map((event, index) => envelope(index + 1, event));

/** What TypeORM sends to Oracle for the alert, subscription and minimum-level read models, checked without a server. */
describe('Oracle SQL of the stock alert read models', () => {
  it.each([
    ['stock-alerts', alertsProjection, alertReadModel],
    ['stock-alert-subscriptions', alertSubscriptionsProjection, alertSubscriptionReadModel],
    ['stock-minimum-levels', minimumLevelsProjection, minimumLevelReadModel],
  ] as const)('%s upserts its rows with MERGE', async (_name, projection, model) => {
    const sql = await oracleMergeOf(projection, model, EVENTS);
    expect(sql).toMatch(/^MERGE INTO/);
    expect(sql).toMatchSnapshot();
  });

  it('deletes a cleared minimum level by its key', async () => {
    const { sql, parameters } = await oracleSqlFor([minimumLevelReadModel], (qb) =>
      qb.repository(minimumLevelReadModel).createQueryBuilder().delete().where({ partId: sealantPartId, locationCode: 'MAIN-B02' }),
    );
    expect(sql).toMatchSnapshot();
    expect(parameters).toEqual([sealantPartId, 'MAIN-B02']);
  });

  const queries: ReadonlyArray<readonly [string, ReadModel<ObjectLiteral>, FindManyOptions<ObjectLiteral>, unknown[]]> = [
    ['open alerts of a kind, newest first, paged', alertReadModel, stockFinders.alerts({ status: 'open', kind: 'low-stock', limit: 20, offset: 40 }), ['open', 'low-stock']],
    ['every alert, newest first', alertReadModel, stockFinders.alerts({ limit: 100, offset: 0 }), []],
    ['the active alert subscriptions', alertSubscriptionReadModel, stockFinders.activeAlertSubscriptions(), ['active']],
    ['one alert subscription', alertSubscriptionReadModel, stockFinders.alertSubscription(personSubscriptionId), [personSubscriptionId]],
    ['the minimum level of a part at a location', minimumLevelReadModel, stockFinders.minimumLevelAt(sealantPartId, 'MAIN-B02'), [sealantPartId, 'MAIN-B02']],
    ['the items of a part at a location', itemLocationReadModel, stockFinders.itemsOfPartAt(sealantPartId, 'MAIN-B02'), [sealantPartId, 'MAIN-B02']],
  ];

  it.each(queries)('%s', async (_title, model, options, parameters) => {
    const generated = await oracleSqlFor([model], (qb) => qb.repository(model).createQueryBuilder().setFindOptions(options));
    expect(generated.sql).toMatchSnapshot();
    expect(generated.parameters).toEqual(parameters);
  });

  it('creates the alert read models with Oracle types and names within 30 characters', async () => {
    const ddl = await oracleDdlFor([alertReadModel, alertSubscriptionReadModel, minimumLevelReadModel]);
    for (const name of ddl.flatMap((statement) => [...statement.matchAll(/"([^"]+)"/g)].map((match) => match[1]))) expect(name.length).toBeLessThanOrEqual(30);
    expect(ddl).toMatchSnapshot();
  });
});
