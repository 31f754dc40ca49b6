import { Inject, Injectable, Optional } from '@nestjs/common';
import { BusinessRuleViolation, DependencyUnavailable, type CommandMetadata, type IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, ID_GENERATOR } from '@repaero/platform';
import { STOCK_ISSUING, type StockIssuing } from '../../../stock/contracts/stock-issuing';
import { productionRules } from '../../domain/production-rules';
import { stockStepOfAttempt } from '../work-order-sender/attempt-stock-step';
import { WorkOrderReader } from '../work-order-sender/work-order.reader';
import { workOrders } from '../work-order-sender/work-orders';

export interface PartToReserve {
  readonly workOrderId: string;
  readonly taskId: string;
  readonly requestId: string;
  readonly itemId: string;
  readonly quantity?: number;
  /** The client's idempotency key: the same attempt sent again never holds twice. A new one when absent. */
  readonly attemptId?: string;
  readonly metadata: CommandMetadata;
}

export type PartReservedAnswer = CommandAcceptedDto & { readonly attemptId: string; readonly stockPosition: number };

/**
 * Intent first, as a part issue (ADR 10): the work order records `PartReservationBegun` (the task and request checks),
 * stock holds the item for the work-order number with that event as causation (its 422 abandons the attempt and
 * passes through), then the request records the reservation and completes the attempt. A crash after stock's append
 * is healed by the `production-part-issue-completion` reactor from the `stock.ItemReserved`, and a retry with the same
 * `attemptId` is answered by stock with the reservation it caused: nothing is held twice.
 */
@Injectable()
export class PartReservationHandler {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly reader: WorkOrderReader,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Optional() @Inject(STOCK_ISSUING) private readonly stock?: StockIssuing,
  ) {}

  async reserve({ workOrderId, taskId, requestId, itemId, metadata, ...part }: PartToReserve): Promise<PartReservedAnswer> {
    if (!this.stock) throw new DependencyUnavailable('stock', 'the stock context is off: parts cannot be reserved for a task');
    const stock = this.stock;
    const { task } = await this.reader.task(workOrderId, taskId);
    const request = task.requests.find((r) => r.requestId === requestId);
    if (!request) throw new BusinessRuleViolation(productionRules.partRequestNotFound, 'no such part request on this task', { requestId });
    const attemptId = part.attemptId ?? this.ids.next();
    const quantity = part.quantity ?? request.quantity;
    await this.commands.send(workOrders, 'BeginPartReservation', workOrderId, { taskId, attemptId, requestId, itemId, quantity, by: metadata.actor.id }, metadata);
    const reserved = await stockStepOfAttempt({ commands: this.commands, reader: this.reader }, { workOrderId, attemptId, metadata }, (workOrder, caused) =>
      stock.reserveForWorkOrder({ itemId, workOrderRef: workOrder.number, quantity, metadata: caused }),
    );
    const intent = { taskId, requestId, itemId, quantity: reserved.quantity, unit: reserved.unit, attemptId, by: metadata.actor.id };
    return { ...(await this.commands.send(workOrders, 'RecordPartReserved', workOrderId, intent, metadata)), attemptId, stockPosition: reserved.position };
  }
}
