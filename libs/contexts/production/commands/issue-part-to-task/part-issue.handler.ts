import { Inject, Injectable, Optional } from '@nestjs/common';
import { DependencyUnavailable, type CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto } from '@repaero/platform';
import { deterministicId } from '@repaero/reactors';
import { STOCK_ISSUING, type StockIssuing } from '../../../stock/contracts/stock-issuing';
import { taskAcceptsWork } from '../../domain/work-order/work-order.decider';
import { WorkOrderReader } from '../work-order-sender/work-order.reader';
import { workOrders } from '../work-order-sender/work-orders';

export interface PartToIssue {
  readonly workOrderId: string;
  readonly taskId: string;
  readonly itemId: string;
  readonly locationCode?: string;
  readonly quantity: number;
  readonly requestId?: string;
  readonly metadata: CommandMetadata;
}

export type PartIssuedAnswer = CommandAcceptedDto & { readonly issueId: string; readonly stockPosition: number };

/**
 * A part goes to a task in two appends: stock issues the item (serviceable, in date, LLP times: its 422 passes
 * through), then the work order records it on the task. The issue id derives from the stock event, so recording it
 * again is harmless. A crash between the two appends leaves the stock movement (which names the work-order number)
 * without its line on the task: the retry recovers, because stock answers a serial item already out on this work
 * order with its existing issue (same `stockIssueRef`, so the same issue id). A batch is issued again on a retry
 * (stock cannot tell a retry from a second need); its orphan movement shows in the stock movements.
 */
@Injectable()
export class PartIssueHandler {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly reader: WorkOrderReader,
    @Optional() @Inject(STOCK_ISSUING) private readonly stock?: StockIssuing,
  ) {}

  async issue({ workOrderId, taskId, itemId, locationCode, quantity, requestId, metadata }: PartToIssue): Promise<PartIssuedAnswer> {
    if (!this.stock) throw new DependencyUnavailable('stock', 'the stock context is off: parts cannot be issued to a task');
    const workOrder = await this.reader.workOrder(workOrderId);
    // Refused before stock moves: a part never leaves the shelf for a task that cannot record it.
    taskAcceptsWork(workOrder, workOrderId, taskId);
    const issued = await this.stock.issueToWorkOrder({ itemId, workOrderRef: workOrder.number, ...(locationCode ? { locationCode } : {}), quantity, metadata });
    const issueId = deterministicId(issued.stockIssueRef, 'production.part-issued-to-task');
    const { partNumber, serialNumber, batchNumber, certificateRef, unit } = issued;
    const intent = {
      taskId,
      issueId,
      ...(requestId ? { requestId } : {}),
      itemId,
      partNumber,
      ...(serialNumber ? { serialNumber } : {}),
      ...(batchNumber ? { batchNumber } : {}),
      ...(certificateRef ? { certificateRef } : {}),
      quantity: issued.quantity,
      unit,
      by: metadata.actor.id,
    };
    const accepted = await this.commands.send(workOrders, 'RecordPartIssued', workOrderId, intent, metadata);
    return { ...accepted, issueId, stockPosition: issued.position };
  }

  /** The iPad: the scanned item (logged on the device's scan stream) goes to the task. */
  async issueScanned(scan: { raw: string; deviceId: string; aimId?: string }, part: Omit<PartToIssue, 'itemId'>): Promise<PartIssuedAnswer> {
    if (!this.stock) throw new DependencyUnavailable('stock', 'the stock context is off: parts cannot be issued to a task');
    const { itemId, locationCode } = await this.stock.resolveScan({ ...scan, metadata: part.metadata });
    return this.issue({ ...part, itemId, locationCode: part.locationCode ?? locationCode });
  }
}
