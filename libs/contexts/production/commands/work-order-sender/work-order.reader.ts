import { Inject, Injectable } from '@nestjs/common';
import { BusinessRuleViolation, loadStream, NotFound, type EventEnvelope, type PipelineDependencies } from '@repaero/event-sourcing';
import { PIPELINE_DEPENDENCIES } from '@repaero/platform';
import { productionRules } from '../../domain/production-rules';
import type { WorkOrderEvent } from '../../domain/work-order/events';
import { workOrderDecider } from '../../domain/work-order/work-order.decider';
import type { ExistingWorkOrder, PartIssueAttempt, Task } from '../../domain/work-order/work-order-state';
import { workOrderStreamId } from '../../domain/work-order/work-order-stream';

/** The work order folded from its stream now (authoritative, never a lagging projection): what a handler asks facts about. */
@Injectable()
export class WorkOrderReader {
  constructor(@Inject(PIPELINE_DEPENDENCIES) private readonly pipeline: PipelineDependencies) {}

  async workOrder(workOrderId: string): Promise<ExistingWorkOrder> {
    const { state } = await loadStream(this.pipeline, workOrderDecider, workOrderStreamId(workOrderId));
    if (state.status === 'none') throw new NotFound('work order', workOrderId);
    return state;
  }

  async task(workOrderId: string, taskId: string): Promise<{ readonly workOrder: ExistingWorkOrder; readonly task: Task }> {
    const workOrder = await this.workOrder(workOrderId);
    const task = workOrder.tasks.find((t) => t.taskId === taskId);
    if (!task) throw new BusinessRuleViolation(productionRules.taskNotFound, 'no such task on this work order', { taskId });
    return { workOrder, task };
  }

  /** The CRS an amendment or a cancellation applies to: the one not cancelled, else the last (the decider names what is wrong). */
  async certificateInForce(workOrderId: string): Promise<string> {
    const { certificates } = await this.workOrder(workOrderId);
    return certificates.find((certificate) => !certificate.cancelled)?.certificateId ?? certificates.at(-1)?.certificateId ?? '';
  }

  /** A part-issue or reservation attempt as recorded, with the id of its begun event: the causation stock's act carries. */
  async partIssueAttempt(workOrderId: string, attemptId: string): Promise<{ readonly workOrder: ExistingWorkOrder; readonly attempt: PartIssueAttempt; readonly begunEventId: string }> {
    const events = await this.events(workOrderId);
    const workOrder = events.reduce(workOrderDecider.evolve, workOrderDecider.initialState());
    const begun = events.find((event) => (event.type === 'production.PartIssueBegun' || event.type === 'production.PartReservationBegun') && event.data.attemptId === attemptId);
    const attempt = workOrder.status === 'none' ? undefined : workOrder.partIssueAttempts?.find((a) => a.attemptId === attemptId);
    if (workOrder.status === 'none' || !begun || !attempt) throw new BusinessRuleViolation(productionRules.partIssueAttemptNotFound, 'no such part issue attempt on this work order', { attemptId });
    return { workOrder, attempt, begunEventId: begun.id };
  }

  /** The recorded events with their envelopes (signatures keep the time, device and refs as recorded). */
  async events(workOrderId: string): Promise<readonly (EventEnvelope & WorkOrderEvent)[]> {
    const envelopes = await this.pipeline.store.readStream(workOrderStreamId(workOrderId));
    if (envelopes.length === 0) throw new NotFound('work order', workOrderId);
    return envelopes.map((envelope) => ({ ...envelope, ...this.pipeline.upcasters.toDomainEvent<WorkOrderEvent>(envelope) }) as EventEnvelope & WorkOrderEvent);
  }
}
