import { describeReadStores, projectionSpec, type GivenEvent } from '@repaero/projections/testing';
import type { OutboxEvent } from '../../domain/outbox-message/events';
import { outboxStreamId } from '../../domain/outbox-message/outbox-stream';
import { outboxMessageReadModel, type OutboxMessageRow } from './outbox-message.read-model';
import { outboxMessagesProjection } from './outbox-messages.projection';

const messageId = '0190f1d4-6c1e-5b5a-9f0e-2d3c4b5a6978';
const at = (minute: number) => `2026-11-28T09:${String(minute).padStart(2, '0')}:00.000Z`;
const given = (event: OutboxEvent, minute: number): GivenEvent => ({ ...event, streamId: outboxStreamId(messageId), recordedAt: at(minute) });

const queued = given(
  {
    type: 'outbox.MessageQueued',
    data: {
      messageId,
      channel: 'email',
      recipient: 'magasin@repaero.example',
      payload: { subject: 'Stock bas : P/N 4202435-01', text: 'Il reste 1 EA.' },
      dedupeKey: 'stock-low:part-1:42',
      queuedAt: at(0),
    },
  },
  0,
);
const attempted = (attempt: number, minute: number) => given({ type: 'outbox.DeliveryAttempted', data: { messageId, attempt, at: at(minute) } }, minute);
const failed = given(
  { type: 'outbox.DeliveryFailed', data: { messageId, attempt: 1, kind: 'transient', code: 'ESOCKET', message: 'connect ECONNREFUSED', retryAt: at(5), at: at(1) } },
  1,
);

const base: OutboxMessageRow = {
  messageId,
  channel: 'email',
  recipient: 'magasin@repaero.example',
  summary: 'Stock bas : P/N 4202435-01',
  dedupeKey: 'stock-low:part-1:42',
  status: 'queued',
  attempts: 0,
  nextAttemptAt: at(0),
  queuedAt: at(0),
  attemptStartedAt: null,
  lastErrorKind: null,
  lastErrorCode: null,
  lastError: null,
  providerId: null,
  deliveredAt: null,
  parkedAt: null,
  parkReason: null,
  version: 1,
  updatedAt: at(0),
};

describeReadStores('outbox messages projection', (readStore) => {
  const spec = () => projectionSpec(outboxMessagesProjection, readStore);

  it('lists a queued message as due at once', () => spec().givenEvents(queued).expectRows(outboxMessageReadModel, [base]));

  it('shows a failed attempt with its error and the time of the next one', () =>
    spec()
      .givenEvents(queued, attempted(1, 1), failed)
      .expectRows(outboxMessageReadModel, [
        {
          ...base,
          status: 'failed',
          attempts: 1,
          attemptStartedAt: at(1),
          nextAttemptAt: at(5),
          lastErrorKind: 'transient',
          lastErrorCode: 'ESOCKET',
          lastError: 'connect ECONNREFUSED',
          version: 3,
          updatedAt: at(1),
        },
      ]));

  it('records the provider id of a delivery', () =>
    spec()
      .givenEvents(queued, attempted(1, 1), failed, attempted(2, 5), given({ type: 'outbox.MessageDelivered', data: { messageId, attempt: 2, providerId: '<m@repaero.example>', at: at(6) } }, 6))
      .expectRows(outboxMessageReadModel, [
        {
          ...base,
          status: 'delivered',
          attempts: 2,
          attemptStartedAt: at(5),
          nextAttemptAt: null,
          lastErrorKind: 'transient',
          lastErrorCode: 'ESOCKET',
          lastError: 'connect ECONNREFUSED',
          providerId: '<m@repaero.example>',
          deliveredAt: at(6),
          version: 5,
          updatedAt: at(6),
        },
      ]));

  it('shows a parked message until it is requeued', () =>
    spec()
      .givenEvents(
        queued,
        attempted(1, 1),
        given({ type: 'outbox.DeliveryFailed', data: { messageId, attempt: 1, kind: 'permanent', message: '550 Mailbox unavailable', at: at(1) } }, 1),
        given({ type: 'outbox.MessageParked', data: { messageId, reason: 'permanent: 550 Mailbox unavailable', at: at(1) } }, 1),
      )
      .expectRows(outboxMessageReadModel, [
        {
          ...base,
          status: 'parked',
          attempts: 1,
          attemptStartedAt: at(1),
          nextAttemptAt: null,
          lastErrorKind: 'permanent',
          lastError: '550 Mailbox unavailable',
          parkedAt: at(1),
          parkReason: 'permanent: 550 Mailbox unavailable',
          version: 4,
          updatedAt: at(1),
        },
      ]));

  it('makes a requeued message due at the time of the requeue', () =>
    spec()
      .givenEvents(
        queued,
        attempted(1, 1),
        given({ type: 'outbox.DeliveryFailed', data: { messageId, attempt: 1, kind: 'permanent', message: '550', at: at(1) } }, 1),
        given({ type: 'outbox.MessageParked', data: { messageId, reason: 'permanent: 550', at: at(1) } }, 1),
        given({ type: 'outbox.MessageRequeued', data: { messageId, by: 'u-1', reason: 'address corrected', at: at(30) } }, 30),
      )
      .expectRows(outboxMessageReadModel, [
        {
          ...base,
          status: 'queued',
          attempts: 1,
          attemptStartedAt: at(1),
          nextAttemptAt: at(30),
          lastErrorKind: 'permanent',
          lastError: '550',
          version: 5,
          updatedAt: at(30),
        },
      ]));

  it('parks an outcome whose message it never saw queued, and goes on', () =>
    spec()
      .givenEvents(attempted(1, 1))
      .verify(async (outcome) => {
        expect(await outcome.rows(outboxMessageReadModel)).toEqual([]);
        expect(await outcome.parked()).toEqual([expect.objectContaining({ eventType: 'outbox.DeliveryAttempted', errorMessage: expect.stringContaining('has no row') })]);
      }));
});
