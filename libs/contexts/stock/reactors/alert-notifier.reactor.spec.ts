import type { EventEnvelope } from '@repaero/event-sourcing';
import type { ReactorContext } from '@repaero/reactors';
import { alertDedupeKey, alertNotifierReactor } from './alert-notifier.reactor';
import type { AlertRecipient } from './stock-alert.ports';

const claire: AlertRecipient = { subscriptionId: 's-1', displayName: 'Claire', channels: ['sms', 'email'], mobile: '+33612345678', email: 'claire@repaero.example', optedOut: [] };
const paul: AlertRecipient = { subscriptionId: 's-2', displayName: 'Paul', channels: ['sms'], mobile: '+33698765432', email: 'paul@repaero.example', optedOut: ['+33698765432'] };
const envelope = (type: string, data: unknown): EventEnvelope => ({ id: 'e-1', type, data, recordedAt: '2026-11-28T09:00:00.000Z', globalPosition: 7 }) as unknown as EventEnvelope;
const raised = envelope('stock.AlertRaised', { alertId: 'a-1', partId: 'p-1', locationCode: 'MAIN-A01', kind: 'quarantine', occurrence: 1, summary: 'Quarantaine : 1 article(s) en MAIN-A01', itemIds: ['i-1'], raisedAt: '2026-11-28T09:00:00.000Z' });

function fakeContext() {
  const sent: any[] = [];
  const ctx = { reactor: 'stock-alert-notifier', mode: 'live', attempt: 1, idFor: (purpose: string) => `id(${purpose})`, send: async (request: unknown) => (sent.push(request), { events: [] }) } as unknown as ReactorContext;
  return { ctx, sent };
}

describe('alert notifier', () => {
  const recipients = { subscribedTo: async () => [claire, paul], bySubscriptionId: async (id: string) => [claire, paul].find((r) => r.subscriptionId === id) };

  it('queues one message per subscribed recipient and channel, skipping opted-out numbers', async () => {
    const { ctx, sent } = fakeContext();
    await alertNotifierReactor({ recipients, outboxMessage: async () => undefined }).react(raised, ctx);
    expect(sent.map((request) => request.command.message)).toEqual([
      expect.objectContaining({ channel: 'sms', recipient: '+33612345678', dedupeKey: alertDedupeKey('a-1', 1, 's-1', 'sms'), messageId: `id(${alertDedupeKey('a-1', 1, 's-1', 'sms')})` }),
      expect.objectContaining({ channel: 'email', recipient: 'claire@repaero.example', dedupeKey: alertDedupeKey('a-1', 1, 's-1', 'email') }),
    ]);
  });

  it('falls back to e-mail when an SMS is parked as not SMS-capable', async () => {
    const { ctx, sent } = fakeContext();
    const smsOnly = { ...paul, optedOut: [] };
    const reactor = alertNotifierReactor({
      recipients: { subscribedTo: async () => [smsOnly], bySubscriptionId: async () => smsOnly },
      outboxMessage: async () => ({ dedupeKey: alertDedupeKey('a-1', 1, 's-2', 'sms'), summary: 'Quarantaine' }),
    });
    await reactor.react(envelope('outbox.MessageParked', { messageId: 'm-1', reason: "not-sms-capable: 'To' is a landline", at: '2026-11-28T09:01:00.000Z' }), ctx);
    expect(sent).toHaveLength(1);
    expect(sent[0].command.message).toMatchObject({ channel: 'email', recipient: 'paul@repaero.example', dedupeKey: alertDedupeKey('a-1', 1, 's-2', 'email') });
  });

  it('records an opt-out (21610) on the subscription', async () => {
    const { ctx, sent } = fakeContext();
    const reactor = alertNotifierReactor({ recipients, outboxMessage: async () => ({ dedupeKey: alertDedupeKey('a-1', 1, 's-1', 'sms'), summary: 'Quarantaine' }) });
    await reactor.react(envelope('outbox.MessageParked', { messageId: 'm-1', reason: 'opted-out: unsubscribed', at: '2026-11-28T09:01:00.000Z' }), ctx);
    expect(sent.map((request) => request.command)).toEqual([
      { type: 'RecordSmsOptOut', subscriptionId: 's-1', mobile: '+33612345678', source: 'twilio-21610', at: '2026-11-28T09:00:00.000Z' },
    ]);
  });

  it('marks the mobile invalid on an SMS parked as invalid-number (21211), and falls back to e-mail', async () => {
    const { ctx, sent } = fakeContext();
    const smsOnly = { ...paul, optedOut: [] };
    const reactor = alertNotifierReactor({
      recipients: { subscribedTo: async () => [smsOnly], bySubscriptionId: async () => smsOnly },
      outboxMessage: async () => ({ dedupeKey: alertDedupeKey('a-1', 1, 's-2', 'sms'), summary: 'Quarantaine' }),
    });
    await reactor.react(envelope('outbox.MessageParked', { messageId: 'm-1', reason: "invalid-number: The 'To' number is not a valid phone number", at: '2026-11-28T09:01:00.000Z' }), ctx);
    expect(sent).toHaveLength(2);
    expect(sent[0].command).toEqual({ type: 'RecordMobileInvalid', subscriptionId: 's-2', mobile: '+33698765432', reason: 'twilio-21211', at: '2026-11-28T09:00:00.000Z' });
    expect(sent[1].command.message).toMatchObject({ channel: 'email', recipient: 'paul@repaero.example', dedupeKey: alertDedupeKey('a-1', 1, 's-2', 'email') });
  });

  it('sends no SMS to a mobile marked invalid, e-mailing instead (once for a subscriber who has both)', async () => {
    const { ctx, sent } = fakeContext();
    const invalidSmsOnly: AlertRecipient = { ...paul, optedOut: [], mobileInvalid: true };
    const invalidBoth: AlertRecipient = { ...claire, mobileInvalid: true };
    await alertNotifierReactor({ recipients: { subscribedTo: async () => [invalidSmsOnly, invalidBoth], bySubscriptionId: async () => undefined }, outboxMessage: async () => undefined }).react(raised, ctx);
    expect(sent.map((request) => request.command.message)).toEqual([
      expect.objectContaining({ channel: 'email', recipient: 'paul@repaero.example', dedupeKey: alertDedupeKey('a-1', 1, 's-2', 'email') }),
      expect.objectContaining({ channel: 'email', recipient: 'claire@repaero.example', dedupeKey: alertDedupeKey('a-1', 1, 's-1', 'email') }),
    ]);
  });

  it('ignores parked messages that are not alert SMS, and other failures', async () => {
    const { ctx, sent } = fakeContext();
    const reactor = alertNotifierReactor({ recipients, outboxMessage: async () => ({ dedupeKey: 'other|x', summary: 'x' }) });
    await reactor.react(envelope('outbox.MessageParked', { messageId: 'm-1', reason: 'not-sms-capable: landline', at: '2026-11-28T09:01:00.000Z' }), ctx);
    await reactor.react(envelope('outbox.MessageParked', { messageId: 'm-2', reason: '8 attempts failed, the last with transient: down', at: '2026-11-28T09:01:00.000Z' }), ctx);
    expect(sent).toEqual([]);
  });
});
