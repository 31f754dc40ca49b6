import { deciderSpec } from '@repaero/event-store-testing';
import { productionRules } from '../production-rules';
import type { WorkOrderCommand } from './commands';
import type { WorkOrderEvent } from './events';
import { workOrderDecider } from './work-order.decider';
import { at, by, opened, signedOff, stamp, statusChanged, workOrderId } from './work-order.testing';

const spec = () => deciderSpec(workOrderDecider);

const requested: WorkOrderEvent = { type: 'production.PartRequested', data: { workOrderId, taskId: 't1', requestId: 'r1', partNumber: 'MS20995C32', quantity: 2, unit: 'EA', by, requestedAt: at } };
const inProgress = [...opened(), statusChanged('open', 'in_progress', 'work-started'), requested];
const begin: WorkOrderCommand = { ...stamp, type: 'BeginPartReservation', taskId: 't1', attemptId: 'a1', requestId: 'r1', itemId: 'batch-7', quantity: 2 };
const begun: WorkOrderEvent = { type: 'production.PartReservationBegun', data: { workOrderId, taskId: 't1', attemptId: 'a1', requestId: 'r1', itemId: 'batch-7', quantity: 2, by, begunAt: at } };
const record: WorkOrderCommand = { ...stamp, type: 'RecordPartReserved', taskId: 't1', requestId: 'r1', itemId: 'batch-7', quantity: 2, unit: 'EA', attemptId: 'a1' };
const reserved: WorkOrderEvent = { type: 'production.PartReserved', data: { workOrderId, taskId: 't1', requestId: 'r1', itemId: 'batch-7', quantity: 2, unit: 'EA', by, reservedAt: at } };
const completed: WorkOrderEvent = { type: 'production.PartReservationCompleted', data: { workOrderId, taskId: 't1', attemptId: 'a1', requestId: 'r1', by, completedAt: at } };
const abandon: WorkOrderCommand = { ...stamp, type: 'AbandonPartIssue', attemptId: 'a1', rule: 'stock.item-reserved-elsewhere' };
const abandoned: WorkOrderEvent = { type: 'production.PartReservationAbandoned', data: { workOrderId, taskId: 't1', attemptId: 'a1', rule: 'stock.item-reserved-elsewhere', by, abandonedAt: at } };

describe('work order: a part reservation begun before stock is asked (intent first)', () => {
  it('begins an attempt on an open task for a request it has; the same attempt again records nothing, another under its id is refused', () => {
    spec().given(inProgress).when(begin).then([begun]);
    spec()
      .given([...inProgress, begun])
      .when(begin)
      .thenNothingHappens();
    spec()
      .given([...inProgress, begun])
      .when({ ...begin, itemId: 'batch-8' })
      .thenThrows(productionRules.partIssueAttemptIdInUse);
    // Issues and reservations share attempt ids: one id is one attempt.
    spec()
      .given([...inProgress, begun])
      .when({ ...stamp, type: 'BeginPartIssue', taskId: 't1', attemptId: 'a1', itemId: 'batch-7', quantity: 2, requestId: 'r1' })
      .thenThrows(productionRules.partIssueAttemptIdInUse);
  });

  it('applies the task and request checks before stock holds anything', () => {
    spec().given(inProgress).when({ ...begin, requestId: 'r-unknown' }).thenThrows(productionRules.partRequestNotFound);
    spec().given(inProgress).when({ ...begin, quantity: 0 }).thenThrows(productionRules.quantityInvalid);
    spec()
      .given([...inProgress, signedOff('t1')])
      .when(begin)
      .thenThrows(productionRules.taskAlreadySigned);
    spec().given(opened()).when({ ...begin, taskId: 'nope' }).thenThrows(productionRules.taskNotFound);
  });

  it('records the reservation with its completion once: the handler and the completion reactor may both send it', () => {
    spec()
      .given([...inProgress, begun])
      .when(record)
      .then([reserved, completed]);
    spec()
      .given([...inProgress, begun, reserved, completed])
      .when(record)
      .thenNothingHappens();
  });

  it('records a second reservation of the same item and quantity under another attempt (the attempt, not the content, is the key)', () => {
    const second: WorkOrderEvent = { ...begun, data: { ...begun.data, attemptId: 'a2' } } as WorkOrderEvent;
    spec()
      .given([...inProgress, begun, reserved, completed, second])
      .when({ ...record, attemptId: 'a2' })
      .then([reserved, { ...completed, data: { ...completed.data, attemptId: 'a2' } } as WorkOrderEvent]);
  });

  it('refuses to complete an attempt with another item or request, an issue attempt, or an unknown one', () => {
    spec()
      .given([...inProgress, begun])
      .when({ ...record, itemId: 'batch-8' })
      .thenThrows(productionRules.partIssueAttemptNotFound);
    spec()
      .given([...inProgress, begun])
      .when({ ...stamp, type: 'RecordPartIssued', taskId: 't1', issueId: 'i1', itemId: 'batch-7', partNumber: 'MS20995C32', quantity: 2, unit: 'EA', attemptId: 'a1' })
      .thenThrows(productionRules.partIssueAttemptNotFound);
    spec().given(inProgress).when(record).thenThrows(productionRules.partIssueAttemptNotFound);
  });

  it('abandons the attempt stock refused, as a reservation; it can then not complete', () => {
    spec()
      .given([...inProgress, begun])
      .when(abandon)
      .then([abandoned]);
    spec()
      .given([...inProgress, begun, abandoned])
      .when(record)
      .thenThrows(productionRules.partIssueAttemptAbandoned);
    spec()
      .given([...inProgress, begun, reserved, completed])
      .when(abandon)
      .thenThrows(productionRules.partIssueAttemptCompleted);
  });

  it('shows the attempt in the state, with its kind, until it completes or is abandoned', () => {
    const fold = (events: readonly WorkOrderEvent[]) => events.reduce(workOrderDecider.evolve, workOrderDecider.initialState());
    const open = fold([...inProgress, begun]);
    expect(open.status !== 'none' && open.partIssueAttempts).toEqual([{ kind: 'reservation', attemptId: 'a1', taskId: 't1', itemId: 'batch-7', quantity: 2, requestId: 'r1', status: 'open' }]);
    const done = fold([...inProgress, begun, reserved, completed]);
    expect(done.status !== 'none' && [done.partIssueAttempts?.map((a) => a.status), done.tasks[0]?.requests[0]?.reserved]).toEqual([['completed'], [{ itemId: 'batch-7', quantity: 2, unit: 'EA' }]]);
    const refused = fold([...inProgress, begun, abandoned]);
    expect(refused.status !== 'none' && refused.partIssueAttempts?.map((a) => [a.status, a.rule])).toEqual([['abandoned', 'stock.item-reserved-elsewhere']]);
  });
});
