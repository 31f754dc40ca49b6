import { Inject, Injectable, Optional } from '@nestjs/common';
import { DependencyUnavailable, type CommandMetadata, type IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, ID_GENERATOR } from '@repaero/platform';
import { STOCK_ISSUING, type StockIssuing } from '../../../stock/contracts/stock-issuing';
import { stockStepOfAttempt } from '../work-order-sender/attempt-stock-step';
import { WorkOrderReader } from '../work-order-sender/work-order.reader';
import { workOrders } from '../work-order-sender/work-orders';
import { partIssuedIntent } from './part-issued.intent';

export interface PartToIssue {
  readonly workOrderId: string;
  readonly taskId: string;
  readonly itemId: string;
  readonly locationCode?: string;
  readonly quantity: number;
  readonly requestId?: string;
  /** The client's idempotency key: the same attempt sent again never issues twice. A new one when absent. */
  readonly attemptId?: string;
  readonly metadata: CommandMetadata;
}

export type PartIssuedAnswer = CommandAcceptedDto & { readonly issueId: string; readonly attemptId: string; readonly stockPosition: number };

/**
 * Intent first (ADR 10): the work order records `PartIssueBegun` (the task checks: nothing leaves the shelf for a
 * task that cannot record it), stock issues the item with that event as causation (its 422 closes the attempt,
 * `PartIssueAbandoned`, and passes through), then the work order records the part and completes the attempt. A crash
 * after stock's append is healed twice over: the `production-part-issue-completion` reactor records the line from
 * the stock event, and a retry with the same `attemptId` is answered by stock with the issue it caused (batch or
 * serial alike), so the same issue id. A retry of an abandoned attempt is refused with the rule stock gave.
 */
@Injectable()
export class PartIssueHandler {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly reader: WorkOrderReader,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Optional() @Inject(STOCK_ISSUING) private readonly stock?: StockIssuing,
  ) {}

  async issue({ workOrderId, taskId, itemId, locationCode, quantity, requestId, metadata, ...part }: PartToIssue): Promise<PartIssuedAnswer> {
    if (!this.stock) throw new DependencyUnavailable('stock', 'the stock context is off: parts cannot be issued to a task');
    const attemptId = part.attemptId ?? this.ids.next();
    const begin = { taskId, attemptId, itemId, quantity, ...(requestId ? { requestId } : {}), by: metadata.actor.id };
    await this.commands.send(workOrders, 'BeginPartIssue', workOrderId, begin, metadata);
    const stock = this.stock;
    const issued = await stockStepOfAttempt({ commands: this.commands, reader: this.reader }, { workOrderId, attemptId, metadata }, (workOrder, caused) =>
      stock.issueToWorkOrder({ itemId, workOrderRef: workOrder.number, ...(locationCode ? { locationCode } : {}), quantity, metadata: caused }),
    );
    const intent = partIssuedIntent(issued, { taskId, attemptId, ...(requestId ? { requestId } : {}), by: metadata.actor.id });
    const accepted = await this.commands.send(workOrders, 'RecordPartIssued', workOrderId, intent, metadata);
    return { ...accepted, issueId: intent.issueId, attemptId, stockPosition: issued.position };
  }

  /** The iPad: the scanned item (logged on the device's scan stream) goes to the task. */
  async issueScanned(scan: { raw: string; deviceId: string; aimId?: string }, part: Omit<PartToIssue, 'itemId'>): Promise<PartIssuedAnswer> {
    if (!this.stock) throw new DependencyUnavailable('stock', 'the stock context is off: parts cannot be issued to a task');
    const { itemId, locationCode } = await this.stock.resolveScan({ ...scan, metadata: part.metadata });
    return this.issue({ ...part, itemId, locationCode: part.locationCode ?? locationCode });
  }
}
