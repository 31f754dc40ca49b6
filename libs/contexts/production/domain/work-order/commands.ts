import type { CrsCorrections, DefectDisposition, Form1Status, MaintenanceDataRef, Person, ReleaseWording, WorkOrderSubject } from './events';

/**
 * Commands on one work order (`workorder-<workOrderId>`). `at` is the UTC time the handler stamped, `by` the
 * authenticated actor; ids, business dates (`…On`, YYYY-MM-DD Europe/Paris) and facts looked up in other
 * contexts come from the handler, so the decider stays pure.
 */
interface Stamp {
  readonly workOrderId: string;
  readonly by: string;
  readonly at: string;
}

/** A fact another context refused, with that context's rule code (passed through as the 422 rule). */
export interface Refusal {
  readonly rule: string;
  readonly detail: string;
}

/** Availability of the technician on the assignment day (resources `isAvailable`). */
export type AvailabilityFact = { readonly available: true } | ({ readonly available: false } & Refusal);

/** Qualification for the task's required category (resources). */
export type QualificationFact = { readonly qualified: true } | ({ readonly qualified: false } & Refusal);

/** DOMAIN rule 9: is this person authorised (by the organisation) to sign or inspect this task on that date? */
export type AuthorisationFact =
  | { readonly authorised: true; readonly licenceRef?: string; readonly authorisationRef: string }
  | ({ readonly authorised: false } & Refusal);

/** DOMAIN rule 13: resources `canCertify` on the CRS date. */
export type CertificationFact = { readonly ok: true; readonly licenceRef: string; readonly authorisationRef: string } | ({ readonly ok: false } & Refusal);

/** DOMAIN rule 10: the tool's calibration as of the day it was used (tools register). */
export type CalibrationFact = { readonly valid: true; readonly calibrationDueOn: string; readonly certificateRef: string } | ({ readonly valid: false } & Refusal);

/**
 * DOMAIN rule 8: the task's data reference looked up in the manufacturer-documentation library as of the
 * performed date. The decider compares the current revision with the task's; a reference not in the library
 * is accepted and recorded as unverified.
 */
export type MaintenanceDataFact = { readonly inLibrary: true; readonly documentId: string; readonly currentRevision: string } | { readonly inLibrary: false };

/** Form 1 input for a component CRS: the rest (part, serial, signer, refs, date) comes from the work order and the CRS. */
export interface Form1Request {
  /** Block 1, from configuration. */
  readonly competentAuthority: string;
  /** Block 3: allocated by the handler from `sequence-form1-<year>` (idempotent per work order). */
  readonly trackingNumber: string;
  /** Blocks 4 and 14c, from configuration. */
  readonly organisationName: string;
  readonly organisationAddress: string;
  readonly approvalRef: string;
  readonly status: Form1Status;
  readonly remarks: string;
  /** Block 9, 1 when absent. */
  readonly quantity?: number;
  /** Block 7, the subject's description when absent. */
  readonly description?: string;
}

export type WorkOrderCommand =
  | (Stamp & {
      readonly type: 'CreateWorkOrder';
      readonly number: string;
      readonly customerRef: string;
      readonly subject: WorkOrderSubject;
      readonly requestedWork: string;
      readonly teamLeadId: string;
      readonly projectLead: Person;
    })
  | (Stamp & { readonly type: 'ChangeWorkOrderLeads'; readonly teamLeadId: string; readonly projectLead: Person })
  | (Stamp & { readonly type: 'OpenWorkOrder' })
  | (Stamp & { readonly type: 'MarkAwaitingParts'; readonly note: string })
  | (Stamp & { readonly type: 'RecordPartsArrived' })
  | (Stamp & { readonly type: 'CancelWorkOrder'; readonly reason: string })
  | (Stamp & {
      readonly type: 'AddTask';
      readonly taskId: string;
      readonly title: string;
      readonly maintenanceData: MaintenanceDataRef;
      readonly critical: boolean;
      readonly requiredCategory: string;
    })
  | (Stamp & {
      readonly type: 'AssignTechnician';
      readonly taskId: string;
      readonly technicianId: string;
      readonly assignedOn: string;
      readonly availability: AvailabilityFact;
      readonly qualification: QualificationFact;
    })
  | (Stamp & { readonly type: 'UnassignTechnician'; readonly taskId: string; readonly technicianId: string })
  | (Stamp & { readonly type: 'StartLabour'; readonly taskId: string; readonly labourId: string; readonly technicianId: string; readonly startedAt: string; readonly deviceId?: string })
  | (Stamp & { readonly type: 'StopLabour'; readonly taskId: string; readonly technicianId: string; readonly stoppedAt: string; readonly deviceId?: string })
  | (Stamp & { readonly type: 'RequestPart'; readonly taskId: string; readonly requestId: string; readonly partNumber: string; readonly quantity: number; readonly unit: string; readonly note?: string })
  | (Stamp & {
      readonly type: 'RecordPartReserved';
      readonly taskId: string;
      readonly requestId: string;
      readonly itemId: string;
      readonly quantity: number;
      readonly unit: string;
      /** The reservation attempt begun before stock was asked: recording completes it, a completed attempt records nothing more. */
      readonly attemptId?: string;
    })
  | (Stamp & { readonly type: 'BeginPartReservation'; readonly taskId: string; readonly attemptId: string; readonly requestId: string; readonly itemId: string; readonly quantity: number })
  | (Stamp & {
      readonly type: 'RecordPartIssued';
      readonly taskId: string;
      readonly issueId: string;
      readonly requestId?: string;
      readonly itemId: string;
      readonly partNumber: string;
      readonly serialNumber?: string;
      readonly batchNumber?: string;
      readonly certificateRef?: string;
      readonly quantity: number;
      readonly unit: string;
      /** The attempt begun before stock was asked: recording completes it, and a completed attempt records nothing more. */
      readonly attemptId?: string;
    })
  | (Stamp & { readonly type: 'BeginPartIssue'; readonly taskId: string; readonly attemptId: string; readonly itemId: string; readonly quantity: number; readonly requestId?: string })
  /** `rule`: the code stock refused the issue (or the reservation, for a reservation attempt) with. */
  | (Stamp & { readonly type: 'AbandonPartIssue'; readonly attemptId: string; readonly rule: string })
  | (Stamp & { readonly type: 'RecordToolUse'; readonly taskId: string; readonly toolUseId: string; readonly toolId: string; readonly usedOn: string; readonly calibration: CalibrationFact })
  | (Stamp & {
      readonly type: 'RecordMeasurement';
      readonly taskId: string;
      readonly measurementId: string;
      readonly name: string;
      readonly value: number;
      readonly unit: string;
      readonly min?: number;
      readonly max?: number;
    })
  | (Stamp & { readonly type: 'RaiseDefect'; readonly defectId: string; readonly taskId?: string; readonly description: string; readonly raisedOn: string })
  | (Stamp & { readonly type: 'CloseDefect'; readonly defectId: string; readonly disposition: DefectDisposition })
  | (Stamp & {
      readonly type: 'SignOffTask';
      readonly taskId: string;
      readonly signOffId: string;
      readonly signer: Person;
      readonly authorisation: AuthorisationFact;
      readonly performedAt: string;
      /** The business date of `performedAt` (Europe/Paris): the day calibration and data revision are judged on. */
      readonly performedOn: string;
      readonly maintenanceData: MaintenanceDataFact;
      readonly deviceId: string;
    })
  | (Stamp & {
      readonly type: 'RecordIndependentInspection';
      readonly taskId: string;
      readonly inspectionId: string;
      readonly inspector: Person;
      readonly authorisation: AuthorisationFact;
      readonly inspectedAt: string;
      readonly remarks?: string;
      readonly deviceId: string;
    })
  | (Stamp & {
      readonly type: 'IssueCertificateOfReleaseToService';
      readonly certificateId: string;
      readonly signer: Person;
      readonly certification: CertificationFact;
      readonly issuedOn: string;
      /** ADs overdue for the subject on `issuedOn`, per the documentation library; the decider subtracts those this work order complied with. */
      readonly overdueAirworthinessDirectives: readonly string[];
      readonly wording: ReleaseWording;
      readonly deviceId: string;
      /** Required for a component work order, refused for an aircraft. */
      readonly form1?: Form1Request;
    })
  | (Stamp & {
      readonly type: 'AmendCertificateOfReleaseToService';
      readonly certificateId: string;
      readonly amendmentId: string;
      readonly reason: string;
      readonly changes: string;
      readonly corrected?: CrsCorrections;
      readonly deviceId: string;
    })
  | (Stamp & { readonly type: 'CancelCertificateOfReleaseToService'; readonly certificateId: string; readonly reason: string; readonly deviceId: string });

export type WorkOrderCommandType = WorkOrderCommand['type'];
