import { BusinessRuleViolation, type CommandMetadata } from '@repaero/event-sourcing';
import type { AggregateCommandSender } from '@repaero/platform';
import { productionRules } from '../../domain/production-rules';
import type { ExistingWorkOrder } from '../../domain/work-order/work-order-state';
import type { WorkOrderReader } from './work-order.reader';
import { workOrders } from './work-orders';

/**
 * Intent first (ADR 10), once the attempt is begun: stock's step runs with the begun event's id as causation (stock
 * answers a causation it already acted on with that same act), and a stock refusal abandons the attempt and passes
 * through. A retry of an abandoned attempt is refused with the rule stock gave.
 */
export async function stockStepOfAttempt<T>(
  deps: { readonly commands: AggregateCommandSender; readonly reader: WorkOrderReader },
  { workOrderId, attemptId, metadata }: { readonly workOrderId: string; readonly attemptId: string; readonly metadata: CommandMetadata },
  step: (workOrder: ExistingWorkOrder, caused: CommandMetadata) => Promise<T>,
): Promise<T> {
  const { workOrder, attempt, begunEventId } = await deps.reader.partIssueAttempt(workOrderId, attemptId);
  if (attempt.status === 'abandoned') {
    throw new BusinessRuleViolation(productionRules.partIssueAttemptAbandoned, `stock refused this attempt (${attempt.rule ?? 'no rule'}): begin another`, { attemptId, rule: attempt.rule });
  }
  return step(workOrder, { ...metadata, causationId: begunEventId }).catch(async (error: unknown) => {
    if (error instanceof BusinessRuleViolation) await deps.commands.send(workOrders, 'AbandonPartIssue', workOrderId, { attemptId, rule: error.rule, by: metadata.actor.id }, metadata);
    throw error;
  });
}
