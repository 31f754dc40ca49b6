import type { EventEnvelope } from '@repaero/event-sourcing';
import { defineReactor } from '@repaero/reactors';
import { ITEM_ISSUED_EVENT_TYPE, ITEM_RESERVED_EVENT_TYPE, issuedToWorkOrderOf, reservedForWorkOrderOf } from '../../stock/contracts/stock-issue-events';
import { partIssuedIntent } from '../commands/issue-part-to-task/part-issued.intent';
import type { WorkOrderCommand } from '../domain/work-order/commands';
import { workOrderStreamId } from '../domain/work-order/work-order-stream';
import { workOrderDecider } from '../domain/work-order/work-order.decider';
import type { PartIssueAttemptRow } from '../queries/part-issue-attempts/part-issue-attempt.read-model';
import type { PartIssueAttempts } from './part-issue-attempts.adapter';

/** What the handler would have recorded after stock's act: the issue id derives from the stock event, as the handler does. */
function completionOf(event: EventEnvelope, { workOrderId, taskId, attemptId, requestId }: PartIssueAttemptRow): WorkOrderCommand | undefined {
  const [by, at] = [event.metadata.actor.id, event.recordedAt];
  const issued = issuedToWorkOrderOf(event);
  if (issued) return { ...partIssuedIntent(issued, { taskId, attemptId, ...(requestId ? { requestId } : {}), by }), type: 'RecordPartIssued', workOrderId, at };
  const reserved = reservedForWorkOrderOf(event);
  if (!reserved || !requestId) return undefined;
  const { itemId, quantity, unit } = reserved;
  return { type: 'RecordPartReserved', workOrderId, taskId, requestId, itemId, quantity, unit, attemptId, by, at };
}

/**
 * Closes the crash window of a part issue or reservation (intent first, ADR 10): a `stock.ItemIssued` or
 * `stock.ItemReserved` caused by a `production.PartIssueBegun` / `PartReservationBegun` records its line on the task
 * (or its reservation on the request), whether or not the handler lived to do it. The decider ignores an attempt
 * already completed; the reactor machinery skips a send an earlier delivery applied. A stock event caused by anything
 * else is not ours: nothing is sent. An attempt abandoned although stock acted is refused by the decider, so it is
 * parked for a person to look at.
 */
export function partIssueCompletionReactor(attempts: PartIssueAttempts) {
  return defineReactor({
    name: 'production-part-issue-completion',
    handles: [ITEM_ISSUED_EVENT_TYPE, ITEM_RESERVED_EVENT_TYPE],
    async react(event, ctx) {
      const ours = event.type === ITEM_ISSUED_EVENT_TYPE || event.type === ITEM_RESERVED_EVENT_TYPE;
      // Without a causation given, the pipeline stores the correlation id: no attempt caused it.
      if (!ours || event.metadata.causationId === event.metadata.correlationId) return;
      const attempt = await attempts.begunBy(event.metadata.causationId, event.globalPosition);
      const command = attempt && completionOf(event, attempt);
      if (!attempt || !command) return;
      await ctx.send({
        decider: workOrderDecider,
        streamId: workOrderStreamId(attempt.workOrderId),
        command,
        reason: `${event.type} ${event.streamId}@${event.streamVersion} of attempt ${attempt.attemptId}`,
      });
    },
  });
}
