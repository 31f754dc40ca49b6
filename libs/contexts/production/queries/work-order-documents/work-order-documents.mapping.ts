import { fold, type EventEnvelope } from '@repaero/event-sourcing';
import type { OrganisationConfig } from '@repaero/platform';
import type {
  CertificateOfReleaseToServiceIssued,
  DefectDisposition,
  EasaForm1Issued,
  IndependentInspectionRecorded,
  TaskSignedOff,
  WorkOrderEvent,
  WorkOrderSubject,
} from '../../domain/work-order/events';
import { workOrderDecider } from '../../domain/work-order/work-order.decider';
import type { CertificateOfReleaseView, CrsHistoryEntryView } from '../../printing/certificate-of-release.view';
import type { MaintenanceSubjectView, OrganisationView, SignatureView } from '../../printing/common.view';
import type { FormOneView } from '../../printing/form-one.view';
import type { DefectView, JobCardView, WorkOrderStatusView } from '../../printing/job-card.view';

/** A recorded work-order event with the envelope fields the documents print (who recorded it). */
export type RecordedWorkOrderEvent = WorkOrderEvent & Pick<EventEnvelope, 'metadata'>;

const organisationView = (organisation: OrganisationConfig): OrganisationView => ({ name: organisation.name, approvalReference: organisation.approvalRef, address: organisation.address });

function subjectView(subject: WorkOrderSubject): MaintenanceSubjectView {
  return subject.kind === 'aircraft' ? { kind: 'aircraft', registration: subject.registration, type: subject.aircraftType, serialNumber: subject.serialNumber } : subject;
}

/** As signed (DOMAIN rule 16): the licence and authorisation in force then, never the technician's current record. */
function signatureOf(data: TaskSignedOff['data'] | IndependentInspectionRecorded['data']): SignatureView {
  const person = 'signer' in data ? data.signer : data.inspector;
  const signedAt = 'signedAt' in data ? data.signedAt : data.recordedAt;
  return { name: person.name, ...(data.licenceRef ? { licenceRef: data.licenceRef } : {}), authorisationRef: data.authorisationRef, signedAt, deviceId: data.deviceId };
}

function defectStatus(disposition: DefectDisposition | undefined): Pick<DefectView, 'status' | 'deferralRef'> {
  if (!disposition) return { status: 'raised' };
  return disposition.kind === 'deferred' ? { status: 'deferred', deferralRef: disposition.customerAgreementRef } : { status: disposition.kind };
}

const byType = <T extends WorkOrderEvent['type']>(events: readonly RecordedWorkOrderEvent[], type: T) =>
  events.filter((event): event is Extract<RecordedWorkOrderEvent, { type: T }> => event.type === type);

/** Everyone assigned to a task of the work order as of now: whose names the job card asks the resources context for. */
export function assignedTechnicians(events: readonly RecordedWorkOrderEvent[]): readonly string[] {
  const state = fold(workOrderDecider, events);
  return state.status === 'none' ? [] : [...new Set(state.tasks.flatMap((task) => task.assigned))];
}

/**
 * The job card as of now, from the work order's events. Undefined for a stream with no work order. `directory` names
 * the assignees who have not signed yet (from the resources context); without it they print as their id.
 */
export function jobCardView(
  events: readonly RecordedWorkOrderEvent[],
  organisation: OrganisationConfig,
  printedAt: string,
  directory: ReadonlyMap<string, string> = new Map(),
): JobCardView | undefined {
  const state = fold(workOrderDecider, events);
  if (state.status === 'none') return undefined;
  const signOffs = new Map(byType(events, 'production.TaskSignedOff').map((event) => [event.data.signOffId, signatureOf(event.data)]));
  const inspections = new Map(byType(events, 'production.IndependentInspectionRecorded').map((event) => [event.data.inspectionId, signatureOf(event.data)]));
  // Names as signed first: the work order records technician ids only, and a signature keeps the name it was made under.
  const names = new Map<string, string>([
    ...directory,
    ...byType(events, 'production.TaskSignedOff').map((event) => [event.data.signer.technicianId, event.data.signer.name] as const),
    ...byType(events, 'production.IndependentInspectionRecorded').map((event) => [event.data.inspector.technicianId, event.data.inspector.name] as const),
  ]);
  return {
    organisation: organisationView(organisation),
    workOrderNumber: state.number,
    customerReference: state.customerRef,
    subject: subjectView(state.subject),
    requestedWork: state.requestedWork,
    teamLead: state.projectLead.name,
    status: state.status.replace(/_/g, '-') as WorkOrderStatusView,
    printedAt,
    tasks: state.tasks.map((task, index) => ({
      number: String(index + 1),
      title: task.title,
      maintenanceData: { reference: task.maintenanceData.reference, revision: task.maintenanceData.revision },
      critical: task.critical,
      requiredCategory: task.requiredCategory,
      assignedTechnicians: task.assigned.map((technicianId) => names.get(technicianId) ?? technicianId),
      parts: task.issues.map((issue) => ({
        partNumber: issue.partNumber,
        ...(issue.serialNumber ? { serialNumber: issue.serialNumber } : {}),
        ...(issue.batchNumber ? { batchNumber: issue.batchNumber } : {}),
        certificateRef: issue.certificateRef ?? 'none recorded',
        quantity: issue.quantity,
        unit: issue.unit,
      })),
      tools: task.toolUses.map((use) => ({ toolId: use.toolId, calibrationDue: use.calibration.calibrationDueOn })),
      measurements: task.measurements.map((m) => ({
        name: m.name,
        value: m.value,
        unit: m.unit,
        ...(m.min !== undefined ? { lowerLimit: m.min } : {}),
        ...(m.max !== undefined ? { upperLimit: m.max } : {}),
        outOfLimits: !m.withinLimits,
      })),
      defects: state.defects.filter((defect) => defect.taskId === task.taskId).map((defect) => ({ description: defect.description, ...defectStatus(defect.disposition) })),
      labourMinutes: task.labourMinutes,
      ...(task.signOff ? { signOff: signOffs.get(task.signOff.signOffId) } : {}),
      ...(task.inspection ? { inspection: inspections.get(task.inspection.inspectionId) } : {}),
    })),
  };
}

function latestCertificate(events: readonly RecordedWorkOrderEvent[]): { issued: CertificateOfReleaseToServiceIssued['data']; number: string } | undefined {
  const issued = byType(events, 'production.CertificateOfReleaseToServiceIssued');
  const last = issued.at(-1);
  return last && { issued: last.data, number: `${last.data.workOrderNumber}-CRS-${issued.length}` };
}

/** The latest CRS as issued, with what came after it (amendments, cancellation) listed beneath, never folded in. */
export function certificateOfReleaseView(events: readonly RecordedWorkOrderEvent[], organisation: OrganisationConfig, printedAt: string): CertificateOfReleaseView | undefined {
  const latest = latestCertificate(events);
  const state = fold(workOrderDecider, events);
  if (!latest || state.status === 'none') return undefined;
  const { issued } = latest;
  const history: CrsHistoryEntryView[] = events.flatMap((event): CrsHistoryEntryView[] => {
    if (event.type === 'production.CertificateOfReleaseToServiceAmended' && event.data.certificateId === issued.certificateId) {
      return [{ kind: 'amended', at: event.data.amendedAt, by: event.metadata.actor.name, reason: event.data.reason, details: event.data.changes }];
    }
    if (event.type === 'production.CertificateOfReleaseToServiceCancelled' && event.data.certificateId === issued.certificateId) {
      return [{ kind: 'cancelled', at: event.data.cancelledAt, by: event.metadata.actor.name, reason: event.data.reason }];
    }
    return [];
  });
  const exceptions = issued.conditions.defects
    .map(({ disposition }) => disposition)
    .flatMap((d) => (d.kind === 'deferred' ? [`Deferred with the customer's agreement ${d.customerAgreementRef}${d.note ? `: ${d.note}` : ''}`] : d.kind === 'not-completed-within-limits' ? [`Not completed, within limits: ${d.note}`] : []));
  const tasks = state.tasks.map((task, index) => `${index + 1}. ${task.title} (${task.maintenanceData.reference} rev ${task.maintenanceData.revision})`);
  return {
    regime: issued.wording.regulation,
    organisation: organisationView(organisation),
    certificateNumber: latest.number,
    workOrderNumber: issued.workOrderNumber,
    customerReference: state.customerRef,
    subject: subjectView(issued.subject),
    workPerformed: [state.requestedWork, ...tasks].join('\n'),
    ...(exceptions.length > 0 ? { exceptions: exceptions.join('\n') } : {}),
    signer: { name: issued.signer.name, licenceRef: issued.licenceRef, authorisationRef: issued.authorisationRef, signedAt: issued.issuedAt, deviceId: issued.deviceId },
    history,
    printedAt,
  };
}

/** The EASA Form 1 of the latest component release. */
export function formOneView(events: readonly RecordedWorkOrderEvent[], printedAt: string): FormOneView | undefined {
  const form1Event: EasaForm1Issued | undefined = byType(events, 'production.EasaForm1Issued').at(-1);
  const crs = byType(events, 'production.CertificateOfReleaseToServiceIssued').find((event) => event.data.certificateId === form1Event?.data.certificateId);
  if (!form1Event || !crs) return undefined;
  const { form1, deviceId, issuedAt } = form1Event.data;
  const [authority, country = ''] = form1.competentAuthority.split('/').map((part) => part.trim());
  return {
    regime: crs.data.wording.regulation,
    competentAuthority: authority,
    country,
    trackingNumber: form1.trackingNumber,
    organisation: { name: form1.organisationName, approvalReference: form1.approvalRef, address: form1.organisationAddress ? [form1.organisationAddress] : [] },
    workOrderNumber: form1.workOrderNumber,
    items: [{ item: 1, description: form1.description, partNumber: form1.partNumber, quantity: form1.quantity, serialNumber: form1.serialNumber, status: form1.status }],
    remarks: form1.remarks,
    signer: { name: form1.signer.name, licenceRef: form1.licenceRef, authorisationRef: form1.authorisationRef, signedAt: issuedAt, deviceId },
    printedAt,
  };
}
