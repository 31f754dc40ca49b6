import { NotFound } from '@repaero/event-sourcing';
import { deciderSpec } from '@repaero/event-store-testing';
import type { DeliveryFailure } from './commands';
import type { OutboxEvent, OutboxMessage } from './events';
import { outboxMessageDecider, outboxRules } from './outbox-message.decider';

const messageId = '0190f1d4-6c1e-5b5a-9f0e-2d3c4b5a6978';
const at = (minute: number) => `2026-11-28T09:${String(minute).padStart(2, '0')}:00.000Z`;
const sms: OutboxMessage = {
  messageId,
  channel: 'sms',
  recipient: '+33612345678',
  payload: { body: 'Stock bas : P/N 4202435-01, 1 EA en MAIN-A01' },
  dedupeKey: 'stock-alert:part-1:MAIN-A01:42',
  queuedAt: at(0),
};
const transient: DeliveryFailure = { kind: 'transient', retryable: true, code: 'ECONNREFUSED', message: 'Twilio unreachable' };
const invalidNumber: DeliveryFailure = { kind: 'invalid-number', retryable: false, code: '21211', message: "Invalid 'To' Phone Number" };

const queued: OutboxEvent = { type: 'outbox.MessageQueued', data: sms };
const attempted = (attempt: number, minute: number): OutboxEvent => ({ type: 'outbox.DeliveryAttempted', data: { messageId, attempt, at: at(minute) } });
const failed = (attempt: number, minute: number, retryMinute: number): OutboxEvent => ({
  type: 'outbox.DeliveryFailed',
  data: { messageId, attempt, kind: 'transient', code: 'ECONNREFUSED', message: 'Twilio unreachable', retryAt: at(retryMinute), at: at(minute) },
});
const parked: OutboxEvent = { type: 'outbox.MessageParked', data: { messageId, reason: 'invalid-number', at: at(1) } };

const spec = () => deciderSpec(outboxMessageDecider);
const failure = (attempt: number, failureOf: DeliveryFailure, minute = 1, maxAttempts = 3) =>
  ({ type: 'RecordFailure', messageId, attempt, failure: failureOf, retryAt: at(minute + 5), maxAttempts, at: at(minute) }) as const;

describe('outbox message', () => {
  describe('queueing', () => {
    it('queues a new message', () => {
      spec().when({ type: 'QueueMessage', message: sms }).then([queued]);
    });

    it('ignores the same request again (a replayed reactor)', () => {
      spec().given([queued, attempted(1, 1)]).when({ type: 'QueueMessage', message: { ...sms, queuedAt: at(9) } }).thenNothingHappens();
    });

    it('refuses a message id already used for another purpose', () => {
      spec()
        .given([queued])
        .when({ type: 'QueueMessage', message: { ...sms, dedupeKey: 'another' } })
        .thenThrows(outboxRules.messageIdReused, { dedupeKey: sms.dedupeKey });
    });

    it('refuses a message without recipient', () => {
      spec().when({ type: 'QueueMessage', message: { ...sms, recipient: ' ' } }).thenThrows(outboxRules.recipientRequired);
    });

    it('refuses an e-mail without subject or text', () => {
      const email: OutboxMessage = { ...sms, channel: 'email', recipient: 'atelier@repaero.example', payload: { subject: '', text: ' ' } };
      spec().when({ type: 'QueueMessage', message: email }).thenThrows(outboxRules.payloadIncomplete, { missing: ['subject', 'text'] });
    });
  });

  describe('claiming an attempt', () => {
    it('starts the first attempt of a queued message', () => {
      spec().given([queued]).when({ type: 'StartAttempt', messageId, attempt: 1, at: at(1) }).then([attempted(1, 1)]);
    });

    it('refuses a second claim while an attempt is in progress', () => {
      spec().given([queued, attempted(1, 1)]).when({ type: 'StartAttempt', messageId, attempt: 2, at: at(1) }).thenThrows(outboxRules.attemptInProgress);
    });

    it('refuses an attempt number that is not the next one', () => {
      spec().given([queued]).when({ type: 'StartAttempt', messageId, attempt: 2, at: at(1) }).thenThrows(outboxRules.attemptOutOfOrder);
    });

    it('refuses a retry before it is due, and starts it once due', () => {
      spec().given([queued, attempted(1, 1), failed(1, 1, 6)]).when({ type: 'StartAttempt', messageId, attempt: 2, at: at(5) }).thenThrows(outboxRules.retryNotDue);
      spec().given([queued, attempted(1, 1), failed(1, 1, 6)]).when({ type: 'StartAttempt', messageId, attempt: 2, at: at(6) }).then([attempted(2, 6)]);
    });

    it('refuses to send a delivered or a parked message', () => {
      const delivered: OutboxEvent = { type: 'outbox.MessageDelivered', data: { messageId, attempt: 1, providerId: 'SM1', at: at(1) } };
      spec().given([queued, attempted(1, 1), delivered]).when({ type: 'StartAttempt', messageId, attempt: 2, at: at(2) }).thenThrows(outboxRules.alreadyDelivered);
      spec().given([queued, attempted(1, 1), parked]).when({ type: 'StartAttempt', messageId, attempt: 2, at: at(2) }).thenThrows(outboxRules.parked);
    });

    it('knows no message that was never queued', () => {
      expect(() => outboxMessageDecider.decide({ type: 'StartAttempt', messageId, attempt: 1, at: at(1) }, outboxMessageDecider.initialState())).toThrow(NotFound);
    });
  });

  describe('recording the outcome', () => {
    it('records a delivery with the provider id', () => {
      spec()
        .given([queued, attempted(1, 1)])
        .when({ type: 'RecordDelivery', messageId, attempt: 1, providerId: 'SM0001', at: at(2) })
        .then([{ type: 'outbox.MessageDelivered', data: { messageId, attempt: 1, providerId: 'SM0001', at: at(2) } }]);
    });

    it('records a delivery once', () => {
      const delivered: OutboxEvent = { type: 'outbox.MessageDelivered', data: { messageId, attempt: 1, providerId: 'SM0001', at: at(2) } };
      spec().given([queued, attempted(1, 1), delivered]).when({ type: 'RecordDelivery', messageId, attempt: 1, providerId: 'SM0001', at: at(3) }).thenNothingHappens();
    });

    it('takes a late delivery of an attempt already given up as interrupted: the peer accepted it', () => {
      const interrupted: OutboxEvent = {
        type: 'outbox.DeliveryFailed',
        data: { messageId, attempt: 1, kind: 'interrupted', message: 'no outcome', retryAt: at(20), at: at(20) },
      };
      spec()
        .given([queued, attempted(1, 1), interrupted])
        .when({ type: 'RecordDelivery', messageId, attempt: 1, providerId: 'SM0001', at: at(21) })
        .then([{ type: 'outbox.MessageDelivered', data: { messageId, attempt: 1, providerId: 'SM0001', at: at(21) } }]);
    });

    it('refuses the outcome of an attempt that never started', () => {
      spec().given([queued]).when({ type: 'RecordDelivery', messageId, attempt: 1, providerId: 'SM0001', at: at(2) }).thenThrows(outboxRules.attemptOutOfOrder);
    });

    it('schedules a retry after a transient failure', () => {
      spec().given([queued, attempted(1, 1)]).when(failure(1, transient)).then([failed(1, 1, 6)]);
    });

    it('parks at once after a permanent failure', () => {
      spec()
        .given([queued, attempted(1, 1)])
        .when(failure(1, invalidNumber))
        .then([
          { type: 'outbox.DeliveryFailed', data: { messageId, attempt: 1, kind: 'invalid-number', code: '21211', message: "Invalid 'To' Phone Number", at: at(1) } },
          { type: 'outbox.MessageParked', data: { messageId, reason: "invalid-number: Invalid 'To' Phone Number", at: at(1) } },
        ]);
    });

    it('parks after the last allowed attempt fails', () => {
      spec()
        .given([queued, attempted(1, 1), failed(1, 1, 2), attempted(2, 2), failed(2, 2, 3), attempted(3, 3)])
        .when(failure(3, transient, 3))
        .then([
          { type: 'outbox.DeliveryFailed', data: { messageId, attempt: 3, kind: 'transient', code: 'ECONNREFUSED', message: 'Twilio unreachable', at: at(3) } },
          { type: 'outbox.MessageParked', data: { messageId, reason: '3 attempts failed, the last with transient: Twilio unreachable', at: at(3) } },
        ]);
    });

    it('ignores the failure of an attempt already settled', () => {
      const interrupted: OutboxEvent = {
        type: 'outbox.DeliveryFailed',
        data: { messageId, attempt: 1, kind: 'interrupted', message: 'no outcome', retryAt: at(20), at: at(20) },
      };
      spec().given([queued, attempted(1, 1), interrupted, attempted(2, 21)]).when(failure(1, transient, 22)).thenNothingHappens();
    });
  });

  describe('requeueing', () => {
    const requeue = { type: 'RequeueMessage', messageId, by: 'u-1', reason: 'number corrected', at: at(30) } as const;

    it('requeues a parked message, which then gets a full set of attempts', () => {
      spec()
        .given([queued, attempted(1, 1), parked])
        .when(requeue)
        .then([{ type: 'outbox.MessageRequeued', data: { messageId, by: 'u-1', reason: 'number corrected', at: at(30) } }]);
      spec()
        .given([
          queued,
          attempted(1, 1),
          failed(1, 1, 2),
          attempted(2, 2),
          failed(2, 2, 3),
          attempted(3, 3),
          parked,
          { type: 'outbox.MessageRequeued', data: { messageId, by: 'u-1', reason: 'peer back', at: at(30) } },
          attempted(4, 31),
        ])
        .when(failure(4, transient, 31))
        .then([failed(4, 31, 36)]);
    });

    it('requeues a failed message to try now', () => {
      spec().given([queued, attempted(1, 1), failed(1, 1, 50)]).when(requeue).then([
        { type: 'outbox.MessageRequeued', data: { messageId, by: 'u-1', reason: 'number corrected', at: at(30) } },
      ]);
    });

    it('refuses to requeue a message that is queued, sending or delivered', () => {
      spec().given([queued]).when(requeue).thenThrows(outboxRules.notRequeueable, { status: 'queued' });
      spec().given([queued, attempted(1, 1)]).when(requeue).thenThrows(outboxRules.notRequeueable, { status: 'sending' });
    });

    it('wants a reason', () => {
      spec().given([queued, attempted(1, 1), parked]).when({ ...requeue, reason: ' ' }).thenThrows(outboxRules.reasonRequired);
    });
  });
  describe('provider status reports (Twilio status callbacks)', () => {
    const delivered: OutboxEvent = { type: 'outbox.MessageDelivered', data: { messageId, attempt: 1, providerId: 'SM0001', at: at(2) } };
    const reported = (providerStatus: string, minute: number, errorCode?: string): OutboxEvent => ({
      type: 'outbox.DeliveryStatusReported',
      data: { messageId, providerStatus, ...(errorCode ? { errorCode } : {}), at: at(minute) },
    });
    const report = (providerStatus: 'sent' | 'delivered' | 'undelivered' | 'read' | 'received', minute: number, errorCode?: string) =>
      ({ type: 'ReportDeliveryStatus', messageId, providerStatus, ...(errorCode ? { errorCode } : {}), at: at(minute) }) as const;
    it('records a status that moves forward', () => {
      spec().given([queued, attempted(1, 1), delivered]).when(report('sent', 3)).then([reported('sent', 3)]);
      spec().given([queued, attempted(1, 1), delivered, reported('sent', 3)]).when(report('delivered', 4)).then([reported('delivered', 4)]);
    });
    it('records a failure status with its error code', () => {
      spec().given([queued, attempted(1, 1), delivered]).when(report('undelivered', 3, '30003')).then([reported('undelivered', 3, '30003')]);
    });
    it('ignores a late, repeated or inbound status (callbacks arrive out of order)', () => {
      spec().given([queued, attempted(1, 1), delivered, reported('delivered', 4)]).when(report('sent', 5)).thenNothingHappens();
      spec().given([queued, attempted(1, 1), delivered, reported('delivered', 4)]).when(report('delivered', 5)).thenNothingHappens();
      spec().given([queued, attempted(1, 1), delivered, reported('undelivered', 4, '30003')]).when(report('read', 5)).thenNothingHappens();
      spec().given([queued, attempted(1, 1), delivered]).when(report('received', 5)).thenNothingHappens();
    });
    it('takes a callback that beats the recorded outcome, and keeps the status across the outcome', () => {
      spec().given([queued, attempted(1, 1)]).when(report('sent', 2)).then([reported('sent', 2)]);
      spec().given([queued, attempted(1, 1), reported('delivered', 2), delivered]).when(report('sent', 3)).thenNothingHappens();
    });
    it('knows no message that was never queued', () => {
      expect(() => outboxMessageDecider.decide(report('sent', 1), outboxMessageDecider.initialState())).toThrow(NotFound);
    });
  });
});
