import { deciderSpec } from '@repaero/event-store-testing';
import { productionRules } from '../production-rules';
import type { WorkOrderCommand } from './commands';
import type { WorkOrderEvent } from './events';
import { workOrderDecider } from './work-order.decider';
import { alice, at, bob, by, inspected, opened, performedAt, signOff, signedOff, stamp, statusChanged, taskAdded, workOrderId } from './work-order.testing';

const spec = () => deciderSpec(workOrderDecider);

const twoTasks = opened(undefined, taskAdded('t1'), taskAdded('t2', true));
const inProgress = [...twoTasks, statusChanged('open', 'in_progress', 'work-started')];
const toolUsed = (calibrationDueOn: string): WorkOrderEvent => ({
  type: 'production.ToolUseRecorded',
  data: { workOrderId, taskId: 't1', toolUseId: 'tu1', toolId: 'TQ-12', usedOn: '2026-02-27', calibration: { calibrationDueOn, certificateRef: 'CAL-88' }, by, recordedAt: at },
});

describe('work order: task sign-off (rules 8–10) and independent inspection (rule 11)', () => {
  describe('sign-off', () => {
    it('records the signer, licence and authorisation in force, the device, the data check and what the task used', () => {
      const issued: WorkOrderEvent = {
        type: 'production.PartIssuedToTask',
        data: { workOrderId, taskId: 't1', issueId: 'i1', itemId: 'item-9', partNumber: 'MG-100-3', serialNumber: 'SN-123', quantity: 1, unit: 'EA', by, issuedAt: at },
      };
      spec()
        .given([...inProgress, issued, toolUsed('2026-06-30')])
        .when(signOff('t1', { maintenanceData: { inLibrary: true, documentId: 'doc-amm', currentRevision: '45' } }))
        .then([signedOff('t1', alice, { dataCheck: { verified: true, documentId: 'doc-amm', revision: '45' }, partIssueIds: ['i1'], toolUseIds: ['tu1'] })]);
    });
    it('the first sign-off starts an open work order; the last one of a work order with no other blocker makes it ready', () => {
      spec()
        .given(opened())
        .when(signOff('t1'))
        .then([statusChanged('open', 'in_progress', 'work-started'), signedOff('t1'), statusChanged('in_progress', 'ready_for_release', 'release-conditions-met')]);
      spec()
        .given(inProgress)
        .when(signOff('t1'))
        .then([signedOff('t1')]);
    });
    it('rule 9: refused to someone not authorised, with the resources rule', () => {
      spec()
        .given(inProgress)
        .when(signOff('t1', { authorisation: { authorised: false, rule: 'resources.authorisation-expired', detail: 'AUT-1 expired on 2026-03-01' } }))
        .thenThrows('resources.authorisation-expired', { technicianId: alice.technicianId, taskId: 't1' });
    });
    it('rule 10: refused when a tool recorded on the task was out of calibration on the day of the work', () => {
      spec()
        .given([...inProgress, toolUsed('2026-03-01')])
        .when(signOff('t1'))
        .thenThrows(productionRules.toolNotCalibrated, { toolId: 'TQ-12', performedOn: '2026-03-02' });
    });
    it('rule 8: refused when the data revision is not current on the day of the work; a reference not in the library is recorded unverified', () => {
      spec()
        .given(inProgress)
        .when(signOff('t1', { maintenanceData: { inLibrary: true, documentId: 'doc-amm', currentRevision: '46' } }))
        .thenThrows(productionRules.maintenanceDataNotCurrent, { revision: '45', currentRevision: '46' });
      spec()
        .given(inProgress)
        .when(signOff('t1', { maintenanceData: { inLibrary: false } }))
        .then([signedOff('t1', alice, { dataCheck: { verified: false, reason: 'document-not-in-library' } })]);
    });
    it('refused while labour is running on the task', () => {
      const started: WorkOrderEvent = { type: 'production.LabourStarted', data: { workOrderId, taskId: 't1', labourId: 'l1', technicianId: 'tech-alice', startedAt: at, by } };
      spec()
        .given([...inProgress, started])
        .when(signOff('t1'))
        .thenThrows(productionRules.labourOpen);
    });
    it('a signed task is closed: the same sign-off records nothing, another is refused', () => {
      spec()
        .given([...inProgress, signedOff('t1')])
        .when(signOff('t1'))
        .thenNothingHappens();
      spec()
        .given([...inProgress, signedOff('t1')])
        .when(signOff('t1', { signOffId: 'so-other', signer: bob }))
        .thenThrows(productionRules.taskAlreadySigned);
      spec()
        .given([...inProgress, signedOff('t1')])
        .when({ ...stamp, type: 'RecordMeasurement', taskId: 't1', measurementId: 'm1', name: 'Torque', value: 22, unit: 'N.m' })
        .thenThrows(productionRules.taskAlreadySigned);
    });
  });

  describe('independent inspection', () => {
    const inspect: WorkOrderCommand = {
      ...stamp,
      type: 'RecordIndependentInspection',
      taskId: 't2',
      inspectionId: 'insp-t2',
      inspector: bob,
      authorisation: { authorised: true, licenceRef: 'FR.66.2', authorisationRef: 'AUT-2' },
      inspectedAt: '2026-03-02T10:00:00.000Z',
      deviceId: 'ipad-8',
    };
    const bothSigned = [...inProgress, signedOff('t1'), signedOff('t2')];
    it('records an inspection by another qualified person after the sign-off; the last condition makes the work order ready', () => {
      spec()
        .given(bothSigned)
        .when(inspect)
        .then([inspected('t2'), statusChanged('in_progress', 'ready_for_release', 'release-conditions-met')]);
      spec()
        .given([...bothSigned, inspected('t2')])
        .when(inspect)
        .thenNothingHappens();
    });
    it('the same person cannot inspect their own task', () => {
      spec()
        .given(bothSigned)
        .when({ ...inspect, inspector: alice })
        .thenThrows(productionRules.inspectorIsPerformer, { technicianId: alice.technicianId });
    });
    it('nor can anyone who worked on it', () => {
      const bobWorked: WorkOrderEvent = { type: 'production.LabourStarted', data: { workOrderId, taskId: 't2', labourId: 'l1', technicianId: bob.technicianId, startedAt: at, by } };
      const bobStopped: WorkOrderEvent = {
        type: 'production.LabourStopped',
        data: { workOrderId, taskId: 't2', labourId: 'l1', technicianId: bob.technicianId, startedAt: at, stoppedAt: performedAt, minutes: 90, by },
      };
      spec()
        .given([...inProgress, signedOff('t1'), bobWorked, bobStopped, signedOff('t2')])
        .when(inspect)
        .thenThrows(productionRules.inspectorIsPerformer);
    });
    it('follows the sign-off, by an authorised inspector, and once', () => {
      spec().given(inProgress).when(inspect).thenThrows(productionRules.taskNotSigned);
      spec()
        .given(bothSigned)
        .when({ ...inspect, authorisation: { authorised: false, rule: 'resources.category-not-held', detail: 'no B1.2' } })
        .thenThrows('resources.category-not-held');
      spec()
        .given(bothSigned)
        .when({ ...inspect, inspectedAt: '2026-03-02T09:00:00.000Z' })
        .thenThrows(productionRules.invalidPeriod);
      spec()
        .given([...bothSigned, inspected('t2')])
        .when({ ...inspect, inspectionId: 'insp-2' })
        .thenThrows(productionRules.taskAlreadyInspected);
    });
  });
});
