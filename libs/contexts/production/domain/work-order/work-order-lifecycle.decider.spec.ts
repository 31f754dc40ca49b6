import { NotFound } from '@repaero/event-sourcing';
import { deciderSpec } from '@repaero/event-store-testing';
import { productionRules } from '../production-rules';
import type { WorkOrderCommand } from './commands';
import type { WorkOrderEvent } from './events';
import { workOrderDecider } from './work-order.decider';
import { aircraft, at, by, component, created, opened, projectLead, signedOff, stamp, statusChanged, taskAdded, workOrderId } from './work-order.testing';

const spec = () => deciderSpec(workOrderDecider);

const create: WorkOrderCommand = {
  ...stamp,
  type: 'CreateWorkOrder',
  number: ' WO-2026-000042 ',
  customerRef: 'CUST-9',
  subject: aircraft,
  requestedWork: '50 h inspection',
  teamLeadId: 'tech-lead',
  projectLead,
};
const addTask: WorkOrderCommand = {
  ...stamp,
  type: 'AddTask',
  taskId: 't1',
  title: 'Task t1',
  maintenanceData: { reference: 'AMM 32-11-00', revision: '45' },
  critical: false,
  requiredCategory: 'B1.2',
};

describe('work order: creation, tasks and status flow', () => {
  describe('creating', () => {
    it('creates a draft for an aircraft or a component; the same request again records nothing', () => {
      spec().when(create).then([created()]);
      spec()
        .when({ ...create, subject: component })
        .then([created(component)]);
      spec().given([created()]).when(create).thenNothingHappens();
    });
    it('refuses the same id with other details', () => {
      spec()
        .given([created()])
        .when({ ...create, customerRef: 'CUST-10' })
        .thenThrows(productionRules.workOrderAlreadyCreated);
    });
    it('wants a number, a customer, the requested work, a team lead and a complete subject', () => {
      spec().when({ ...create, number: '' }).thenThrows(productionRules.workOrderNumberRequired);
      spec().when({ ...create, customerRef: ' ' }).thenThrows(productionRules.customerRefRequired);
      spec().when({ ...create, requestedWork: '' }).thenThrows(productionRules.requestedWorkRequired);
      spec().when({ ...create, teamLeadId: '' }).thenThrows(productionRules.teamLeadRequired);
      spec()
        .when({ ...create, subject: { ...aircraft, registration: ' ' } })
        .thenThrows(productionRules.subjectIncomplete, { missing: ['subject.registration'] });
      spec()
        .when({ ...create, subject: { kind: 'component', partNumber: 'MG-100', serialNumber: '' } })
        .thenThrows(productionRules.subjectIncomplete, { missing: ['subject.serialNumber'] });
    });
    it('knows no work order never created', () => {
      expect(() => workOrderDecider.decide({ ...stamp, type: 'OpenWorkOrder' }, workOrderDecider.initialState())).toThrow(NotFound);
    });
    it('changes the leads the customer side sees', () => {
      const lead = { technicianId: 'tech-2', name: 'Noé Chef' };
      spec()
        .given([created()])
        .when({ ...stamp, type: 'ChangeWorkOrderLeads', teamLeadId: 'tech-2', projectLead: lead })
        .then([{ type: 'production.WorkOrderLeadsChanged', data: { workOrderId, teamLeadId: 'tech-2', projectLead: lead, by, changedAt: at } }]);
      spec()
        .given([created()])
        .when({ ...stamp, type: 'ChangeWorkOrderLeads', teamLeadId: 'tech-lead', projectLead })
        .thenNothingHappens();
    });
  });

  describe('tasks', () => {
    it('adds a task with its maintenance data, critical flag and licence category; a repeat records nothing', () => {
      spec().given([created()]).when(addTask).then([taskAdded('t1')]);
      spec()
        .given([created(), taskAdded('t1')])
        .when(addTask)
        .thenNothingHappens();
    });
    it('refuses a task id used for another task', () => {
      spec()
        .given([created(), taskAdded('t1')])
        .when({ ...addTask, critical: true })
        .thenThrows(productionRules.taskIdInUse);
    });
    it('rule 8: a task names its maintenance data and revision, and its licence category', () => {
      spec()
        .given([created()])
        .when({ ...addTask, maintenanceData: { reference: 'AMM 32-11-00', revision: ' ' } })
        .thenThrows(productionRules.maintenanceDataRequired, { field: 'maintenanceData.revision' });
      spec()
        .given([created()])
        .when({ ...addTask, maintenanceData: { reference: '', revision: '45' } })
        .thenThrows(productionRules.maintenanceDataRequired, { field: 'maintenanceData.reference' });
      spec()
        .given([created()])
        .when({ ...addTask, title: '' })
        .thenThrows(productionRules.taskTitleRequired);
      spec()
        .given([created()])
        .when({ ...addTask, requiredCategory: '' })
        .thenThrows(productionRules.licenceCategoryRequired);
    });
    it('a task added to a work order ready for release sends it back in progress', () => {
      const ready = [...opened(aircraft), signedOff('t1'), statusChanged('open', 'in_progress', 'work-started'), statusChanged('in_progress', 'ready_for_release', 'release-conditions-met')];
      spec()
        .given(ready)
        .when({ ...addTask, taskId: 't2', title: 'Task t2' })
        .then([taskAdded('t2'), statusChanged('ready_for_release', 'in_progress', 'release-conditions-lost')]);
    });
  });

  describe('status flow', () => {
    it('opens a draft that has a task; opening again records nothing', () => {
      spec()
        .given([created(), taskAdded('t1')])
        .when({ ...stamp, type: 'OpenWorkOrder' })
        .then([statusChanged('draft', 'open', 'opened')]);
      spec().given(opened()).when({ ...stamp, type: 'OpenWorkOrder' }).thenNothingHappens();
    });
    it('does not open an empty work order', () => {
      spec()
        .given([created()])
        .when({ ...stamp, type: 'OpenWorkOrder' })
        .thenThrows(productionRules.workOrderHasNoTask);
    });
    it('no work is recorded on a draft', () => {
      spec()
        .given([created(), taskAdded('t1')])
        .when({ ...stamp, type: 'StartLabour', taskId: 't1', labourId: 'l1', technicianId: 'tech-alice', startedAt: at })
        .thenThrows(productionRules.workOrderNotOpen);
    });
    it('holds for parts with a note, and resumes when they arrive', () => {
      const inProgress = [...opened(), statusChanged('open', 'in_progress', 'work-started')];
      spec()
        .given(inProgress)
        .when({ ...stamp, type: 'MarkAwaitingParts', note: 'actuator seal kit' })
        .then([statusChanged('in_progress', 'awaiting_parts', 'awaiting-parts', 'actuator seal kit')]);
      spec()
        .given(inProgress)
        .when({ ...stamp, type: 'MarkAwaitingParts', note: '' })
        .thenThrows(productionRules.reasonRequired);
      const held = [...inProgress, statusChanged('in_progress', 'awaiting_parts', 'awaiting-parts', 'seal kit')];
      spec()
        .given(held)
        .when({ ...stamp, type: 'RecordPartsArrived' })
        .then([statusChanged('awaiting_parts', 'in_progress', 'parts-arrived')]);
      spec()
        .given(opened())
        .when({ ...stamp, type: 'RecordPartsArrived' })
        .thenThrows(productionRules.statusTransitionInvalid);
    });
    it('resuming a work order whose every condition holds makes it ready for release', () => {
      const held = [...opened(), signedOff('t1'), statusChanged('open', 'awaiting_parts', 'awaiting-parts', 'seal kit')];
      spec()
        .given(held)
        .when({ ...stamp, type: 'RecordPartsArrived' })
        .then([statusChanged('awaiting_parts', 'in_progress', 'parts-arrived'), statusChanged('in_progress', 'ready_for_release', 'release-conditions-met')]);
    });
    it('cancels with a reason from any state before release; then refuses everything', () => {
      const cancelled: WorkOrderEvent = statusChanged('open', 'cancelled', 'cancelled', 'customer withdrew');
      spec()
        .given(opened())
        .when({ ...stamp, type: 'CancelWorkOrder', reason: 'customer withdrew' })
        .then([cancelled]);
      spec()
        .given(opened())
        .when({ ...stamp, type: 'CancelWorkOrder', reason: ' ' })
        .thenThrows(productionRules.reasonRequired);
      spec()
        .given([...opened(), cancelled])
        .when({ ...stamp, type: 'CancelWorkOrder', reason: 'again' })
        .thenNothingHappens();
      spec()
        .given([...opened(), cancelled])
        .when(addTask)
        .thenThrows(productionRules.workOrderCancelled);
    });
    it('a released work order is not cancelled (its CRS is)', () => {
      spec()
        .given([...opened(), statusChanged('open', 'released', 'certificate-issued')])
        .when({ ...stamp, type: 'CancelWorkOrder', reason: 'oops' })
        .thenThrows(productionRules.workOrderReleased);
    });
  });
});
