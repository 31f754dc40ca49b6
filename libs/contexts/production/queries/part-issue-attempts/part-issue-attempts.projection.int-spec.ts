import { describeReadStores, projectionSpec } from '@repaero/projections/testing';
import type { WorkOrderEvent } from '../../domain/work-order/events';
import { given } from '../testing/work-order-history.fixture';
import { partIssueAttemptReadModel } from './part-issue-attempt.read-model';
import { partIssueAttemptsProjection } from './part-issue-attempts.projection';

const eventId = (index: number) => `00000000-0000-7000-8000-${String(index + 1).padStart(12, '0')}`;

const attempts: WorkOrderEvent[] = [
  { type: 'production.PartIssueBegun', data: { workOrderId: 'wo-1', taskId: 't1', attemptId: 'a1', itemId: 'i-1', quantity: 2, by: 'u-tech', begunAt: '2026-06-01T08:00:00.000Z' } },
  { type: 'production.PartIssueCompleted', data: { workOrderId: 'wo-1', taskId: 't1', attemptId: 'a1', issueId: 'iss-1', by: 'u-tech', completedAt: '2026-06-01T08:00:01.000Z' } },
  { type: 'production.PartIssueBegun', data: { workOrderId: 'wo-2', taskId: 't9', attemptId: 'a2', itemId: 'i-2', quantity: 1, requestId: 'r-9', by: 'u-tech', begunAt: '2026-06-01T09:00:00.000Z' } },
  { type: 'production.PartIssueAbandoned', data: { workOrderId: 'wo-2', taskId: 't9', attemptId: 'a2', rule: 'stock.insufficient-stock', by: 'u-tech', abandonedAt: '2026-06-01T09:00:01.000Z' } },
  { type: 'production.PartReservationBegun', data: { workOrderId: 'wo-2', taskId: 't9', attemptId: 'a3', requestId: 'r-9', itemId: 'i-3', quantity: 1, by: 'u-tech', begunAt: '2026-06-01T10:00:00.000Z' } },
  { type: 'production.PartReservationCompleted', data: { workOrderId: 'wo-2', taskId: 't9', attemptId: 'a3', requestId: 'r-9', by: 'u-tech', completedAt: '2026-06-01T10:00:01.000Z' } },
];

describeReadStores('production-part-issue-attempts projection', (readStore) => {
  it('keeps one row per PartIssueBegun or PartReservationBegun, keyed by that event id (the causation stock carries); completion and abandonment leave it', () =>
    projectionSpec(partIssueAttemptsProjection, readStore)
      .givenEvents(...given(attempts))
      .expectRows(partIssueAttemptReadModel, [
        { begunEventId: eventId(0), workOrderId: 'wo-1', taskId: 't1', attemptId: 'a1', requestId: null, begunAt: '2026-06-01T08:00:00.000Z' },
        { begunEventId: eventId(2), workOrderId: 'wo-2', taskId: 't9', attemptId: 'a2', requestId: 'r-9', begunAt: '2026-06-01T09:00:00.000Z' },
        { begunEventId: eventId(4), workOrderId: 'wo-2', taskId: 't9', attemptId: 'a3', requestId: 'r-9', begunAt: '2026-06-01T10:00:00.000Z' },
      ]));
});
