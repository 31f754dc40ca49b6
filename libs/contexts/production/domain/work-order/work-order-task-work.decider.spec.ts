import { deciderSpec } from '@repaero/event-store-testing';
import { productionRules } from '../production-rules';
import type { WorkOrderCommand } from './commands';
import type { LabourStarted, WorkOrderEvent } from './events';
import { workOrderDecider } from './work-order.decider';
import { at, by, opened, signedOff, stamp, statusChanged, workOrderId } from './work-order.testing';

const spec = () => deciderSpec(workOrderDecider);

const inProgress = [...opened(), statusChanged('open', 'in_progress', 'work-started')];
const signed = [...inProgress, signedOff('t1')];

describe('work order: work recorded on a task', () => {
  describe('assignment', () => {
    const assign: WorkOrderCommand = {
      ...stamp,
      type: 'AssignTechnician',
      taskId: 't1',
      technicianId: 'tech-alice',
      assignedOn: '2026-03-03',
      availability: { available: true },
      qualification: { qualified: true },
    };
    const assigned: WorkOrderEvent = { type: 'production.TechnicianAssigned', data: { workOrderId, taskId: 't1', technicianId: 'tech-alice', assignedOn: '2026-03-03', by, assignedAt: at } };
    it('assigns an available, qualified technician; a repeat records nothing; unassigns', () => {
      spec().given(opened()).when(assign).then([assigned]);
      spec()
        .given([...opened(), assigned])
        .when(assign)
        .thenNothingHappens();
      spec()
        .given([...opened(), assigned])
        .when({ ...stamp, type: 'UnassignTechnician', taskId: 't1', technicianId: 'tech-alice' })
        .then([{ type: 'production.TechnicianUnassigned', data: { workOrderId, taskId: 't1', technicianId: 'tech-alice', by, unassignedAt: at } }]);
    });
    it('refuses someone absent or unqualified with the rule the resources context gave', () => {
      spec()
        .given(opened())
        .when({ ...assign, availability: { available: false, rule: 'resources.technician-absent', detail: 'on leave' } })
        .thenThrows('resources.technician-absent', { technicianId: 'tech-alice' });
      spec()
        .given(opened())
        .when({ ...assign, qualification: { qualified: false, rule: 'resources.category-not-held', detail: 'no B1.2' } })
        .thenThrows('resources.category-not-held', { requiredCategory: 'B1.2' });
    });
    it('refuses an unknown task', () => {
      spec()
        .given(opened())
        .when({ ...assign, taskId: 't9' })
        .thenThrows(productionRules.taskNotFound);
    });
  });

  describe('labour', () => {
    const start: WorkOrderCommand = { ...stamp, type: 'StartLabour', taskId: 't1', labourId: 'l1', technicianId: 'tech-alice', startedAt: '2026-03-02T08:00:00.000Z', deviceId: 'ipad-7' };
    const started: LabourStarted = {
      type: 'production.LabourStarted',
      data: { workOrderId, taskId: 't1', labourId: 'l1', technicianId: 'tech-alice', startedAt: '2026-03-02T08:00:00.000Z', deviceId: 'ipad-7', by },
    };
    const stop: WorkOrderCommand = { ...stamp, type: 'StopLabour', taskId: 't1', technicianId: 'tech-alice', stoppedAt: '2026-03-02T09:30:59.000Z', deviceId: 'ipad-7' };
    it('the first labour starts the work order', () => {
      spec()
        .given(opened())
        .when(start)
        .then([statusChanged('open', 'in_progress', 'work-started'), started]);
      spec().given(inProgress).when(start).then([started]);
    });
    it('one running labour per technician per task; the same start again records nothing', () => {
      spec()
        .given([...inProgress, started])
        .when(start)
        .thenNothingHappens();
      spec()
        .given([...inProgress, started])
        .when({ ...start, labourId: 'l2' })
        .thenThrows(productionRules.labourAlreadyStarted, { labourId: 'l1' });
      spec()
        .given([...inProgress, started])
        .when({ ...start, labourId: 'l2', technicianId: 'tech-bob' })
        .then([{ ...started, data: { ...started.data, labourId: 'l2', technicianId: 'tech-bob' } }]);
    });
    it('stops the running labour, counting whole minutes', () => {
      spec()
        .given([...inProgress, started])
        .when(stop)
        .then([
          {
            type: 'production.LabourStopped',
            data: { workOrderId, taskId: 't1', labourId: 'l1', technicianId: 'tech-alice', startedAt: '2026-03-02T08:00:00.000Z', stoppedAt: '2026-03-02T09:30:59.000Z', minutes: 90, deviceId: 'ipad-7', by },
          },
        ]);
    });
    it('refuses a stop with nothing running, or before the start', () => {
      spec().given(inProgress).when(stop).thenThrows(productionRules.labourNotStarted);
      spec()
        .given([...inProgress, started])
        .when({ ...stop, stoppedAt: '2026-03-02T07:00:00.000Z' })
        .thenThrows(productionRules.invalidPeriod);
    });
    it('no labour on a signed task', () => {
      spec().given(signed).when(start).thenThrows(productionRules.taskAlreadySigned);
    });
  });

  describe('parts', () => {
    const request: WorkOrderCommand = { ...stamp, type: 'RequestPart', taskId: 't1', requestId: 'r1', partNumber: 'MS20995C32', quantity: 2, unit: 'EA' };
    const requested: WorkOrderEvent = { type: 'production.PartRequested', data: { workOrderId, taskId: 't1', requestId: 'r1', partNumber: 'MS20995C32', quantity: 2, unit: 'EA', by, requestedAt: at } };
    const issue: WorkOrderCommand = {
      ...stamp,
      type: 'RecordPartIssued',
      taskId: 't1',
      issueId: 'i1',
      itemId: 'item-9',
      partNumber: 'MG-100-3',
      serialNumber: 'SN-123',
      certificateRef: 'F1-REPAERO-2025-000017',
      quantity: 1,
      unit: 'EA',
    };
    const issued: WorkOrderEvent = {
      type: 'production.PartIssuedToTask',
      data: { workOrderId, taskId: 't1', issueId: 'i1', itemId: 'item-9', partNumber: 'MG-100-3', serialNumber: 'SN-123', certificateRef: 'F1-REPAERO-2025-000017', quantity: 1, unit: 'EA', by, issuedAt: at },
    };
    it('requests, records the reservation, and records the part issued with its P/N, S/N and certificate', () => {
      spec().given(inProgress).when(request).then([requested]);
      spec()
        .given([...inProgress, requested])
        .when({ ...stamp, type: 'RecordPartReserved', taskId: 't1', requestId: 'r1', itemId: 'item-3', quantity: 2, unit: 'EA' })
        .then([{ type: 'production.PartReserved', data: { workOrderId, taskId: 't1', requestId: 'r1', itemId: 'item-3', quantity: 2, unit: 'EA', by, reservedAt: at } }]);
      spec().given(inProgress).when(issue).then([issued]);
    });
    it('a repeated issue records nothing; an issue id used for another part is refused', () => {
      spec()
        .given([...inProgress, issued])
        .when(issue)
        .thenNothingHappens();
      spec()
        .given([...inProgress, issued])
        .when({ ...issue, serialNumber: 'SN-999' })
        .thenThrows(productionRules.partIssueIdInUse);
    });
    it('a part issued to a signed task is refused', () => {
      spec().given(signed).when(issue).thenThrows(productionRules.taskAlreadySigned, { taskId: 't1' });
    });
    it('refuses a quantity that is not positive, a reservation or issue for an unknown request', () => {
      spec()
        .given(inProgress)
        .when({ ...request, quantity: 0 })
        .thenThrows(productionRules.quantityInvalid);
      spec()
        .given(inProgress)
        .when({ ...request, partNumber: ' ' })
        .thenThrows(productionRules.partNumberRequired);
      spec()
        .given(inProgress)
        .when({ ...stamp, type: 'RecordPartReserved', taskId: 't1', requestId: 'r9', itemId: 'item-3', quantity: 2, unit: 'EA' })
        .thenThrows(productionRules.partRequestNotFound);
      spec()
        .given(inProgress)
        .when({ ...issue, requestId: 'r9' })
        .thenThrows(productionRules.partRequestNotFound);
    });
  });

  describe('tools (rule 10)', () => {
    const use: WorkOrderCommand = {
      ...stamp,
      type: 'RecordToolUse',
      taskId: 't1',
      toolUseId: 'tu1',
      toolId: 'TQ-12',
      usedOn: '2026-03-02',
      calibration: { valid: true, calibrationDueOn: '2026-06-30', certificateRef: 'CAL-2025-88' },
    };
    it('records a tool with its calibration as of the day it was used', () => {
      spec()
        .given(inProgress)
        .when(use)
        .then([
          {
            type: 'production.ToolUseRecorded',
            data: { workOrderId, taskId: 't1', toolUseId: 'tu1', toolId: 'TQ-12', usedOn: '2026-03-02', calibration: { calibrationDueOn: '2026-06-30', certificateRef: 'CAL-2025-88' }, by, recordedAt: at },
          },
        ]);
    });
    it('refuses a tool whose calibration is not valid that day, naming the cause', () => {
      spec()
        .given(inProgress)
        .when({ ...use, calibration: { valid: false, rule: 'resources.tool-calibration-overdue', detail: 'due 2026-02-28' } })
        .thenThrows(productionRules.toolNotCalibrated, { toolId: 'TQ-12', cause: 'resources.tool-calibration-overdue' });
      spec()
        .given(inProgress)
        .when({ ...use, calibration: { valid: true, calibrationDueOn: '2026-03-01', certificateRef: 'CAL-2025-88' } })
        .thenThrows(productionRules.toolNotCalibrated);
    });
  });

  describe('measured values', () => {
    const measure: WorkOrderCommand = { ...stamp, type: 'RecordMeasurement', taskId: 't1', measurementId: 'm1', name: 'Torque', value: 26, unit: 'N.m', min: 20, max: 25 };
    it('records a value out of limits, flagged, not refused', () => {
      spec()
        .given(inProgress)
        .when(measure)
        .then([
          {
            type: 'production.MeasurementRecorded',
            data: { workOrderId, taskId: 't1', measurementId: 'm1', name: 'Torque', value: 26, unit: 'N.m', min: 20, max: 25, withinLimits: false, by, recordedAt: at },
          },
        ]);
      spec()
        .given(inProgress)
        .when({ ...measure, value: 22, min: undefined })
        .then([{ type: 'production.MeasurementRecorded', data: { workOrderId, taskId: 't1', measurementId: 'm1', name: 'Torque', value: 22, unit: 'N.m', max: 25, withinLimits: true, by, recordedAt: at } }]);
    });
    it('refuses limits that make no sense', () => {
      spec()
        .given(inProgress)
        .when({ ...measure, min: 30 })
        .thenThrows(productionRules.measurementInvalid);
      spec()
        .given(inProgress)
        .when({ ...measure, value: Number.NaN })
        .thenThrows(productionRules.measurementInvalid);
    });
  });

  describe('defects (145.A.50)', () => {
    const raise: WorkOrderCommand = { ...stamp, type: 'RaiseDefect', defectId: 'd1', taskId: 't1', description: 'Chafed hydraulic line', raisedOn: '2026-03-02' };
    const raised: WorkOrderEvent = { type: 'production.DefectRaised', data: { workOrderId, defectId: 'd1', taskId: 't1', description: 'Chafed hydraulic line', raisedOn: '2026-03-02', by, raisedAt: at } };
    const close = (disposition: Extract<WorkOrderCommand, { type: 'CloseDefect' }>['disposition']): WorkOrderCommand => ({ ...stamp, type: 'CloseDefect', defectId: 'd1', disposition });
    it('raises a defect; a repeat records nothing', () => {
      spec().given(inProgress).when(raise).then([raised]);
      spec()
        .given([...inProgress, raised])
        .when(raise)
        .thenNothingHappens();
      spec()
        .given(inProgress)
        .when({ ...raise, description: '' })
        .thenThrows(productionRules.defectDescriptionRequired);
    });
    it('closes it rectified, deferred with the customer agreement, or not completed within limits', () => {
      for (const disposition of [
        { kind: 'rectified', rectification: 'line replaced' },
        { kind: 'deferred', customerAgreementRef: 'CUST-9/AGR-3' },
        { kind: 'not-completed-within-limits', note: 'within SRM limits, recheck at 100 h' },
      ] as const) {
        spec()
          .given([...inProgress, raised])
          .when(close(disposition))
          .then([{ type: 'production.DefectClosed', data: { workOrderId, defectId: 'd1', disposition, by, closedAt: at } }]);
      }
    });
    it('a deferral needs the customer agreement reference; a note is needed otherwise', () => {
      spec()
        .given([...inProgress, raised])
        .when(close({ kind: 'deferred', customerAgreementRef: ' ' }))
        .thenThrows(productionRules.customerAgreementRequired);
      spec()
        .given([...inProgress, raised])
        .when(close({ kind: 'not-completed-within-limits', note: '' }))
        .thenThrows(productionRules.reasonRequired);
    });
    it('a closed defect stays closed', () => {
      const closed: WorkOrderEvent = { type: 'production.DefectClosed', data: { workOrderId, defectId: 'd1', disposition: { kind: 'rectified', rectification: 'line replaced' }, by, closedAt: at } };
      spec()
        .given([...inProgress, raised, closed])
        .when(close({ kind: 'deferred', customerAgreementRef: 'AGR-1' }))
        .thenThrows(productionRules.defectAlreadyClosed);
      spec()
        .given(inProgress)
        .when(close({ kind: 'rectified', rectification: 'x' }))
        .thenThrows(productionRules.defectNotFound);
    });
  });
});
