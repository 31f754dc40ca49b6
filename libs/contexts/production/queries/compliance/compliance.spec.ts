import type { WorkOrderEvent } from '../../domain/work-order/events';
import type { ExistingWorkOrder } from '../../domain/work-order/work-order-state';
import { workOrderDecider } from '../../domain/work-order/work-order.decider';
import { aircraft, at, by, created, opened, signedOff, taskAdded, workOrderId } from '../../domain/work-order/work-order.testing';
import { complianceOf, MAINTENANCE_DATA_UNVERIFIED } from './compliance';

function folded(...events: readonly WorkOrderEvent[]): ExistingWorkOrder {
  const state = events.reduce(workOrderDecider.evolve, workOrderDecider.initialState());
  if (state.status === 'none') throw new Error('no work order');
  return state;
}

const defectRaised: WorkOrderEvent = { type: 'production.DefectRaised', data: { workOrderId, defectId: 'd-1', description: 'Chafed harness', raisedOn: '2026-03-02', by, raisedAt: at } };

describe('compliance view: why a work order cannot receive its CRS yet', () => {
  it('gives every blocker with the rule code the CRS would refuse with, in the CRS order, and warns of unverified data', () => {
    const workOrder = folded(...opened(aircraft, taskAdded('t1'), taskAdded('t2', true)), signedOff('t1'), defectRaised);
    const { blockers, warnings } = complianceOf(workOrder, ['AD 2024-0123']);
    expect(blockers.map(({ rule, taskId, defectId, airworthinessDirective }) => ({ rule, taskId, defectId, airworthinessDirective }))).toEqual([
      { rule: 'production.task-not-signed', taskId: 't2', defectId: undefined, airworthinessDirective: undefined },
      { rule: 'production.independent-inspection-missing', taskId: 't2', defectId: undefined, airworthinessDirective: undefined },
      { rule: 'production.defect-open', taskId: undefined, defectId: 'd-1', airworthinessDirective: undefined },
      { rule: 'production.airworthiness-directive-overdue', taskId: undefined, defectId: undefined, airworthinessDirective: 'AD 2024-0123' },
    ]);
    expect(warnings).toEqual([{ rule: MAINTENANCE_DATA_UNVERIFIED, taskId: 't1', detail: expect.stringContaining('AMM 32-11-00 rev. 45') }]);
  });

  it('names a draft as not open, before the release conditions', () => {
    const { blockers } = complianceOf(folded(created(aircraft), taskAdded('t1')), []);
    expect(blockers.map((blocker) => blocker.rule)).toEqual(['production.work-order-not-open', 'production.task-not-signed']);
  });

  it('finds nothing to block once every task is signed and the AD was complied with on this work order', () => {
    const workOrder = folded(...opened(aircraft, taskAdded('t1', false, 'AD 2024-0123')), signedOff('t1', undefined, { dataCheck: { verified: true, documentId: 'doc-ad', revision: '1' } }));
    expect(complianceOf(workOrder, ['AD 2024-0123'])).toEqual({ blockers: [], warnings: [] });
  });
});
