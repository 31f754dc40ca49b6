import type { EventEnvelope } from '@repaero/event-sourcing';
import { defineProjection } from '@repaero/projections';
import type { PartIssueBegun } from '../../domain/work-order/events';
import { partIssueAttemptReadModel } from './part-issue-attempt.read-model';

/** Where each part-issue attempt was begun: the attempt's status stays in the work order (the decider ignores a completed one). */
export const partIssueAttemptsProjection = defineProjection({
  name: 'production-part-issue-attempts',
  version: 1,
  readModels: [partIssueAttemptReadModel],
  handles: ['production.PartIssueBegun'] satisfies readonly PartIssueBegun['type'][],
  async apply(envelope: EventEnvelope, ctx) {
    const { workOrderId, taskId, attemptId, requestId, begunAt } = (envelope as unknown as PartIssueBegun).data;
    ctx.rows(partIssueAttemptReadModel).put({ begunEventId: envelope.id, workOrderId, taskId, attemptId, requestId: requestId ?? null, begunAt });
  },
});
