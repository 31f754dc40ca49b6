import type { EventEnvelope } from '@repaero/event-sourcing';
import { defineProjection } from '@repaero/projections';
import type { PartIssueBegun, PartReservationBegun } from '../../domain/work-order/events';
import { partIssueAttemptReadModel } from './part-issue-attempt.read-model';

/**
 * Where each part-issue or reservation attempt was begun: the attempt's status stays in the work order (the decider
 * ignores a completed one), and the stock event that answers it (issued or reserved) tells which it was.
 */
export const partIssueAttemptsProjection = defineProjection({
  name: 'production-part-issue-attempts',
  version: 1,
  readModels: [partIssueAttemptReadModel],
  handles: ['production.PartIssueBegun', 'production.PartReservationBegun'] satisfies readonly (PartIssueBegun | PartReservationBegun)['type'][],
  async apply(envelope: EventEnvelope, ctx) {
    const { workOrderId, taskId, attemptId, requestId, begunAt } = (envelope as unknown as PartIssueBegun | PartReservationBegun).data;
    ctx.rows(partIssueAttemptReadModel).put({ begunEventId: envelope.id, workOrderId, taskId, attemptId, requestId: requestId ?? null, begunAt });
  },
});
