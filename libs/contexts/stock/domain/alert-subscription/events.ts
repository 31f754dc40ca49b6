import type { AlertKind } from '../alert/events';

/** Stored contracts (ARCHITECTURE rule 5): never reshape a type, add a schemaVersion and an upcaster. */

export type AlertChannel = 'sms' | 'email';
export const ALERT_CHANNELS: readonly AlertChannel[] = ['sms', 'email'];

/**
 * A person, or a role's shared contact (the quality on-call phone, the stores mailbox): a role has no
 * number of its own, so a role subscription names where its notifications go.
 */
export type AlertSubscriber =
  | { readonly type: 'person'; readonly userId: string; readonly displayName: string }
  | { readonly type: 'role'; readonly role: string; readonly displayName: string };

export interface AlertContacts {
  /** E.164, a mobile (normalised and checked before the command). */
  readonly mobile?: string;
  readonly email?: string;
}

export type AlertSubscribed = {
  readonly type: 'stock.AlertSubscribed';
  readonly data: {
    readonly subscriptionId: string;
    readonly subscriber: AlertSubscriber;
    readonly contacts: AlertContacts;
    readonly kinds: readonly AlertKind[];
    readonly channels: readonly AlertChannel[];
    readonly by: string;
    readonly subscribedAt: string;
  };
};

export type AlertSubscriptionChanged = {
  readonly type: 'stock.AlertSubscriptionChanged';
  readonly data: {
    readonly subscriptionId: string;
    readonly contacts: AlertContacts;
    readonly kinds: readonly AlertKind[];
    readonly channels: readonly AlertChannel[];
    readonly by: string;
    readonly changedAt: string;
  };
};

export type AlertUnsubscribed = {
  readonly type: 'stock.AlertUnsubscribed';
  readonly data: { readonly subscriptionId: string; readonly by: string; readonly reason: string; readonly unsubscribedAt: string };
};

/** Twilio 21610 or an inbound STOP: no SMS to that number until it opts in again (START). */
export type AlertSmsOptedOut = {
  readonly type: 'stock.AlertSmsOptedOut';
  readonly data: { readonly subscriptionId: string; readonly mobile: string; readonly source: 'twilio-21610' | 'stop'; readonly optedOutAt: string };
};

export type AlertSmsOptedIn = {
  readonly type: 'stock.AlertSmsOptedIn';
  readonly data: { readonly subscriptionId: string; readonly mobile: string; readonly optedInAt: string };
};

/** Twilio 21211 (DOMAIN §3): the number is not a valid 'To'; no SMS to it until the subscription's mobile is changed. */
export type AlertSubscriptionMobileInvalidated = {
  readonly type: 'stock.AlertSubscriptionMobileInvalidated';
  readonly data: { readonly subscriptionId: string; readonly mobile: string; readonly reason: 'twilio-21211'; readonly at: string };
};

export type AlertSubscriptionEvent =
  | AlertSubscribed
  | AlertSubscriptionChanged
  | AlertUnsubscribed
  | AlertSmsOptedOut
  | AlertSmsOptedIn
  | AlertSubscriptionMobileInvalidated;

const subscriptionEventTypes = {
  'stock.AlertSubscribed': true,
  'stock.AlertSubscriptionChanged': true,
  'stock.AlertUnsubscribed': true,
  'stock.AlertSmsOptedOut': true,
  'stock.AlertSmsOptedIn': true,
  'stock.AlertSubscriptionMobileInvalidated': true,
} satisfies Record<AlertSubscriptionEvent['type'], true>;

export const ALERT_SUBSCRIPTION_EVENT_TYPES = Object.keys(subscriptionEventTypes) as readonly AlertSubscriptionEvent['type'][];
