import { stockAlertStreamId } from '../../domain/alert/alert-stream';
import type { AlertEvent } from '../../domain/alert/events';
import { alertSubscriptionStreamId } from '../../domain/alert-subscription/alert-subscription-stream';
import type { AlertSubscriptionEvent } from '../../domain/alert-subscription/events';
import type { PartMinimumLevelCleared, PartMinimumLevelSet } from '../../domain/catalogue/events';
import { at, sealantPartId, serialItemId, starterPartId, type HistoryEvent } from './stock-item-history.fixture';

/** Alerts, subscriptions and minimum levels as their deciders record them (typed against the stored contracts). */
export const lowStockAlertId = '0193a1b2-0000-7000-8000-0000000000a1';
export const quarantineAlertId = '0193a1b2-0000-7000-8000-0000000000a2';
export const personSubscriptionId = '0193a1b2-0000-7000-8000-0000000000b1';
export const roleSubscriptionId = '0193a1b2-0000-7000-8000-0000000000b2';

const lowStock = { alertId: lowStockAlertId, partId: sealantPartId, locationCode: 'MAIN-B02', kind: 'low-stock' } as const;
const quarantine = { alertId: quarantineAlertId, partId: starterPartId, locationCode: 'MAIN-A01', kind: 'quarantine' } as const;

const alertEvents: readonly AlertEvent[] = [
  { type: 'stock.AlertRaised', data: { ...lowStock, occurrence: 1, summary: 'Stock bas : 3 EA en MAIN-B02 (minimum 4)', itemIds: [], raisedAt: at(10) } },
  { type: 'stock.AlertRaised', data: { ...quarantine, occurrence: 1, summary: 'Quarantaine : 1 article(s) en MAIN-A01', itemIds: [serialItemId], raisedAt: at(11) } },
  { type: 'stock.AlertAcknowledged', data: { alertId: lowStockAlertId, occurrence: 1, by: 'u-7', reason: 'Reorder placed', acknowledgedAt: at(12) } },
  { type: 'stock.AlertCleared', data: { ...lowStock, occurrence: 1, reason: 'stock.ItemReceived ended the condition', clearedAt: at(13) } },
  { type: 'stock.AlertRaised', data: { ...lowStock, occurrence: 2, summary: 'Stock bas : 2 EA en MAIN-B02 (minimum 4)', itemIds: [], raisedAt: at(14) } },
  // An acknowledgement of the earlier occurrence does not acknowledge the new one.
  { type: 'stock.AlertAcknowledged', data: { alertId: lowStockAlertId, occurrence: 1, by: 'u-7', reason: 'late', acknowledgedAt: at(15) } },
  { type: 'stock.AlertAcknowledged', data: { alertId: quarantineAlertId, occurrence: 1, by: 'u-9', reason: 'Release document requested', acknowledgedAt: at(16) } },
];

const person = { type: 'person', userId: 'u-9', displayName: 'Quentin Quality' } as const;
const role = { type: 'role', role: 'storekeeper', displayName: 'Stores mailbox' } as const;
const subscriptionEvents: readonly AlertSubscriptionEvent[] = [
  {
    type: 'stock.AlertSubscribed',
    data: { subscriptionId: personSubscriptionId, subscriber: person, contacts: { mobile: '+33612345678', email: 'q@repaero.example' }, kinds: ['quarantine'], channels: ['sms'], by: 'u-9', subscribedAt: at(1) },
  },
  { type: 'stock.AlertSubscribed', data: { subscriptionId: roleSubscriptionId, subscriber: role, contacts: { email: 'stores@repaero.example' }, kinds: ['low-stock'], channels: ['email'], by: 'u-1', subscribedAt: at(2) } },
  {
    type: 'stock.AlertSubscriptionChanged',
    data: { subscriptionId: personSubscriptionId, contacts: { mobile: '+33612345678', email: 'q@repaero.example' }, kinds: ['quarantine', 'nonconformity'], channels: ['sms', 'email'], by: 'u-9', changedAt: at(3) },
  },
  { type: 'stock.AlertSmsOptedOut', data: { subscriptionId: personSubscriptionId, mobile: '+33612345678', source: 'twilio-21610', optedOutAt: at(4) } },
  { type: 'stock.AlertSmsOptedOut', data: { subscriptionId: personSubscriptionId, mobile: '+33612345678', source: 'stop', optedOutAt: at(5) } },
  { type: 'stock.AlertSmsOptedIn', data: { subscriptionId: personSubscriptionId, mobile: '+33612345678', optedInAt: at(6) } },
  { type: 'stock.AlertSmsOptedOut', data: { subscriptionId: personSubscriptionId, mobile: '+33612345678', source: 'stop', optedOutAt: at(7) } },
  { type: 'stock.AlertUnsubscribed', data: { subscriptionId: roleSubscriptionId, by: 'u-1', reason: 'Mailbox closed', unsubscribedAt: at(8) } },
];

const minimumLevelEvents: readonly (PartMinimumLevelSet | PartMinimumLevelCleared)[] = [
  { type: 'stock.PartMinimumLevelSet', data: { partId: sealantPartId, locationCode: 'MAIN-B02', minimumLevel: 4, reorderQuantity: 20, unit: 'EA', setAt: at(1) } },
  { type: 'stock.PartMinimumLevelSet', data: { partId: sealantPartId, locationCode: 'MAIN-C01', minimumLevel: 1.5, reorderQuantity: 2.25, unit: 'EA', setAt: at(2) } },
  { type: 'stock.PartMinimumLevelSet', data: { partId: starterPartId, locationCode: 'MAIN-A01', minimumLevel: 1, reorderQuantity: 1, unit: 'EA', setAt: at(3) } },
  { type: 'stock.PartMinimumLevelSet', data: { partId: sealantPartId, locationCode: 'MAIN-B02', minimumLevel: 5, reorderQuantity: 25, unit: 'EA', setAt: at(4) } },
  { type: 'stock.PartMinimumLevelCleared', data: { partId: starterPartId, locationCode: 'MAIN-A01', clearedAt: at(5) } },
];

export const alertHistory: HistoryEvent[] = alertEvents.map((event, index) => ({
  type: event.type,
  data: event.data,
  streamId: stockAlertStreamId(event.data.alertId),
  recordedAt: at(10 + index),
}));

export const alertSubscriptionHistory: HistoryEvent[] = subscriptionEvents.map((event, index) => ({
  type: event.type,
  data: event.data,
  streamId: alertSubscriptionStreamId(event.data.subscriptionId),
  recordedAt: at(1 + index),
}));

export const minimumLevelHistory: HistoryEvent[] = minimumLevelEvents.map((event, index) => ({
  type: event.type,
  data: event.data,
  streamId: `part-${event.data.partId}`,
  recordedAt: at(1 + index),
}));
