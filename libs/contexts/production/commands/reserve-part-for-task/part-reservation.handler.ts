import { Inject, Injectable, Optional } from '@nestjs/common';
import { BusinessRuleViolation, DependencyUnavailable, type CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto } from '@repaero/platform';
import { STOCK_ISSUING, type StockIssuing } from '../../../stock/contracts/stock-issuing';
import { productionRules } from '../../domain/production-rules';
import { taskAcceptsWork } from '../../domain/work-order/work-order.decider';
import { WorkOrderReader } from '../work-order-sender/work-order.reader';
import { workOrders } from '../work-order-sender/work-orders';

export interface PartToReserve {
  readonly workOrderId: string;
  readonly taskId: string;
  readonly requestId: string;
  readonly itemId: string;
  readonly quantity?: number;
  readonly metadata: CommandMetadata;
}

export type PartReservedAnswer = CommandAcceptedDto & { readonly stockPosition: number };

/**
 * Stock holds the item for the work-order number (its rules and 422s pass through), then the request records the
 * reservation; issuing the item to the same work order later consumes it. A crash between the two appends leaves a
 * stock reservation the task does not show: sending the same reservation again tops it up in stock, so the retry
 * is left to a person who sees it in `GET stock/items/{id}`.
 */
@Injectable()
export class PartReservationHandler {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly reader: WorkOrderReader,
    @Optional() @Inject(STOCK_ISSUING) private readonly stock?: StockIssuing,
  ) {}

  async reserve({ workOrderId, taskId, requestId, itemId, quantity, metadata }: PartToReserve): Promise<PartReservedAnswer> {
    if (!this.stock) throw new DependencyUnavailable('stock', 'the stock context is off: parts cannot be reserved for a task');
    const { workOrder, task } = await this.reader.task(workOrderId, taskId);
    // Refused before stock holds anything for a request the task cannot record.
    taskAcceptsWork(workOrder, workOrderId, taskId);
    const request = task.requests.find((r) => r.requestId === requestId);
    if (!request) throw new BusinessRuleViolation(productionRules.partRequestNotFound, 'no such part request on this task', { requestId });
    const reserved = await this.stock.reserveForWorkOrder({ itemId, workOrderRef: workOrder.number, quantity: quantity ?? request.quantity, metadata });
    const intent = { taskId, requestId, itemId, quantity: reserved.quantity, unit: reserved.unit, by: metadata.actor.id };
    return { ...(await this.commands.send(workOrders, 'RecordPartReserved', workOrderId, intent, metadata)), stockPosition: reserved.position };
  }
}
