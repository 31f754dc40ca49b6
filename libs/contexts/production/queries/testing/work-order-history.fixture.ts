import type { GivenEvent } from '@repaero/projections/testing';
import type { WorkOrderEvent } from '../../domain/work-order/events';
import { workOrderStreamId } from '../../domain/work-order/work-order-stream';
import { alice, at as stampAt, bob, by, component, created, inspected, projectLead, signedOff, statusChanged, taskAdded, workOrderId } from '../../domain/work-order/work-order.testing';

export { alice, bob, component, workOrderId };

export const at = (minute: number) => `2026-03-02T${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
export const NUMBER = 'WO-2026-000042';
export const TASK_TITLE = 'Dépose, contrôle "visuel"';
export const CERTIFICATE_REF = 'F1-OEM-991, "rev B"';
export const TOOL_ID = 'TQW-0042';
const wo = { workOrderId, by };
const signer = { technicianId: 'tech-cert', name: 'Hélène Certif' };
const form1 = {
  competentAuthority: 'DGAC / FRANCE',
  trackingNumber: 'REPAERO-2026-000001',
  organisationName: "Rep'Aero",
  organisationAddress: '1 rue de l’Aérodrome, 31000 Toulouse',
  workOrderNumber: NUMBER,
  item: '1',
  description: 'Main landing gear actuator',
  partNumber: component.partNumber,
  quantity: 1,
  serialNumber: component.serialNumber,
  status: 'REPAIRED',
  remarks: 'Rod end play deferred (CUST-9/AGR-3)',
  releaseStatement: 'Certifies that the work was carried out in accordance with Part-145.',
  signer,
  approvalRef: 'FR.145.0123',
  licenceRef: 'FR.66.9',
  authorisationRef: 'AUT-9',
  signedOn: '2026-03-04',
} as const;

/** A component work order from creation to a Form 1 and an amendment: two tasks (one critical), labour, parts, a tool, measurements, a deferred defect. */
export const componentHistory: readonly WorkOrderEvent[] = [
  created(component),
  { type: 'production.TaskAdded', data: { ...wo, taskId: 't1', title: TASK_TITLE, maintenanceData: { reference: 'CMM 32-11-00', revision: '45' }, critical: false, requiredCategory: 'B1.2', addedAt: stampAt } },
  taskAdded('t2', true, 'CMM 32-31-10'),
  statusChanged('draft', 'open', 'opened'),
  { type: 'production.TechnicianAssigned', data: { ...wo, taskId: 't1', technicianId: alice.technicianId, assignedOn: '2026-03-02', assignedAt: at(1) } },
  { type: 'production.TechnicianAssigned', data: { ...wo, taskId: 't2', technicianId: alice.technicianId, assignedOn: '2026-03-03', assignedAt: at(2) } },
  { type: 'production.TechnicianAssigned', data: { ...wo, taskId: 't2', technicianId: bob.technicianId, assignedOn: '2026-03-03', assignedAt: at(3) } },
  { type: 'production.TechnicianUnassigned', data: { ...wo, taskId: 't2', technicianId: bob.technicianId, unassignedAt: at(4) } },
  statusChanged('open', 'in_progress', 'work-started'),
  { type: 'production.LabourStarted', data: { ...wo, taskId: 't1', labourId: 'lab-1', technicianId: alice.technicianId, startedAt: '2026-03-02T08:00:00.000Z', deviceId: 'ipad-7' } },
  { type: 'production.LabourStopped', data: { ...wo, taskId: 't1', labourId: 'lab-1', technicianId: alice.technicianId, startedAt: '2026-03-02T08:00:00.000Z', stoppedAt: '2026-03-02T09:30:00.000Z', minutes: 90, deviceId: 'ipad-7' } },
  {
    type: 'production.PartIssuedToTask',
    data: { ...wo, taskId: 't1', issueId: 'iss-1', itemId: 'item-1', partNumber: 'BRG-2045', serialNumber: 'BRG 0042/A', certificateRef: CERTIFICATE_REF, quantity: 1, unit: 'EA', issuedAt: at(10) },
  },
  { type: 'production.PartIssuedToTask', data: { ...wo, taskId: 't2', issueId: 'iss-2', itemId: 'item-2', partNumber: 'MIL-PRF-81733', batchNumber: 'LOT-7', certificateRef: 'CoC-55', quantity: 0.25, unit: 'L', issuedAt: at(11) } },
  { type: 'production.ToolUseRecorded', data: { ...wo, taskId: 't2', toolUseId: 'tu-1', toolId: TOOL_ID, usedOn: '2026-03-03', calibration: { calibrationDueOn: '2027-01-15', certificateRef: 'CAL-2026-001' }, recordedAt: at(12) } },
  { type: 'production.MeasurementRecorded', data: { ...wo, taskId: 't2', measurementId: 'm-1', name: 'Bolt torque', value: 42.5, unit: 'Nm', min: 40, max: 45, withinLimits: true, recordedAt: at(13) } },
  { type: 'production.MeasurementRecorded', data: { ...wo, taskId: 't1', measurementId: 'm-2', name: 'Rod end play', value: 0.31, unit: 'mm', max: 0.25, withinLimits: false, recordedAt: at(14) } },
  { type: 'production.DefectRaised', data: { ...wo, defectId: 'd-1', taskId: 't1', description: 'Rod end play out of limits', raisedOn: '2026-03-02', raisedAt: at(15) } },
  { type: 'production.DefectClosed', data: { ...wo, defectId: 'd-1', disposition: { kind: 'deferred', customerAgreementRef: 'CUST-9/AGR-3' }, closedAt: at(16) } },
  signedOff('t1', alice, { partIssueIds: ['iss-1'], measurementIds: ['m-2'] }),
  signedOff('t2', alice, { signOffId: 'so-t2', maintenanceData: { reference: 'CMM 32-31-10', revision: '45' }, dataCheck: { verified: true, documentId: 'doc-1', revision: '45' }, toolUseIds: ['tu-1'] }),
  inspected('t2'),
  statusChanged('in_progress', 'ready_for_release', 'release-conditions-met'),
  {
    type: 'production.CertificateOfReleaseToServiceIssued',
    data: {
      ...wo,
      workOrderNumber: NUMBER,
      certificateId: 'crs-1',
      subject: component,
      signer,
      licenceRef: 'FR.66.9',
      authorisationRef: 'AUT-9',
      issuedOn: '2026-03-04',
      wording: { regulation: 'part-145', text: form1.releaseStatement },
      conditions: { tasks: [], defects: [], airworthinessDirectivesOverdue: [], airworthinessDirectivesComplied: [] },
      deviceId: 'ipad-9',
      issuedAt: '2026-03-04T15:00:00.000Z',
    },
  },
  { type: 'production.EasaForm1Issued', data: { ...wo, certificateId: 'crs-1', form1, deviceId: 'ipad-9', issuedAt: '2026-03-04T15:00:00.000Z' } },
  statusChanged('ready_for_release', 'released', 'certificate-issued'),
  {
    type: 'production.CertificateOfReleaseToServiceAmended',
    data: { ...wo, certificateId: 'crs-1', amendmentId: 'am-1', reason: 'Typo in block 12', changes: 'block 12 remarks', corrected: { form1Remarks: 'Rod end play deferred' }, deviceId: 'pc-q', amendedAt: '2026-03-05T09:00:00.000Z' },
  },
];

export const given = (events: readonly WorkOrderEvent[]): GivenEvent[] =>
  events.map((event, index) => ({ type: event.type, data: event.data, streamId: workOrderStreamId(event.data.workOrderId), recordedAt: at(index), metadata: { actor: { id: by, name: 'Lea Lead', roles: ['team-lead'] } } }));

export { projectLead };
