import { defineProjection } from '@repaero/projections';
import { ALERT_SUBSCRIPTION_EVENT_TYPES, type AlertSubscriptionEvent } from '../../domain/alert-subscription/events';
import { alertSubscriptionReadModel } from './alert-subscription.read-model';

export const alertSubscriptionsProjection = defineProjection({
  name: 'stock-alert-subscriptions',
  version: 2,
  readModels: [alertSubscriptionReadModel],
  handles: ALERT_SUBSCRIPTION_EVENT_TYPES,
  async apply(envelope, ctx) {
    const rows = ctx.rows(alertSubscriptionReadModel);
    const event = envelope as unknown as AlertSubscriptionEvent;
    if (event.type === 'stock.AlertSubscribed') {
      const { subscriptionId, subscriber, contacts, kinds, channels, subscribedAt } = event.data;
      rows.put({
        subscriptionId,
        subscriberType: subscriber.type,
        subscriberRef: subscriber.type === 'person' ? subscriber.userId : subscriber.role,
        displayName: subscriber.displayName,
        mobile: contacts.mobile ?? null,
        email: contacts.email ?? null,
        kinds: [...kinds],
        channels: [...channels],
        optedOut: [],
        invalidMobile: null,
        status: 'active',
        subscribedAt,
        updatedAt: subscribedAt,
      });
      return;
    }
    const current = await rows.get({ subscriptionId: event.data.subscriptionId });
    if (!current) return;
    switch (event.type) {
      case 'stock.AlertSubscriptionChanged':
        rows.put({
          ...current,
          mobile: event.data.contacts.mobile ?? null,
          email: event.data.contacts.email ?? null,
          kinds: [...event.data.kinds],
          channels: [...event.data.channels],
          invalidMobile: current.invalidMobile !== null && current.invalidMobile === event.data.contacts.mobile ? current.invalidMobile : null,
          updatedAt: event.data.changedAt,
        });
        return;
      case 'stock.AlertUnsubscribed':
        rows.put({ ...current, status: 'ended', updatedAt: event.data.unsubscribedAt });
        return;
      case 'stock.AlertSmsOptedOut':
        if (!current.optedOut.includes(event.data.mobile)) rows.put({ ...current, optedOut: [...current.optedOut, event.data.mobile], updatedAt: event.data.optedOutAt });
        return;
      case 'stock.AlertSmsOptedIn':
        rows.put({ ...current, optedOut: current.optedOut.filter((mobile) => mobile !== event.data.mobile), updatedAt: event.data.optedInAt });
        return;
      case 'stock.AlertSubscriptionMobileInvalidated':
        rows.put({ ...current, invalidMobile: event.data.mobile, updatedAt: event.data.at });
        return;
      default: {
        const unhandled: never = event;
        return unhandled;
      }
    }
  },
});
