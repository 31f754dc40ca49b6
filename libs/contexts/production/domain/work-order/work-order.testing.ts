import type { WorkOrderCommand } from './commands';
import type { WorkOrderEvent, WorkOrderStatus, WorkOrderSubject } from './events';

/** Shared given/when/then material for the work-order decider specs (data only: a domain folder imports no test library). */
export const workOrderId = 'wo-1';
export const at = '2026-03-02T08:00:00.000Z';
export const by = 'u-lead';
export const stamp = { workOrderId, by, at } as const;

export const aircraft: Extract<WorkOrderSubject, { kind: 'aircraft' }> = { kind: 'aircraft', registration: 'F-GABC', aircraftType: 'DR400', serialNumber: '1234' };
export const component: Extract<WorkOrderSubject, { kind: 'component' }> = { kind: 'component', partNumber: 'MG-100', serialNumber: 'SN-77', description: 'Main landing gear actuator' };
export const projectLead = { technicianId: 'tech-lead', name: 'Lea Lead' } as const;
export const alice = { technicianId: 'tech-alice', name: 'Alice Martin' } as const;
export const bob = { technicianId: 'tech-bob', name: 'Bob Durand' } as const;

export const created = (subject: WorkOrderSubject = aircraft): WorkOrderEvent => ({
  type: 'production.WorkOrderCreated',
  data: { workOrderId, number: 'WO-2026-000042', customerRef: 'CUST-9', subject, requestedWork: '50 h inspection', teamLeadId: 'tech-lead', projectLead, by, createdAt: at },
});

export const statusChanged = (from: WorkOrderStatus, to: WorkOrderStatus, cause: Extract<WorkOrderEvent, { type: 'production.WorkOrderStatusChanged' }>['data']['cause'], note?: string): WorkOrderEvent => ({
  type: 'production.WorkOrderStatusChanged',
  data: { workOrderId, from, to, cause, ...(note !== undefined ? { note } : {}), by, changedAt: at },
});

export const taskAdded = (taskId: string, critical = false, reference = 'AMM 32-11-00'): WorkOrderEvent => ({
  type: 'production.TaskAdded',
  data: { workOrderId, taskId, title: `Task ${taskId}`, maintenanceData: { reference, revision: '45' }, critical, requiredCategory: 'B1.2', by, addedAt: at },
});

export const performedAt = '2026-03-02T09:30:00.000Z';
export const performedOn = '2026-03-02';

export const signedOff = (taskId: string, signer = alice, extra: Partial<Extract<WorkOrderEvent, { type: 'production.TaskSignedOff' }>['data']> = {}): WorkOrderEvent => ({
  type: 'production.TaskSignedOff',
  data: {
    workOrderId,
    taskId,
    signOffId: `so-${taskId}`,
    signer,
    licenceRef: 'FR.66.1',
    authorisationRef: 'AUT-1',
    performedAt,
    workedOn: performedOn,
    maintenanceData: { reference: 'AMM 32-11-00', revision: '45' },
    dataCheck: { verified: false, reason: 'document-not-in-library' },
    partIssueIds: [],
    toolUseIds: [],
    measurementIds: [],
    deviceId: 'ipad-7',
    by,
    signedAt: at,
    ...extra,
  },
});

export const inspected = (taskId: string, inspector = bob): WorkOrderEvent => ({
  type: 'production.IndependentInspectionRecorded',
  data: { workOrderId, taskId, inspectionId: `insp-${taskId}`, inspector, licenceRef: 'FR.66.2', authorisationRef: 'AUT-2', inspectedAt: '2026-03-02T10:00:00.000Z', deviceId: 'ipad-8', by, recordedAt: at },
});

export const signOff = (taskId: string, overrides: Partial<Extract<WorkOrderCommand, { type: 'SignOffTask' }>> = {}): WorkOrderCommand => ({
  ...stamp,
  type: 'SignOffTask',
  taskId,
  signOffId: `so-${taskId}`,
  signer: alice,
  authorisation: { authorised: true, licenceRef: 'FR.66.1', authorisationRef: 'AUT-1' },
  performedAt,
  performedOn,
  maintenanceData: { inLibrary: false },
  deviceId: 'ipad-7',
  ...overrides,
});

/** Created, one task added, opened. */
export const opened = (subject: WorkOrderSubject = aircraft, ...tasks: readonly WorkOrderEvent[]): readonly WorkOrderEvent[] => [
  created(subject),
  ...(tasks.length > 0 ? tasks : [taskAdded('t1')]),
  statusChanged('draft', 'open', 'opened'),
];
