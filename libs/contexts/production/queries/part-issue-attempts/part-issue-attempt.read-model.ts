import { defineReadModel } from '@repaero/read-store';

/**
 * One row per `production.PartIssueBegun` or `production.PartReservationBegun`, keyed by that event's id: stock's
 * `stock.ItemIssued` or `stock.ItemReserved` carries it as its causation, so the completion reactor finds the work
 * order and the attempt exactly (never by the work-order number).
 */
export interface PartIssueAttemptRow {
  begunEventId: string;
  workOrderId: string;
  taskId: string;
  attemptId: string;
  requestId: string | null;
  begunAt: string;
}

export const partIssueAttemptReadModel = defineReadModel<PartIssueAttemptRow>({
  name: 'production_issue_attempt',
  columns: {
    begunEventId: { type: 'string', length: 64 },
    workOrderId: { type: 'string', length: 64 },
    taskId: { type: 'string', length: 64 },
    attemptId: { type: 'string', length: 64 },
    requestId: { type: 'string', length: 64, nullable: true },
    begunAt: { type: 'string', length: 30 },
  },
  primaryKey: ['begunEventId'],
});
