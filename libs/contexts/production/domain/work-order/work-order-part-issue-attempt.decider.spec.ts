import { deciderSpec } from '@repaero/event-store-testing';
import { productionRules } from '../production-rules';
import type { WorkOrderCommand } from './commands';
import type { WorkOrderEvent } from './events';
import { workOrderDecider } from './work-order.decider';
import { at, by, opened, signedOff, stamp, statusChanged, workOrderId } from './work-order.testing';

const spec = () => deciderSpec(workOrderDecider);

const inProgress = [...opened(), statusChanged('open', 'in_progress', 'work-started')];
const begin: WorkOrderCommand = { ...stamp, type: 'BeginPartIssue', taskId: 't1', attemptId: 'a1', itemId: 'batch-7', quantity: 4 };
const begun: WorkOrderEvent = { type: 'production.PartIssueBegun', data: { workOrderId, taskId: 't1', attemptId: 'a1', itemId: 'batch-7', quantity: 4, by, begunAt: at } };
const record: WorkOrderCommand = {
  ...stamp,
  type: 'RecordPartIssued',
  taskId: 't1',
  issueId: 'i1',
  itemId: 'batch-7',
  partNumber: 'MS20995C32',
  batchNumber: 'LOT-12',
  quantity: 4,
  unit: 'EA',
  attemptId: 'a1',
};
const issued: WorkOrderEvent = {
  type: 'production.PartIssuedToTask',
  data: { workOrderId, taskId: 't1', issueId: 'i1', itemId: 'batch-7', partNumber: 'MS20995C32', batchNumber: 'LOT-12', quantity: 4, unit: 'EA', by, issuedAt: at },
};
const completed: WorkOrderEvent = { type: 'production.PartIssueCompleted', data: { workOrderId, taskId: 't1', attemptId: 'a1', issueId: 'i1', by, completedAt: at } };
const abandon: WorkOrderCommand = { ...stamp, type: 'AbandonPartIssue', attemptId: 'a1', rule: 'stock.insufficient-stock' };
const abandoned: WorkOrderEvent = { type: 'production.PartIssueAbandoned', data: { workOrderId, taskId: 't1', attemptId: 'a1', rule: 'stock.insufficient-stock', by, abandonedAt: at } };

describe('work order: a part issue begun before stock is asked (intent first)', () => {
  it('begins an attempt on an open task; the same attempt again records nothing, another part under its id is refused', () => {
    spec().given(inProgress).when(begin).then([begun]);
    spec()
      .given([...inProgress, begun])
      .when(begin)
      .thenNothingHappens();
    spec()
      .given([...inProgress, begun])
      .when({ ...begin, quantity: 5 })
      .thenThrows(productionRules.partIssueAttemptIdInUse);
  });

  it('applies the task checks of an issue before anything leaves the shelf', () => {
    spec().given(opened()).when({ ...begin, taskId: 'nope' }).thenThrows(productionRules.taskNotFound);
    spec()
      .given([...inProgress, signedOff('t1')])
      .when(begin)
      .thenThrows(productionRules.taskAlreadySigned);
    spec().given(inProgress).when({ ...begin, quantity: 0 }).thenThrows(productionRules.quantityInvalid);
    spec().given(inProgress).when({ ...begin, requestId: 'r-unknown' }).thenThrows(productionRules.partRequestNotFound);
  });

  it('shows open attempts in the state until they complete or are abandoned', () => {
    const state = [...inProgress, begun].reduce(workOrderDecider.evolve, workOrderDecider.initialState());
    expect(state.status !== 'none' && state.partIssueAttempts).toEqual([{ attemptId: 'a1', taskId: 't1', itemId: 'batch-7', quantity: 4, status: 'open' }]);
    const done = [...inProgress, begun, issued, completed].reduce(workOrderDecider.evolve, workOrderDecider.initialState());
    expect(done.status !== 'none' && done.partIssueAttempts?.map((a) => [a.status, a.issueId])).toEqual([['completed', 'i1']]);
  });

  it('records the part and completes the attempt once; a duplicate completion records nothing', () => {
    spec()
      .given([...inProgress, begun])
      .when(record)
      .then([issued, completed]);
    spec()
      .given([...inProgress, begun, issued, completed])
      .when(record)
      .thenNothingHappens();
  });

  it('completes an attempt whose line was recorded already (same issue id) without a second line', () => {
    spec()
      .given([...inProgress, begun, issued])
      .when(record)
      .then([completed]);
  });

  it('records the line of an attempt begun on an open task even if the task was signed since: the part did leave the shelf', () => {
    spec()
      .given([...inProgress, begun, signedOff('t1')])
      .when(record)
      .then([issued, completed, statusChanged('in_progress', 'ready_for_release', 'release-conditions-met')]);
  });

  it('refuses a completion for an attempt unknown, for another task or item, or abandoned', () => {
    spec().given(inProgress).when(record).thenThrows(productionRules.partIssueAttemptNotFound);
    spec()
      .given([...inProgress, begun])
      .when({ ...record, itemId: 'batch-8' })
      .thenThrows(productionRules.partIssueAttemptNotFound);
    spec()
      .given([...inProgress, begun, abandoned])
      .when(record)
      .thenThrows(productionRules.partIssueAttemptAbandoned);
  });

  it('abandons an open attempt with the rule stock refused it with, once; a completed attempt is not abandoned', () => {
    spec()
      .given([...inProgress, begun])
      .when(abandon)
      .then([abandoned]);
    spec()
      .given([...inProgress, begun, abandoned])
      .when(abandon)
      .thenNothingHappens();
    spec()
      .given([...inProgress, begun, issued, completed])
      .when(abandon)
      .thenThrows(productionRules.partIssueAttemptCompleted);
    spec().given(inProgress).when(abandon).thenThrows(productionRules.partIssueAttemptNotFound);
  });
});
