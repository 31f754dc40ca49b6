import { queueOutboxMessage, type MessageParked } from '@repaero/outbox';
import { defineReactor, type Reactor } from '@repaero/reactors';
import { alertSubscriptionDecider } from '../domain/alert-subscription/alert-subscription.decider';
import { alertSubscriptionStreamId } from '../domain/alert-subscription/alert-subscription-stream';
import type { AlertRaised } from '../domain/alert/events';
import type { AlertRecipients } from './stock-alert.ports';

const PREFIX = 'stock-alert';

/** `stock-alert|<alertId>|<occurrence>|<subscriptionId>|<channel>`: the outbox row tells which alert and recipient it was. */
export function alertDedupeKey(alertId: string, occurrence: number, subscriptionId: string, channel: 'sms' | 'email'): string {
  return [PREFIX, alertId, occurrence, subscriptionId, channel].join('|');
}

export function parseAlertDedupeKey(key: string): { alertId: string; occurrence: number; subscriptionId: string; channel: string } | undefined {
  const [prefix, alertId, occurrence, subscriptionId, channel] = key.split('|');
  if (prefix !== PREFIX || !alertId || !subscriptionId || !channel) return undefined;
  return { alertId, occurrence: Number(occurrence), subscriptionId, channel };
}

export interface AlertNotifierOptions {
  readonly recipients: AlertRecipients;
  /** The outbox message a parked event is about (its dedupe key and payload), from the outbox read model or stream. */
  readonly outboxMessage: (messageId: string) => Promise<{ readonly dedupeKey: string; readonly summary: string } | undefined>;
}

/**
 * Notifies the subscribers of an alert through the outbox (one message per recipient and channel),
 * records Twilio opt-outs (21610) and invalid numbers (21211) on the subscription, and falls back to e-mail when an SMS is parked
 * as `not-sms-capable` (21614/21635) or `invalid-number` (21211).
 */
export function alertNotifierReactor({ recipients, outboxMessage }: AlertNotifierOptions): Reactor {
  return defineReactor({
    name: 'stock-alert-notifier',
    handles: ['stock.AlertRaised', 'outbox.MessageParked'],
    startAt: 'head',
    async react(event, ctx) {
      if (event.type === 'stock.AlertRaised') {
        const alert = event.data as AlertRaised['data'];
        const text = `Rep'Aero — ${alert.summary}`;
        for (const recipient of await recipients.subscribedTo(alert.kind)) {
          const smsToInvalidMobile = recipient.channels.includes('sms') && !!recipient.mobile && recipient.mobileInvalid === true;
          if (recipient.channels.includes('sms') && recipient.mobile && !recipient.optedOut.includes(recipient.mobile) && !smsToInvalidMobile) {
            const dedupeKey = alertDedupeKey(alert.alertId, alert.occurrence, recipient.subscriptionId, 'sms');
            await ctx.send({
              ...queueOutboxMessage({ messageId: ctx.idFor(dedupeKey), channel: 'sms', recipient: recipient.mobile, payload: { body: text.slice(0, 300) }, dedupeKey, queuedAt: event.recordedAt }),
              key: dedupeKey,
            });
          }
          // DOMAIN §3: a number Twilio called invalid (21211) is not retried; e-mail stands in, as for a parked SMS.
          if ((recipient.channels.includes('email') || smsToInvalidMobile) && recipient.email) {
            const dedupeKey = alertDedupeKey(alert.alertId, alert.occurrence, recipient.subscriptionId, 'email');
            await ctx.send({
              ...queueOutboxMessage({
                messageId: ctx.idFor(dedupeKey),
                channel: 'email',
                recipient: recipient.email,
                payload: { subject: `[Rep'Aero] ${alert.summary}`.slice(0, 200), text: `${text}\n\nAlerte ${alert.alertId} (${alert.kind}), pièce ${alert.partId}, emplacement ${alert.locationCode}.` },
                dedupeKey,
                queuedAt: event.recordedAt,
              }),
              key: dedupeKey,
            });
          }
        }
        return;
      }
      const parked = event.data as MessageParked['data'];
      const kind = parked.reason.split(':')[0];
      if (kind !== 'not-sms-capable' && kind !== 'invalid-number' && kind !== 'opted-out') return;
      const message = await outboxMessage(parked.messageId);
      const origin = message && parseAlertDedupeKey(message.dedupeKey);
      if (!origin || origin.channel !== 'sms') return;
      const recipient = await recipients.bySubscriptionId(origin.subscriptionId);
      if (!recipient) return;
      if (kind === 'opted-out' && recipient.mobile) {
        await ctx.send({
          decider: alertSubscriptionDecider,
          streamId: alertSubscriptionStreamId(origin.subscriptionId),
          command: { type: 'RecordSmsOptOut', subscriptionId: origin.subscriptionId, mobile: recipient.mobile, source: 'twilio-21610', at: event.recordedAt },
        });
      }
      if (kind === 'invalid-number' && recipient.mobile) {
        // DOMAIN §3, Twilio 21211: mark the number invalid so later alerts do not retry it.
        await ctx.send({
          decider: alertSubscriptionDecider,
          streamId: alertSubscriptionStreamId(origin.subscriptionId),
          command: { type: 'RecordMobileInvalid', subscriptionId: origin.subscriptionId, mobile: recipient.mobile, reason: 'twilio-21211', at: event.recordedAt },
        });
      }
      // DOMAIN §3: not SMS-capable, an invalid number or an opt-out fall back to e-mail, unless it was already sent.
      if (!recipient.email || recipient.channels.includes('email')) return;
      const dedupeKey = alertDedupeKey(origin.alertId, origin.occurrence, origin.subscriptionId, 'email');
      await ctx.send({
        ...queueOutboxMessage({
          messageId: ctx.idFor(dedupeKey),
          channel: 'email',
          recipient: recipient.email,
          payload: { subject: `[Rep'Aero] ${message.summary}`.slice(0, 200), text: `${message.summary}\n\n(SMS impossible : ${parked.reason})` },
          dedupeKey,
          queuedAt: event.recordedAt,
        }),
        key: dedupeKey,
      });
    },
  });
}
