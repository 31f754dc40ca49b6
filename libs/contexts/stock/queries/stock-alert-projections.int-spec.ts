import { describeReadStores, projectionSpec } from '@repaero/projections/testing';
import { alertReadModel } from './alerts/alert.read-model';
import { alertsProjection } from './alerts/alerts.projection';
import { alertSubscriptionReadModel } from './alert-subscriptions/alert-subscription.read-model';
import { alertSubscriptionsProjection } from './alert-subscriptions/alert-subscriptions.projection';
import { minimumLevelReadModel } from './minimum-levels/minimum-level.read-model';
import { minimumLevelsProjection } from './minimum-levels/minimum-levels.projection';
import {
  alertHistory,
  alertSubscriptionHistory,
  lowStockAlertId,
  minimumLevelHistory,
  personSubscriptionId,
  quarantineAlertId,
  roleSubscriptionId,
} from './testing/stock-alert-history.fixture';
import { at, sealantPartId, serialItemId, starterPartId } from './testing/stock-item-history.fixture';

describeReadStores('stock alert projections', (readStore) => {
  it('keeps the latest occurrence of each alert: a new one reopens it, an old acknowledgement does not carry over', () =>
    projectionSpec(alertsProjection, readStore)
      .givenEvents(...alertHistory)
      .verify(async (outcome) => {
        const rows = await outcome.rows(alertReadModel);
        const byId = new Map(rows.map((row) => [row.alertId, row]));
        expect(rows).toHaveLength(2);
        expect(byId.get(lowStockAlertId)).toEqual({
          alertId: lowStockAlertId,
          partId: sealantPartId,
          locationCode: 'MAIN-B02',
          kind: 'low-stock',
          status: 'open',
          occurrence: 2,
          summary: 'Stock bas : 2 EA en MAIN-B02 (minimum 4)',
          itemIds: [],
          raisedAt: at(14),
          clearedAt: null,
          clearReason: null,
          acknowledgedBy: null,
          acknowledgedReason: null,
          acknowledgedAt: null,
        });
        expect(byId.get(quarantineAlertId)).toMatchObject({
          partId: starterPartId,
          kind: 'quarantine',
          status: 'open',
          occurrence: 1,
          itemIds: [serialItemId],
          acknowledgedBy: 'u-9',
          acknowledgedReason: 'Release document requested',
          acknowledgedAt: at(16),
        });
      }));

  it('shows a cleared alert with when and why, acknowledged before it cleared', () =>
    projectionSpec(alertsProjection, readStore)
      .givenEvents(...alertHistory.slice(0, 4))
      .verify(async (outcome) => {
        const rows = await outcome.rows(alertReadModel);
        expect(rows.find((row) => row.alertId === lowStockAlertId)).toMatchObject({
          status: 'cleared',
          occurrence: 1,
          clearedAt: at(13),
          clearReason: 'stock.ItemReceived ended the condition',
          acknowledgedBy: 'u-7',
          acknowledgedReason: 'Reorder placed',
          acknowledgedAt: at(12),
        });
      }));

  it('keeps each subscription with its contacts, kinds, channels and opted-out numbers, ended ones included', () =>
    projectionSpec(alertSubscriptionsProjection, readStore)
      .givenEvents(...alertSubscriptionHistory)
      .verify(async (outcome) => {
        const rows = await outcome.rows(alertSubscriptionReadModel);
        const byId = new Map(rows.map((row) => [row.subscriptionId, row]));
        expect(byId.get(personSubscriptionId)).toEqual({
          subscriptionId: personSubscriptionId,
          subscriberType: 'person',
          subscriberRef: 'u-9',
          displayName: 'Quentin Quality',
          mobile: '+33612345678',
          email: 'q@repaero.example',
          kinds: ['quarantine', 'nonconformity'],
          channels: ['sms', 'email'],
          optedOut: ['+33612345678'],
          invalidMobile: null,
          status: 'active',
          subscribedAt: at(1),
          updatedAt: at(7),
        });
        expect(byId.get(roleSubscriptionId)).toEqual({
          subscriptionId: roleSubscriptionId,
          subscriberType: 'role',
          subscriberRef: 'storekeeper',
          displayName: 'Stores mailbox',
          mobile: null,
          email: 'stores@repaero.example',
          kinds: ['low-stock'],
          channels: ['email'],
          optedOut: [],
          invalidMobile: null,
          status: 'ended',
          subscribedAt: at(2),
          updatedAt: at(8),
        });
      }));

  it('lets an opt-in lift an opt-out (a repeated STOP is listed once)', () =>
    projectionSpec(alertSubscriptionsProjection, readStore)
      .givenEvents(...alertSubscriptionHistory.slice(0, 6))
      .verify(async (outcome) => {
        const person = (await outcome.rows(alertSubscriptionReadModel)).find((row) => row.subscriptionId === personSubscriptionId);
        expect(person).toMatchObject({ optedOut: [], updatedAt: at(6) });
      }));

  it('keeps the latest minimum level per part and location, and none once cleared', () =>
    projectionSpec(minimumLevelsProjection, readStore)
      .givenEvents(...minimumLevelHistory)
      .verify(async (outcome) => {
        const rows = await outcome.rows(minimumLevelReadModel);
        const sorted = [...rows].sort((a, b) => `${a.partId}${a.locationCode}`.localeCompare(`${b.partId}${b.locationCode}`));
        expect(sorted).toEqual([
          { partId: sealantPartId, locationCode: 'MAIN-B02', minimumLevel: 5, reorderQuantity: 25, unit: 'EA', setAt: at(4) },
          { partId: sealantPartId, locationCode: 'MAIN-C01', minimumLevel: 1.5, reorderQuantity: 2.25, unit: 'EA', setAt: at(2) },
        ]);
      }));
});
