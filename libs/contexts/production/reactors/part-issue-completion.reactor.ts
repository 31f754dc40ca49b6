import { defineReactor } from '@repaero/reactors';
import { ITEM_ISSUED_EVENT_TYPE, issuedToWorkOrderOf } from '../../stock/contracts/stock-issue-events';
import { partIssuedIntent } from '../commands/issue-part-to-task/part-issued.intent';
import { workOrderStreamId } from '../domain/work-order/work-order-stream';
import { workOrderDecider } from '../domain/work-order/work-order.decider';
import type { PartIssueAttempts } from './part-issue-attempts.adapter';

/**
 * Closes the crash window of a part issue (intent first, ADR 10): a `stock.ItemIssued` caused by a
 * `production.PartIssueBegun` records its line on the task, whether or not the handler lived to do it. The decider
 * ignores an attempt already completed; the reactor machinery skips a send an earlier delivery applied. A stock issue
 * caused by anything else is not ours: nothing is sent. An attempt abandoned although stock issued is refused by the
 * decider, so it is parked for a person to look at.
 */
export function partIssueCompletionReactor(attempts: PartIssueAttempts) {
  return defineReactor({
    name: 'production-part-issue-completion',
    handles: [ITEM_ISSUED_EVENT_TYPE],
    async react(event, ctx) {
      const issued = issuedToWorkOrderOf(event);
      // Without a causation given, the pipeline stores the correlation id: no attempt caused it.
      if (!issued || event.metadata.causationId === event.metadata.correlationId) return;
      const attempt = await attempts.begunBy(event.metadata.causationId, event.globalPosition);
      if (!attempt) return;
      const { workOrderId, taskId, attemptId, requestId } = attempt;
      const intent = partIssuedIntent(issued, { taskId, attemptId, ...(requestId ? { requestId } : {}), by: event.metadata.actor.id });
      await ctx.send({
        decider: workOrderDecider,
        streamId: workOrderStreamId(workOrderId),
        command: { ...intent, type: 'RecordPartIssued' as const, workOrderId, at: event.recordedAt },
        reason: `stock issue ${issued.stockIssueRef} of attempt ${attemptId}`,
      });
    },
  });
}
