import type { EventEnvelope } from '@repaero/event-sourcing';
import { defineProjection, type ProjectionContext } from '@repaero/projections';
import { businessDateOf } from '@repaero/event-sourcing';
import { identifierKey } from '../../domain/manufacturer-document/document-reference';
import { WORK_ORDER_EVENT_TYPES, type WorkOrderEvent } from '../../domain/work-order/events';
import {
  defectReadModel,
  labourReadModel,
  measurementReadModel,
  partIssueReadModel,
  signatureReadModel,
  toolUseReadModel,
  type SignatureRow,
} from './traceability.read-models';

const NO_SIGNATURE_FIELDS = { taskId: null, certificateId: null, licenceRef: null, authorisationRef: null, deviceId: null, signedOn: null, reference: null, note: null } as const;

async function applyEvent(event: WorkOrderEvent, envelope: EventEnvelope, ctx: ProjectionContext): Promise<void> {
  const signature = (row: Omit<SignatureRow, 'workOrderId'>) => ctx.rows(signatureReadModel).put({ workOrderId: event.data.workOrderId, ...row });
  switch (event.type) {
    case 'production.PartIssuedToTask': {
      const { workOrderId, issueId, taskId, itemId, partNumber, serialNumber, batchNumber, certificateRef, quantity, unit, issuedAt } = event.data;
      ctx.rows(partIssueReadModel).put({
        workOrderId,
        issueId,
        taskId,
        itemId,
        partNumber,
        serialNumber: serialNumber ?? null,
        serialKey: serialNumber ? identifierKey(serialNumber) : null,
        batchNumber: batchNumber ?? null,
        certificateRef: certificateRef ?? null,
        quantity,
        unit,
        issuedAt,
      });
      return;
    }
    case 'production.ToolUseRecorded': {
      const { workOrderId, toolUseId, taskId, toolId, usedOn, calibration, recordedAt } = event.data;
      ctx.rows(toolUseReadModel).put({ workOrderId, toolUseId, taskId, toolId, usedOn, calibrationDueOn: calibration.calibrationDueOn, certificateRef: calibration.certificateRef, recordedAt });
      return;
    }
    case 'production.MeasurementRecorded': {
      const { workOrderId, measurementId, taskId, name, value, unit, min, max, withinLimits, recordedAt } = event.data;
      ctx.rows(measurementReadModel).put({ workOrderId, measurementId, taskId, name, value, unit, min: min ?? null, max: max ?? null, withinLimits, recordedAt });
      return;
    }
    case 'production.DefectRaised': {
      const { workOrderId, defectId, taskId, description, raisedOn } = event.data;
      ctx.rows(defectReadModel).put({ workOrderId, defectId, taskId: taskId ?? null, description, raisedOn, status: 'open', disposition: null, customerAgreementRef: null, closedAt: null });
      return;
    }
    case 'production.DefectClosed': {
      const { workOrderId, defectId, disposition, closedAt } = event.data;
      const defects = ctx.rows(defectReadModel);
      const defect = await defects.get({ workOrderId, defectId });
      if (!defect) return;
      defects.put({ ...defect, status: disposition.kind, disposition, customerAgreementRef: disposition.kind === 'deferred' ? disposition.customerAgreementRef : null, closedAt });
      return;
    }
    case 'production.LabourStarted': {
      const { workOrderId, labourId, taskId, technicianId, startedAt, deviceId } = event.data;
      ctx.rows(labourReadModel).put({ workOrderId, labourId, taskId, technicianId, startedAt, workedOn: businessDateOf(startedAt), stoppedAt: null, minutes: null, deviceId: deviceId ?? null });
      return;
    }
    case 'production.LabourStopped': {
      const { workOrderId, labourId, taskId, technicianId, startedAt, stoppedAt, minutes, deviceId } = event.data;
      ctx.rows(labourReadModel).put({ workOrderId, labourId, taskId, technicianId, startedAt, workedOn: businessDateOf(startedAt), stoppedAt, minutes, deviceId: deviceId ?? null });
      return;
    }
    case 'production.TaskSignedOff': {
      const { signOffId, taskId, signer, licenceRef, authorisationRef, deviceId, workedOn, signedAt, maintenanceData } = event.data;
      signature({
        ...NO_SIGNATURE_FIELDS,
        kind: 'sign-off',
        signatureId: signOffId,
        taskId,
        personId: signer.technicianId,
        personName: signer.name,
        licenceRef: licenceRef ?? null,
        authorisationRef,
        deviceId,
        signedOn: workedOn,
        signedAt,
        reference: `${maintenanceData.reference} rev. ${maintenanceData.revision}`,
      });
      return;
    }
    case 'production.IndependentInspectionRecorded': {
      const { inspectionId, taskId, inspector, licenceRef, authorisationRef, deviceId, inspectedAt, remarks } = event.data;
      signature({
        ...NO_SIGNATURE_FIELDS,
        kind: 'inspection',
        signatureId: inspectionId,
        taskId,
        personId: inspector.technicianId,
        personName: inspector.name,
        licenceRef: licenceRef ?? null,
        authorisationRef,
        deviceId,
        signedOn: businessDateOf(inspectedAt),
        signedAt: inspectedAt,
        note: remarks ?? null,
      });
      return;
    }
    case 'production.CertificateOfReleaseToServiceIssued': {
      const { certificateId, signer, licenceRef, authorisationRef, deviceId, issuedOn, issuedAt, wording } = event.data;
      signature({
        ...NO_SIGNATURE_FIELDS,
        kind: 'crs',
        signatureId: certificateId,
        certificateId,
        personId: signer.technicianId,
        personName: signer.name,
        licenceRef,
        authorisationRef,
        deviceId,
        signedOn: issuedOn,
        signedAt: issuedAt,
        reference: wording.regulation,
      });
      return;
    }
    case 'production.EasaForm1Issued': {
      const { certificateId, form1, deviceId, issuedAt } = event.data;
      signature({
        ...NO_SIGNATURE_FIELDS,
        kind: 'form1',
        signatureId: certificateId,
        certificateId,
        personId: form1.signer.technicianId,
        personName: form1.signer.name,
        licenceRef: form1.licenceRef,
        authorisationRef: form1.authorisationRef,
        deviceId,
        signedOn: form1.signedOn,
        signedAt: issuedAt,
        reference: form1.trackingNumber,
      });
      return;
    }
    case 'production.CertificateOfReleaseToServiceAmended': {
      const { amendmentId, certificateId, reason, changes, deviceId, by, amendedAt } = event.data;
      const { actor } = envelope.metadata;
      signature({
        ...NO_SIGNATURE_FIELDS,
        kind: 'amendment',
        signatureId: amendmentId,
        certificateId,
        personId: by,
        personName: actor.id === by ? actor.name : by,
        licenceRef: actor.id === by ? (actor.licenceRef ?? null) : null,
        deviceId,
        signedOn: businessDateOf(amendedAt),
        signedAt: amendedAt,
        reference: changes,
        note: reason,
      });
      return;
    }
    case 'production.CertificateOfReleaseToServiceCancelled': {
      const { certificateId, reason, deviceId, by, cancelledAt } = event.data;
      const { actor } = envelope.metadata;
      signature({
        ...NO_SIGNATURE_FIELDS,
        kind: 'cancellation',
        signatureId: certificateId,
        certificateId,
        personId: by,
        personName: actor.id === by ? actor.name : by,
        licenceRef: actor.id === by ? (actor.licenceRef ?? null) : null,
        deviceId,
        signedOn: businessDateOf(cancelledAt),
        signedAt: cancelledAt,
        note: reason,
      });
      return;
    }
    case 'production.WorkOrderCreated':
    case 'production.WorkOrderLeadsChanged':
    case 'production.WorkOrderStatusChanged':
    case 'production.TaskAdded':
    case 'production.TechnicianAssigned':
    case 'production.TechnicianUnassigned':
    case 'production.PartRequested':
    case 'production.PartReserved':
    case 'production.PartIssueBegun':
    case 'production.PartIssueCompleted':
    case 'production.PartIssueAbandoned':
    case 'production.PartReservationBegun':
    case 'production.PartReservationCompleted':
    case 'production.PartReservationAbandoned':
      return;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

/** The quality review's record of a work order: parts, tools, measurements, signatures, defects and labour, one row each. */
export const traceabilityProjection = defineProjection({
  name: 'production-traceability',
  version: 1,
  readModels: [partIssueReadModel, toolUseReadModel, measurementReadModel, signatureReadModel, defectReadModel, labourReadModel],
  handles: WORK_ORDER_EVENT_TYPES,
  apply: (envelope, ctx) => applyEvent(envelope as unknown as WorkOrderEvent, envelope, ctx),
});
