/**
 * Stored contracts (ARCHITECTURE rule 5): never reshape a type, add a schemaVersion and an upcaster.
 * Every event names its `workOrderId`, the actor `by` (user id) and a UTC instant `…At`;
 * dates named `…On` are Europe/Paris business dates (YYYY-MM-DD).
 */

export type WorkOrderSubject =
  | { readonly kind: 'aircraft'; readonly registration: string; readonly aircraftType: string; readonly serialNumber: string }
  | { readonly kind: 'component'; readonly partNumber: string; readonly serialNumber: string; readonly description?: string };

/** A person as named on a signature block. */
export interface Person {
  readonly technicianId: string;
  readonly name: string;
}

/** DOMAIN rule 8: the approved data a task is done to, e.g. `{ reference: 'AMM 32-11-00', revision: '45' }`. */
export interface MaintenanceDataRef {
  readonly reference: string;
  readonly revision: string;
  /** The manufacturer-documentation library's document, when the reference is registered there. */
  readonly documentId?: string;
}

/** What the sign-off found about the task's data revision on the performed date (a reference not in the library is recorded as unverified). */
export type MaintenanceDataCheck =
  | { readonly verified: true; readonly documentId: string; readonly revision: string }
  | { readonly verified: false; readonly reason: 'document-not-in-library' };

/** The calibration of a tool as of the day it was used (145.A.40, DOMAIN rule 10); recorded only when valid. */
export interface ToolCalibration {
  readonly calibrationDueOn: string;
  readonly certificateRef: string;
}

export type WorkOrderStatus = 'draft' | 'open' | 'in_progress' | 'awaiting_parts' | 'ready_for_release' | 'released' | 'cancelled';

/** Why the status moved; `production.WorkOrderStatusChanged` is the one event every board reads. */
export type StatusChangeCause =
  | 'opened'
  | 'work-started'
  | 'awaiting-parts'
  | 'parts-arrived'
  | 'release-conditions-met'
  | 'release-conditions-lost'
  | 'certificate-issued'
  | 'certificate-cancelled'
  | 'cancelled';

export type DefectDisposition =
  | { readonly kind: 'rectified'; readonly rectification: string }
  /** 145.A.50(e): deferred with the customer's agreement. */
  | { readonly kind: 'deferred'; readonly customerAgreementRef: string; readonly note?: string }
  | { readonly kind: 'not-completed-within-limits'; readonly note: string };

/** EASA Form 1 block 11 statuses for maintenance (NEW and PROTOTYPE belong to production organisations). */
export type Form1Status = 'OVERHAULED' | 'REPAIRED' | 'INSPECTED/TESTED' | 'MODIFIED';

/** The release statement printed on the CRS: Part-145 or, for Part-CAO workshops, Part-CAO text (configured, passed in). */
export interface ReleaseWording {
  readonly regulation: 'part-145' | 'part-cao';
  readonly text: string;
}

/** EASA Form 1 (maintenance release), blocks 1–14 as far as a Part-145 organisation fills them. */
export interface Form1Data {
  /** Block 1: approving competent authority / country, e.g. `DGAC / FRANCE`. */
  readonly competentAuthority: string;
  /** Block 3: from the organisation's gap-free sequence (`sequence/`). */
  readonly trackingNumber: string;
  /** Block 4. */
  readonly organisationName: string;
  readonly organisationAddress: string;
  /** Block 5. */
  readonly workOrderNumber: string;
  /** Block 6: the line on the form, `1` for a single item. */
  readonly item: string;
  /** Block 7. */
  readonly description: string;
  /** Block 8. */
  readonly partNumber: string;
  /** Block 9. */
  readonly quantity: number;
  /** Block 10. */
  readonly serialNumber: string;
  /** Block 11. */
  readonly status: Form1Status;
  /** Block 12: the work done, the data used, deferred items. */
  readonly remarks: string;
  /** Block 14a: the release statement. */
  readonly releaseStatement: string;
  /** Block 14b/14d. */
  readonly signer: Person;
  /** Block 14c: the organisation approval reference (e.g. `FR.145.0123`). */
  readonly approvalRef: string;
  /** The signer's licence and authorisation in force (DOMAIN rule 16). */
  readonly licenceRef: string;
  readonly authorisationRef: string;
  /** Block 14e. */
  readonly signedOn: string;
}

export type WorkOrderCreated = {
  readonly type: 'production.WorkOrderCreated';
  readonly data: {
    readonly workOrderId: string;
    /** Human number, e.g. `WO-2026-000042`, allocated by the handler from a sequence. */
    readonly number: string;
    readonly customerRef: string;
    readonly subject: WorkOrderSubject;
    readonly requestedWork: string;
    readonly teamLeadId: string;
    /** A team lead the customer side sees (CRM contract). */
    readonly projectLead: Person;
    readonly by: string;
    readonly createdAt: string;
  };
};

export type WorkOrderLeadsChanged = {
  readonly type: 'production.WorkOrderLeadsChanged';
  readonly data: { readonly workOrderId: string; readonly teamLeadId: string; readonly projectLead: Person; readonly by: string; readonly changedAt: string };
};

export type WorkOrderStatusChanged = {
  readonly type: 'production.WorkOrderStatusChanged';
  readonly data: {
    readonly workOrderId: string;
    readonly from: WorkOrderStatus;
    readonly to: WorkOrderStatus;
    readonly cause: StatusChangeCause;
    /** The reason given for a cancellation or a hold. */
    readonly note?: string;
    readonly by: string;
    readonly changedAt: string;
  };
};

export type TaskAdded = {
  readonly type: 'production.TaskAdded';
  readonly data: {
    readonly workOrderId: string;
    readonly taskId: string;
    readonly title: string;
    readonly maintenanceData: MaintenanceDataRef;
    /** 145.A.48: a critical task needs an independent inspection (DOMAIN rule 11). */
    readonly critical: boolean;
    /** Part-66 category (e.g. `B1.2`) the sign-off needs. */
    readonly requiredCategory: string;
    readonly by: string;
    readonly addedAt: string;
  };
};

export type TechnicianAssigned = {
  readonly type: 'production.TechnicianAssigned';
  readonly data: { readonly workOrderId: string; readonly taskId: string; readonly technicianId: string; readonly assignedOn: string; readonly by: string; readonly assignedAt: string };
};

export type TechnicianUnassigned = {
  readonly type: 'production.TechnicianUnassigned';
  readonly data: { readonly workOrderId: string; readonly taskId: string; readonly technicianId: string; readonly by: string; readonly unassignedAt: string };
};

export type LabourStarted = {
  readonly type: 'production.LabourStarted';
  readonly data: {
    readonly workOrderId: string;
    readonly taskId: string;
    readonly labourId: string;
    readonly technicianId: string;
    readonly startedAt: string;
    readonly deviceId?: string;
    readonly by: string;
  };
};

export type LabourStopped = {
  readonly type: 'production.LabourStopped';
  readonly data: {
    readonly workOrderId: string;
    readonly taskId: string;
    readonly labourId: string;
    readonly technicianId: string;
    readonly startedAt: string;
    readonly stoppedAt: string;
    /** Whole minutes between start and stop, rounded down. */
    readonly minutes: number;
    readonly deviceId?: string;
    readonly by: string;
  };
};

export type PartRequested = {
  readonly type: 'production.PartRequested';
  readonly data: {
    readonly workOrderId: string;
    readonly taskId: string;
    readonly requestId: string;
    readonly partNumber: string;
    readonly quantity: number;
    readonly unit: string;
    readonly note?: string;
    readonly by: string;
    readonly requestedAt: string;
  };
};

/** A stock reservation made for a request (a fact reported by the stock contract). */
export type PartReserved = {
  readonly type: 'production.PartReserved';
  readonly data: {
    readonly workOrderId: string;
    readonly taskId: string;
    readonly requestId: string;
    readonly itemId: string;
    readonly quantity: number;
    readonly unit: string;
    readonly by: string;
    readonly reservedAt: string;
  };
};

/** DOMAIN rule 9: the part fitted, as the stock item issued it (serviceable and in date: the stock decider checks). */
export type PartIssuedToTask = {
  readonly type: 'production.PartIssuedToTask';
  readonly data: {
    readonly workOrderId: string;
    readonly taskId: string;
    readonly issueId: string;
    readonly requestId?: string;
    readonly itemId: string;
    readonly partNumber: string;
    readonly serialNumber?: string;
    readonly batchNumber?: string;
    /** The release certificate (Form 1 tracking number, 8130-3, CoC) the item came with. */
    readonly certificateRef?: string;
    readonly quantity: number;
    readonly unit: string;
    readonly by: string;
    readonly issuedAt: string;
  };
};

/**
 * Intent first: recorded before stock is asked to issue the item, so a stock issue whose causation is this event's id
 * is matched back to the task even if the caller crashed before recording it (`production-part-issue-completion`).
 */
export type PartIssueBegun = {
  readonly type: 'production.PartIssueBegun';
  readonly data: {
    readonly workOrderId: string;
    readonly taskId: string;
    readonly attemptId: string;
    readonly itemId: string;
    readonly quantity: number;
    readonly requestId?: string;
    readonly by: string;
    readonly begunAt: string;
  };
};

/** The attempt's part is on the task (`issueId` of its `PartIssuedToTask`). */
export type PartIssueCompleted = {
  readonly type: 'production.PartIssueCompleted';
  readonly data: { readonly workOrderId: string; readonly taskId: string; readonly attemptId: string; readonly issueId: string; readonly by: string; readonly completedAt: string };
};

/** Stock refused the issue (`rule`: its code): nothing left the shelf, the attempt is closed. */
export type PartIssueAbandoned = {
  readonly type: 'production.PartIssueAbandoned';
  readonly data: { readonly workOrderId: string; readonly taskId: string; readonly attemptId: string; readonly rule: string; readonly by: string; readonly abandonedAt: string };
};

/**
 * Intent first, as `PartIssueBegun`, for a reservation: a `stock.ItemReserved` whose causation is this event's id is
 * recorded on the request even if the caller crashed before recording it. Shares the attempt ids with part issues.
 */
export type PartReservationBegun = {
  readonly type: 'production.PartReservationBegun';
  readonly data: {
    readonly workOrderId: string;
    readonly taskId: string;
    readonly attemptId: string;
    readonly requestId: string;
    readonly itemId: string;
    readonly quantity: number;
    readonly by: string;
    readonly begunAt: string;
  };
};

/** The attempt's reservation is on the request (its `PartReserved` is recorded with it). */
export type PartReservationCompleted = {
  readonly type: 'production.PartReservationCompleted';
  readonly data: { readonly workOrderId: string; readonly taskId: string; readonly attemptId: string; readonly requestId: string; readonly by: string; readonly completedAt: string };
};

/** Stock refused the reservation (`rule`: its code): nothing is held, the attempt is closed. */
export type PartReservationAbandoned = {
  readonly type: 'production.PartReservationAbandoned';
  readonly data: { readonly workOrderId: string; readonly taskId: string; readonly attemptId: string; readonly rule: string; readonly by: string; readonly abandonedAt: string };
};

export type ToolUseRecorded = {
  readonly type: 'production.ToolUseRecorded';
  readonly data: {
    readonly workOrderId: string;
    readonly taskId: string;
    readonly toolUseId: string;
    readonly toolId: string;
    readonly usedOn: string;
    readonly calibration: ToolCalibration;
    readonly by: string;
    readonly recordedAt: string;
  };
};

export type MeasurementRecorded = {
  readonly type: 'production.MeasurementRecorded';
  readonly data: {
    readonly workOrderId: string;
    readonly taskId: string;
    readonly measurementId: string;
    readonly name: string;
    readonly value: number;
    readonly unit: string;
    readonly min?: number;
    readonly max?: number;
    /** Out of limits is recorded and flagged, never refused: it is a finding, usually a defect. */
    readonly withinLimits: boolean;
    readonly by: string;
    readonly recordedAt: string;
  };
};

export type DefectRaised = {
  readonly type: 'production.DefectRaised';
  readonly data: {
    readonly workOrderId: string;
    readonly defectId: string;
    readonly taskId?: string;
    readonly description: string;
    readonly raisedOn: string;
    readonly by: string;
    readonly raisedAt: string;
  };
};

/** 145.A.50: a defect found is rectified, deferred with the customer's agreement, or recorded as not completed within limits. */
export type DefectClosed = {
  readonly type: 'production.DefectClosed';
  readonly data: { readonly workOrderId: string; readonly defectId: string; readonly disposition: DefectDisposition; readonly by: string; readonly closedAt: string };
};

/** DOMAIN rule 9 and 16: a task sign-off (not a CRS), with everything it covers, as signed. */
export type TaskSignedOff = {
  readonly type: 'production.TaskSignedOff';
  readonly data: {
    readonly workOrderId: string;
    readonly taskId: string;
    readonly signOffId: string;
    readonly signer: Person;
    readonly licenceRef?: string;
    readonly authorisationRef: string;
    /** When the work was done (UTC) and its business date: what the resources context counts as experience. */
    readonly performedAt: string;
    readonly workedOn: string;
    readonly maintenanceData: MaintenanceDataRef;
    readonly dataCheck: MaintenanceDataCheck;
    readonly partIssueIds: readonly string[];
    readonly toolUseIds: readonly string[];
    readonly measurementIds: readonly string[];
    readonly deviceId: string;
    readonly by: string;
    readonly signedAt: string;
  };
};

/** DOMAIN rule 11 / 145.A.48: by a qualified person other than the performer, after the sign-off. */
export type IndependentInspectionRecorded = {
  readonly type: 'production.IndependentInspectionRecorded';
  readonly data: {
    readonly workOrderId: string;
    readonly taskId: string;
    readonly inspectionId: string;
    readonly inspector: Person;
    readonly licenceRef?: string;
    readonly authorisationRef: string;
    readonly inspectedAt: string;
    readonly remarks?: string;
    readonly deviceId: string;
    readonly by: string;
    readonly recordedAt: string;
  };
};

/** What held on the CRS date: every rule-12 condition, as checked (DOMAIN rules 12–16). */
export interface ReleaseConditions {
  readonly tasks: readonly { readonly taskId: string; readonly signOffId: string; readonly inspectionId?: string }[];
  readonly defects: readonly { readonly defectId: string; readonly disposition: DefectDisposition }[];
  /** Overdue on the CRS date for the subject, as the documentation library said, and those this work order complied with. */
  readonly airworthinessDirectivesOverdue: readonly string[];
  readonly airworthinessDirectivesComplied: readonly string[];
}

/** DOMAIN rule 14: immutable; corrections are `…Amended` or `…Cancelled` events. */
export type CertificateOfReleaseToServiceIssued = {
  readonly type: 'production.CertificateOfReleaseToServiceIssued';
  readonly data: {
    readonly workOrderId: string;
    readonly workOrderNumber: string;
    readonly certificateId: string;
    readonly subject: WorkOrderSubject;
    readonly signer: Person;
    readonly licenceRef: string;
    readonly authorisationRef: string;
    readonly issuedOn: string;
    readonly wording: ReleaseWording;
    readonly conditions: ReleaseConditions;
    readonly deviceId: string;
    readonly by: string;
    readonly issuedAt: string;
  };
};

/** A component release (145.A.50): the Form 1, issued with its CRS and under the same certificate. */
export type EasaForm1Issued = {
  readonly type: 'production.EasaForm1Issued';
  readonly data: { readonly workOrderId: string; readonly certificateId: string; readonly form1: Form1Data; readonly deviceId: string; readonly by: string; readonly issuedAt: string };
};

/** Fields a CRS amendment may correct; the issued event stays as it was. */
export interface CrsCorrections {
  readonly issuedOn?: string;
  readonly wording?: ReleaseWording;
  readonly form1Remarks?: string;
  readonly form1Status?: Form1Status;
}

export type CertificateOfReleaseToServiceAmended = {
  readonly type: 'production.CertificateOfReleaseToServiceAmended';
  readonly data: {
    readonly workOrderId: string;
    readonly certificateId: string;
    readonly amendmentId: string;
    readonly reason: string;
    /** What changed, in words. */
    readonly changes: string;
    readonly corrected: CrsCorrections;
    readonly deviceId: string;
    readonly by: string;
    readonly amendedAt: string;
  };
};

export type CertificateOfReleaseToServiceCancelled = {
  readonly type: 'production.CertificateOfReleaseToServiceCancelled';
  readonly data: { readonly workOrderId: string; readonly certificateId: string; readonly reason: string; readonly deviceId: string; readonly by: string; readonly cancelledAt: string };
};

export type WorkOrderEvent =
  | WorkOrderCreated
  | WorkOrderLeadsChanged
  | WorkOrderStatusChanged
  | TaskAdded
  | TechnicianAssigned
  | TechnicianUnassigned
  | LabourStarted
  | LabourStopped
  | PartRequested
  | PartReserved
  | PartIssuedToTask
  | PartIssueBegun
  | PartIssueCompleted
  | PartIssueAbandoned
  | PartReservationBegun
  | PartReservationCompleted
  | PartReservationAbandoned
  | ToolUseRecorded
  | MeasurementRecorded
  | DefectRaised
  | DefectClosed
  | TaskSignedOff
  | IndependentInspectionRecorded
  | CertificateOfReleaseToServiceIssued
  | EasaForm1Issued
  | CertificateOfReleaseToServiceAmended
  | CertificateOfReleaseToServiceCancelled;

const workOrderEventTypes = {
  'production.WorkOrderCreated': true,
  'production.WorkOrderLeadsChanged': true,
  'production.WorkOrderStatusChanged': true,
  'production.TaskAdded': true,
  'production.TechnicianAssigned': true,
  'production.TechnicianUnassigned': true,
  'production.LabourStarted': true,
  'production.LabourStopped': true,
  'production.PartRequested': true,
  'production.PartReserved': true,
  'production.PartIssuedToTask': true,
  'production.PartIssueBegun': true,
  'production.PartIssueCompleted': true,
  'production.PartIssueAbandoned': true,
  'production.PartReservationBegun': true,
  'production.PartReservationCompleted': true,
  'production.PartReservationAbandoned': true,
  'production.ToolUseRecorded': true,
  'production.MeasurementRecorded': true,
  'production.DefectRaised': true,
  'production.DefectClosed': true,
  'production.TaskSignedOff': true,
  'production.IndependentInspectionRecorded': true,
  'production.CertificateOfReleaseToServiceIssued': true,
  'production.EasaForm1Issued': true,
  'production.CertificateOfReleaseToServiceAmended': true,
  'production.CertificateOfReleaseToServiceCancelled': true,
} satisfies Record<WorkOrderEvent['type'], true>;

export const WORK_ORDER_EVENT_TYPES = Object.keys(workOrderEventTypes) as readonly WorkOrderEvent['type'][];
