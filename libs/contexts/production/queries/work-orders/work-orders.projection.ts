import type { EventEnvelope } from '@repaero/event-sourcing';
import { defineProjection } from '@repaero/projections';
import { identifierKey } from '../../domain/manufacturer-document/document-reference';
import { WORK_ORDER_EVENT_TYPES, type WorkOrderEvent } from '../../domain/work-order/events';
import type { ExistingWorkOrder, Task } from '../../domain/work-order/work-order-state';
import { workOrderDecider } from '../../domain/work-order/work-order.decider';
import { taskAssignmentReadModel, taskReadModel, type TaskRow } from './task.read-model';
import { workOrderReadModel, type WorkOrderRow } from './work-order.read-model';

type EventOf<T extends WorkOrderEvent['type']> = Extract<WorkOrderEvent, { type: T }>;

/** What the events say that the folded state does not keep (dates of moves, the CRS's refs); the rest comes from the state. */
function workOrderRow(state: ExistingWorkOrder, before: WorkOrderRow | undefined, event: WorkOrderEvent, recordedAt: string): WorkOrderRow {
  const { subject } = state;
  const row: WorkOrderRow = {
    workOrderId: state.workOrderId,
    number: state.number,
    customerRef: state.customerRef,
    subjectKind: subject.kind,
    registration: subject.kind === 'aircraft' ? subject.registration : null,
    aircraftType: subject.kind === 'aircraft' ? subject.aircraftType : null,
    partNumber: subject.kind === 'component' ? subject.partNumber : null,
    serialNumber: subject.serialNumber,
    componentSerialKey: subject.kind === 'component' ? identifierKey(subject.serialNumber) : null,
    subjectDescription: subject.kind === 'component' ? (subject.description ?? null) : null,
    requestedWork: state.requestedWork,
    status: state.status,
    statusNote: before?.statusNote ?? null,
    teamLeadId: state.teamLeadId,
    projectLeadId: state.projectLead.technicianId,
    projectLeadName: state.projectLead.name,
    taskCount: state.tasks.length,
    signedTaskCount: state.tasks.filter((task) => task.signOff).length,
    openDefectCount: state.defects.filter((defect) => !defect.disposition).length,
    createdAt: before?.createdAt ?? recordedAt,
    openedAt: before?.openedAt ?? null,
    releasedAt: before?.releasedAt ?? null,
    cancelledAt: before?.cancelledAt ?? null,
    crsId: before?.crsId ?? null,
    crsIssuedOn: before?.crsIssuedOn ?? null,
    crsSignerId: before?.crsSignerId ?? null,
    crsSignerName: before?.crsSignerName ?? null,
    crsLicenceRef: before?.crsLicenceRef ?? null,
    crsAuthorisationRef: before?.crsAuthorisationRef ?? null,
    crsAmendmentCount: before?.crsAmendmentCount ?? 0,
    form1TrackingNumber: before?.form1TrackingNumber ?? null,
    updatedAt: recordedAt,
    state,
  };
  switch (event.type) {
    case 'production.WorkOrderCreated':
      return { ...row, createdAt: event.data.createdAt };
    case 'production.WorkOrderStatusChanged': {
      const { to, note, changedAt } = event.data;
      return {
        ...row,
        statusNote: note ?? null,
        ...(to === 'open' && !row.openedAt ? { openedAt: changedAt } : {}),
        ...(to === 'released' ? { releasedAt: changedAt } : {}),
        ...(to === 'cancelled' ? { cancelledAt: changedAt } : {}),
      };
    }
    case 'production.CertificateOfReleaseToServiceIssued': {
      const { certificateId, issuedOn, signer, licenceRef, authorisationRef } = event.data;
      return {
        ...row,
        crsId: certificateId,
        crsIssuedOn: issuedOn,
        crsSignerId: signer.technicianId,
        crsSignerName: signer.name,
        crsLicenceRef: licenceRef,
        crsAuthorisationRef: authorisationRef,
        crsAmendmentCount: 0,
        form1TrackingNumber: null,
      };
    }
    case 'production.EasaForm1Issued':
      return event.data.certificateId === row.crsId ? { ...row, form1TrackingNumber: event.data.form1.trackingNumber } : row;
    case 'production.CertificateOfReleaseToServiceAmended':
      return event.data.certificateId === row.crsId ? { ...row, crsAmendmentCount: row.crsAmendmentCount + 1 } : row;
    case 'production.CertificateOfReleaseToServiceCancelled':
      if (event.data.certificateId !== row.crsId) return row;
      return { ...row, crsId: null, crsIssuedOn: null, crsSignerId: null, crsSignerName: null, crsLicenceRef: null, crsAuthorisationRef: null, crsAmendmentCount: 0, form1TrackingNumber: null, releasedAt: null };
    default:
      return row;
  }
}

function taskRow(workOrderId: string, task: Task, position: number, before: TaskRow | undefined, event: WorkOrderEvent, recordedAt: string): TaskRow {
  const row: TaskRow = {
    workOrderId,
    taskId: task.taskId,
    position,
    title: task.title,
    dataReference: task.maintenanceData.reference,
    dataRevision: task.maintenanceData.revision,
    dataVerified: task.signOff ? task.signOff.dataCheck.verified : null,
    critical: task.critical,
    requiredCategory: task.requiredCategory,
    assignedTechnicianIds: [...task.assigned],
    labourMinutes: task.labourMinutes,
    signOffId: task.signOff?.signOffId ?? null,
    signedOffById: task.signOff?.signer.technicianId ?? null,
    signedOffByName: task.signOff?.signer.name ?? null,
    signedOffAt: task.signOff?.performedAt ?? null,
    workedOn: task.signOff?.workedOn ?? null,
    signOffLicenceRef: before?.signOffLicenceRef ?? null,
    signOffAuthorisationRef: before?.signOffAuthorisationRef ?? null,
    signOffDeviceId: before?.signOffDeviceId ?? null,
    inspectionId: task.inspection?.inspectionId ?? null,
    inspectedById: task.inspection?.inspector.technicianId ?? null,
    inspectedByName: task.inspection?.inspector.name ?? null,
    inspectedAt: task.inspection?.inspectedAt ?? null,
    inspectionLicenceRef: before?.inspectionLicenceRef ?? null,
    inspectionAuthorisationRef: before?.inspectionAuthorisationRef ?? null,
    inspectionDeviceId: before?.inspectionDeviceId ?? null,
    addedAt: before?.addedAt ?? recordedAt,
    updatedAt: recordedAt,
  };
  switch (event.type) {
    case 'production.TaskAdded':
      return { ...row, addedAt: event.data.addedAt };
    case 'production.TaskSignedOff': {
      const { licenceRef, authorisationRef, deviceId } = event.data;
      return { ...row, signOffLicenceRef: licenceRef ?? null, signOffAuthorisationRef: authorisationRef, signOffDeviceId: deviceId };
    }
    case 'production.IndependentInspectionRecorded': {
      const { licenceRef, authorisationRef, deviceId } = event.data;
      return { ...row, inspectionLicenceRef: licenceRef ?? null, inspectionAuthorisationRef: authorisationRef, inspectionDeviceId: deviceId };
    }
    default:
      return row;
  }
}

function assignmentOf(event: WorkOrderEvent): EventOf<'production.TechnicianAssigned' | 'production.TechnicianUnassigned'> | undefined {
  return event.type === 'production.TechnicianAssigned' || event.type === 'production.TechnicianUnassigned' ? event : undefined;
}

/** The work-order board, its tasks and who is on them, folded with the work-order decider's own `evolve`. */
export const workOrdersProjection = defineProjection({
  name: 'production-work-orders',
  version: 1,
  readModels: [workOrderReadModel, taskReadModel, taskAssignmentReadModel],
  handles: WORK_ORDER_EVENT_TYPES,
  async apply(envelope: EventEnvelope, ctx) {
    const event = envelope as unknown as WorkOrderEvent;
    const { workOrderId } = event.data;
    const workOrders = ctx.rows(workOrderReadModel);
    const before = await workOrders.get({ workOrderId });
    const state = workOrderDecider.evolve(before?.state ?? workOrderDecider.initialState(), event);
    // A fact on a work order never created leaves nothing to show (a projection never throws on a recorded event).
    if (state.status === 'none') return;
    workOrders.put(workOrderRow(state, before, event, envelope.recordedAt));

    const taskId = 'taskId' in event.data ? event.data.taskId : undefined;
    const position = taskId === undefined ? -1 : state.tasks.findIndex((task) => task.taskId === taskId);
    if (taskId === undefined || position < 0) return;
    const tasks = ctx.rows(taskReadModel);
    const task = state.tasks[position] as Task;
    tasks.put(taskRow(workOrderId, task, position + 1, await tasks.get({ workOrderId, taskId }), event, envelope.recordedAt));

    const assignment = assignmentOf(event);
    if (!assignment) return;
    const assignments = ctx.rows(taskAssignmentReadModel);
    const key = { workOrderId, taskId, technicianId: assignment.data.technicianId };
    if (assignment.type === 'production.TechnicianUnassigned') assignments.delete(key);
    else assignments.put({ ...key, assignedOn: assignment.data.assignedOn, assignedAt: assignment.data.assignedAt });
  },
});
