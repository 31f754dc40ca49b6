import { NotFound } from '@repaero/event-sourcing';
import { deciderSpec } from '@repaero/event-store-testing';
import { alertSubscriptionDecider, alertSubscriptionRules } from './alert-subscription.decider';
import type { AlertSubscriptionEvent } from './events';

const subscriptionId = '0190f1d4-0000-7000-8000-0000000000aa';
const at = '2026-11-28T09:00:00.000Z';
const mobile = { input: '06 12 34 56 78', check: 'mobile', e164: '+33612345678' } as const;
const subscribe = {
  type: 'Subscribe',
  subscriptionId,
  subscriber: { type: 'person', userId: 'u-1', displayName: 'Claire Martin' },
  kinds: ['quarantine', 'nonconformity'],
  channels: ['sms', 'email'],
  mobile,
  email: 'claire@repaero.example',
  by: 'u-admin',
  at,
} as const;
const subscribed: AlertSubscriptionEvent = {
  type: 'stock.AlertSubscribed',
  data: {
    subscriptionId,
    subscriber: { type: 'person', userId: 'u-1', displayName: 'Claire Martin' },
    contacts: { mobile: '+33612345678', email: 'claire@repaero.example' },
    kinds: ['quarantine', 'nonconformity'],
    channels: ['sms', 'email'],
    by: 'u-admin',
    subscribedAt: at,
  },
};
const optedOut: AlertSubscriptionEvent = { type: 'stock.AlertSmsOptedOut', data: { subscriptionId, mobile: '+33612345678', source: 'twilio-21610', optedOutAt: at } };
const spec = () => deciderSpec(alertSubscriptionDecider);

describe('alert subscription', () => {
  it('subscribes a person with a normalised mobile and an e-mail', () => {
    spec().when(subscribe).then([subscribed]);
  });
  it('subscribes a role to a shared mailbox', () => {
    spec()
      .when({ ...subscribe, subscriber: { type: 'role', role: 'quality', displayName: 'Qualité' }, channels: ['email'], mobile: undefined })
      .then([
        {
          type: 'stock.AlertSubscribed',
          data: { ...subscribed.data, subscriber: { type: 'role', role: 'quality', displayName: 'Qualité' }, contacts: { email: 'claire@repaero.example' }, channels: ['email'] },
        } as AlertSubscriptionEvent,
      ]);
  });
  it('refuses a landline or an invalid number (DOMAIN §3: mobiles only)', () => {
    spec()
      .when({ ...subscribe, mobile: { input: '01 42 68 53 00', check: 'not-mobile', message: '+33142685300 is a FIXED_LINE, not a mobile' } })
      .thenThrows(alertSubscriptionRules.notAMobile, { mobile: '01 42 68 53 00' });
    spec().when({ ...subscribe, mobile: { input: '07 00 00 00 00', check: 'invalid', message: 'not valid' } }).thenThrows(alertSubscriptionRules.mobileInvalid);
  });
  it('wants a contact for each channel', () => {
    spec().when({ ...subscribe, mobile: undefined }).thenThrows(alertSubscriptionRules.mobileRequired);
    spec().when({ ...subscribe, email: undefined }).thenThrows(alertSubscriptionRules.emailRequired);
    spec().when({ ...subscribe, email: 'not-an-address' }).thenThrows(alertSubscriptionRules.emailInvalid);
  });
  it('wants kinds and channels it knows', () => {
    spec().when({ ...subscribe, kinds: [] }).thenThrows(alertSubscriptionRules.kindsRequired);
    spec().when({ ...subscribe, channels: [] }).thenThrows(alertSubscriptionRules.channelsRequired);
    spec().when({ ...subscribe, kinds: ['weather' as never] }).thenThrows(alertSubscriptionRules.unknownKind, { kinds: ['weather'] });
  });
  it('subscribes once', () => {
    spec().given([subscribed]).when(subscribe).thenThrows(alertSubscriptionRules.alreadySubscribed);
  });
  it('changes kinds and channels, not after it ended', () => {
    const change = { type: 'ChangeSubscription', subscriptionId, kinds: ['low-stock'], channels: ['email'], email: 'c@repaero.example', by: 'u-admin', at } as const;
    spec()
      .given([subscribed])
      .when(change)
      .then([{ type: 'stock.AlertSubscriptionChanged', data: { subscriptionId, contacts: { email: 'c@repaero.example' }, kinds: ['low-stock'], channels: ['email'], by: 'u-admin', changedAt: at } }]);
    const ended: AlertSubscriptionEvent = { type: 'stock.AlertUnsubscribed', data: { subscriptionId, by: 'u-admin', reason: 'left', unsubscribedAt: at } };
    spec().given([subscribed, ended]).when(change).thenThrows(alertSubscriptionRules.ended);
    expect(() => alertSubscriptionDecider.decide(change, alertSubscriptionDecider.initialState())).toThrow(NotFound);
  });
  it('ends with a reason, once', () => {
    const unsubscribe = { type: 'Unsubscribe', subscriptionId, by: 'u-admin', reason: 'left the company', at } as const;
    const ended: AlertSubscriptionEvent = { type: 'stock.AlertUnsubscribed', data: { subscriptionId, by: 'u-admin', reason: 'left the company', unsubscribedAt: at } };
    spec().given([subscribed]).when(unsubscribe).then([ended]);
    spec().given([subscribed, ended]).when(unsubscribe).thenNothingHappens();
    spec().given([subscribed]).when({ ...unsubscribe, reason: ' ' }).thenThrows(alertSubscriptionRules.reasonRequired);
  });
  it('records an opt-out (21610 or STOP) once, and an opt-in (START)', () => {
    const optOut = { type: 'RecordSmsOptOut', subscriptionId, mobile: '+33612345678', source: 'twilio-21610', at } as const;
    spec().given([subscribed]).when(optOut).then([optedOut]);
    spec().given([subscribed, optedOut]).when({ ...optOut, source: 'stop' }).thenNothingHappens();
    const optIn = { type: 'RecordSmsOptIn', subscriptionId, mobile: '+33612345678', at } as const;
    spec().given([subscribed, optedOut]).when(optIn).then([{ type: 'stock.AlertSmsOptedIn', data: { subscriptionId, mobile: '+33612345678', optedInAt: at } }]);
    spec().given([subscribed]).when(optIn).thenNothingHappens();
  });

  it('marks the mobile invalid (Twilio 21211) once, while it is the subscription\'s, until the mobile is changed', () => {
    const record = { type: 'RecordMobileInvalid', subscriptionId, mobile: '+33612345678', reason: 'twilio-21211', at } as const;
    const invalidated: AlertSubscriptionEvent = { type: 'stock.AlertSubscriptionMobileInvalidated', data: { subscriptionId, mobile: '+33612345678', reason: 'twilio-21211', at } };
    spec().given([subscribed]).when(record).then([invalidated]);
    spec().given([subscribed, invalidated]).when(record).thenNothingHappens();
    spec().given([subscribed]).when({ ...record, mobile: '+33600000000' }).thenNothingHappens();
    expect(() => alertSubscriptionDecider.decide(record, alertSubscriptionDecider.initialState())).toThrow(NotFound);

    const changed = (mobileE164: string): AlertSubscriptionEvent => ({
      type: 'stock.AlertSubscriptionChanged',
      data: { subscriptionId, contacts: { mobile: mobileE164, email: 'claire@repaero.example' }, kinds: ['quarantine'], channels: ['sms', 'email'], by: 'u-admin', changedAt: at },
    });
    const stateAfter = (events: readonly AlertSubscriptionEvent[]) => events.reduce(alertSubscriptionDecider.evolve, alertSubscriptionDecider.initialState());
    expect(stateAfter([subscribed, invalidated])).toMatchObject({ invalidMobile: '+33612345678' });
    expect(stateAfter([subscribed, invalidated, changed('+33612345678')])).toMatchObject({ invalidMobile: '+33612345678' });
    expect(stateAfter([subscribed, invalidated, changed('+33611111111')])).not.toHaveProperty('invalidMobile');
    spec().given([subscribed, invalidated, changed('+33611111111')]).when({ ...record, mobile: '+33611111111' }).then([{ ...invalidated, data: { ...invalidated.data, mobile: '+33611111111' } } as AlertSubscriptionEvent]);
  });
});
