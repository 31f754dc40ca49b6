import { BusinessRuleViolation, NotFound, type Decider } from '@repaero/event-sourcing';
import { ALERT_KINDS, type AlertKind } from '../alert/events';
import type { AlertSubscriptionCommand, SubscriptionTerms } from './commands';
import { ALERT_CHANNELS, type AlertChannel, type AlertContacts, type AlertSubscriber, type AlertSubscriptionEvent } from './events';

export const alertSubscriptionRules = {
  alreadySubscribed: 'stock.alert-subscription-exists',
  kindsRequired: 'stock.alert-kinds-required',
  unknownKind: 'stock.alert-kind-unknown',
  channelsRequired: 'stock.alert-channels-required',
  unknownChannel: 'stock.alert-channel-unknown',
  mobileRequired: 'stock.alert-mobile-required',
  mobileInvalid: 'stock.alert-mobile-invalid',
  notAMobile: 'stock.alert-mobile-not-sms-capable',
  emailRequired: 'stock.alert-email-required',
  emailInvalid: 'stock.alert-email-invalid',
  subscriberIncomplete: 'stock.alert-subscriber-incomplete',
  ended: 'stock.alert-subscription-ended',
  reasonRequired: 'stock.reason-required',
} as const;

export type AlertSubscriptionState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active' | 'ended';
      readonly subscriptionId: string;
      readonly subscriber: AlertSubscriber;
      readonly contacts: AlertContacts;
      readonly kinds: readonly AlertKind[];
      readonly channels: readonly AlertChannel[];
      /** E.164 numbers that opted out (21610 or STOP), until they opt in again. */
      readonly optedOut: readonly string[];
      /** The mobile Twilio refused as a 'To' (21211), while it is still the subscription's mobile. */
      readonly invalidMobile?: string;
    };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function contactsOf(terms: SubscriptionTerms): AlertContacts {
  const kinds = [...new Set(terms.kinds)];
  const channels = [...new Set(terms.channels)];
  if (kinds.length === 0) throw new BusinessRuleViolation(alertSubscriptionRules.kindsRequired, 'subscribe to at least one kind of alert');
  const unknownKinds = kinds.filter((kind) => !ALERT_KINDS.includes(kind));
  if (unknownKinds.length > 0) throw new BusinessRuleViolation(alertSubscriptionRules.unknownKind, 'unknown alert kind', { kinds: unknownKinds });
  if (channels.length === 0) throw new BusinessRuleViolation(alertSubscriptionRules.channelsRequired, 'choose at least one channel');
  const unknownChannels = channels.filter((channel) => !ALERT_CHANNELS.includes(channel));
  if (unknownChannels.length > 0) throw new BusinessRuleViolation(alertSubscriptionRules.unknownChannel, 'unknown channel', { channels: unknownChannels });
  let mobile: string | undefined;
  if (terms.mobile) {
    // DOMAIN §3: only mobiles, stored in E.164; a landline is refused here rather than failing at Twilio (21614).
    const checked = terms.mobile;
    if (checked.check !== 'mobile') {
      const rule = checked.check === 'invalid' ? alertSubscriptionRules.mobileInvalid : alertSubscriptionRules.notAMobile;
      throw new BusinessRuleViolation(rule, checked.message, { mobile: checked.input });
    }
    mobile = checked.e164;
  }
  const email = terms.email?.trim() || undefined;
  if (email !== undefined && !EMAIL.test(email)) throw new BusinessRuleViolation(alertSubscriptionRules.emailInvalid, `${email} is not an e-mail address`, { email });
  if (channels.includes('sms') && !mobile) throw new BusinessRuleViolation(alertSubscriptionRules.mobileRequired, 'an SMS subscription needs a mobile number');
  if (channels.includes('email') && !email) throw new BusinessRuleViolation(alertSubscriptionRules.emailRequired, 'an e-mail subscription needs an address');
  return { ...(mobile ? { mobile } : {}), ...(email ? { email } : {}) };
}

function decide(command: AlertSubscriptionCommand, state: AlertSubscriptionState): readonly AlertSubscriptionEvent[] {
  if (command.type === 'Subscribe') {
    if (state.status !== 'none') throw new BusinessRuleViolation(alertSubscriptionRules.alreadySubscribed, 'this subscription exists', { status: state.status });
    const { subscriber } = command;
    const named = subscriber.type === 'person' ? subscriber.userId.trim() && subscriber.displayName.trim() : subscriber.role.trim();
    if (!named) throw new BusinessRuleViolation(alertSubscriptionRules.subscriberIncomplete, 'a subscriber is a user with a name, or a role');
    const contacts = contactsOf(command);
    return [
      {
        type: 'stock.AlertSubscribed',
        data: {
          subscriptionId: command.subscriptionId,
          subscriber,
          contacts,
          kinds: [...new Set(command.kinds)],
          channels: [...new Set(command.channels)],
          by: command.by,
          subscribedAt: command.at,
        },
      },
    ];
  }
  if (state.status === 'none') throw new NotFound('alert subscription', command.subscriptionId);
  switch (command.type) {
    case 'ChangeSubscription': {
      if (state.status === 'ended') throw new BusinessRuleViolation(alertSubscriptionRules.ended, 'this subscription has ended');
      const contacts = contactsOf(command);
      return [
        {
          type: 'stock.AlertSubscriptionChanged',
          data: {
            subscriptionId: command.subscriptionId,
            contacts,
            kinds: [...new Set(command.kinds)],
            channels: [...new Set(command.channels)],
            by: command.by,
            changedAt: command.at,
          },
        },
      ];
    }
    case 'Unsubscribe':
      if (state.status === 'ended') return [];
      if (!command.reason.trim()) throw new BusinessRuleViolation(alertSubscriptionRules.reasonRequired, 'say why the subscription ends');
      return [{ type: 'stock.AlertUnsubscribed', data: { subscriptionId: command.subscriptionId, by: command.by, reason: command.reason.trim(), unsubscribedAt: command.at } }];
    case 'RecordSmsOptOut':
      // A fact reported by the peer or the person: recorded even on an ended subscription, once.
      if (state.optedOut.includes(command.mobile)) return [];
      return [
        { type: 'stock.AlertSmsOptedOut', data: { subscriptionId: command.subscriptionId, mobile: command.mobile, source: command.source, optedOutAt: command.at } },
      ];
    case 'RecordSmsOptIn':
      if (!state.optedOut.includes(command.mobile)) return [];
      return [{ type: 'stock.AlertSmsOptedIn', data: { subscriptionId: command.subscriptionId, mobile: command.mobile, optedInAt: command.at } }];
    case 'RecordMobileInvalid':
      // Recorded once, and only while that number is the subscription's: a report about a number since replaced is stale.
      if (state.invalidMobile === command.mobile || state.contacts.mobile !== command.mobile) return [];
      return [
        {
          type: 'stock.AlertSubscriptionMobileInvalidated',
          data: { subscriptionId: command.subscriptionId, mobile: command.mobile, reason: command.reason, at: command.at },
        },
      ];
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

function evolve(state: AlertSubscriptionState, event: AlertSubscriptionEvent): AlertSubscriptionState {
  if (event.type === 'stock.AlertSubscribed') {
    const { subscriptionId, subscriber, contacts, kinds, channels } = event.data;
    return { status: 'active', subscriptionId, subscriber, contacts, kinds, channels, optedOut: [] };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'stock.AlertSubscriptionChanged': {
      const { invalidMobile, ...rest } = state;
      const stillInvalid = invalidMobile !== undefined && invalidMobile === event.data.contacts.mobile;
      return { ...rest, contacts: event.data.contacts, kinds: event.data.kinds, channels: event.data.channels, ...(stillInvalid ? { invalidMobile } : {}) };
    }
    case 'stock.AlertUnsubscribed':
      return { ...state, status: 'ended' };
    case 'stock.AlertSmsOptedOut':
      return { ...state, optedOut: [...state.optedOut, event.data.mobile] };
    case 'stock.AlertSmsOptedIn':
      return { ...state, optedOut: state.optedOut.filter((mobile) => mobile !== event.data.mobile) };
    case 'stock.AlertSubscriptionMobileInvalidated':
      return { ...state, invalidMobile: event.data.mobile };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export const alertSubscriptionDecider = {
  initialState: (): AlertSubscriptionState => ({ status: 'none' }),
  decide,
  evolve,
} satisfies Decider<AlertSubscriptionCommand, AlertSubscriptionEvent, AlertSubscriptionState>;
