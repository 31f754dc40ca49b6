import { deterministicId } from '@repaero/reactors';
import type { IssuedToWorkOrder } from '../../../stock/contracts/stock-issuing';

/** The issue id derives from the stock event (`stockIssueRef`): the handler and the completion reactor record the same line. */
export function partIssueIdOf(stockIssueRef: string): string {
  return deterministicId(stockIssueRef, 'production.part-issued-to-task');
}

/** `RecordPartIssued` as the stock issue reports it, whoever records it. */
export function partIssuedIntent(issued: IssuedToWorkOrder, on: { readonly taskId: string; readonly attemptId: string; readonly requestId?: string; readonly by: string }) {
  const { itemId, partNumber, serialNumber, batchNumber, certificateRef, quantity, unit } = issued;
  return {
    taskId: on.taskId,
    issueId: partIssueIdOf(issued.stockIssueRef),
    ...(on.requestId ? { requestId: on.requestId } : {}),
    itemId,
    partNumber,
    ...(serialNumber ? { serialNumber } : {}),
    ...(batchNumber ? { batchNumber } : {}),
    ...(certificateRef ? { certificateRef } : {}),
    quantity,
    unit,
    attemptId: on.attemptId,
    by: on.by,
  };
}
