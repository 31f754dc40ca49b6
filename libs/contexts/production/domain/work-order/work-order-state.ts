import type {
  DefectDisposition,
  Form1Data,
  MaintenanceDataCheck,
  MaintenanceDataRef,
  PartIssuedToTask,
  Person,
  ReleaseWording,
  ToolCalibration,
  WorkOrderStatus,
  WorkOrderSubject,
} from './events';

export interface OpenLabour {
  readonly labourId: string;
  readonly technicianId: string;
  readonly startedAt: string;
}

export interface PartRequest {
  readonly requestId: string;
  readonly partNumber: string;
  readonly quantity: number;
  readonly unit: string;
  readonly note?: string;
  readonly reserved: readonly { readonly itemId: string; readonly quantity: number; readonly unit: string }[];
}

/** A part on a task: what `production.PartIssuedToTask` recorded, without its envelope fields. */
export type PartIssue = Omit<PartIssuedToTask['data'], 'workOrderId' | 'taskId' | 'by' | 'issuedAt'>;

/** A part issue begun before stock was asked: open until the part is on the task (completed) or stock refused it (abandoned). */
export interface PartIssueAttempt {
  /** Absent: an issue (`PartIssueBegun`); a reservation attempt (`PartReservationBegun`) always has its `requestId`. */
  readonly kind?: 'reservation';
  readonly attemptId: string;
  readonly taskId: string;
  readonly itemId: string;
  readonly quantity: number;
  readonly requestId?: string;
  readonly status: 'open' | 'completed' | 'abandoned';
  readonly issueId?: string;
  readonly rule?: string;
}

export interface ToolUse {
  readonly toolUseId: string;
  readonly toolId: string;
  readonly usedOn: string;
  readonly calibration: ToolCalibration;
}

export interface Measurement {
  readonly measurementId: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly min?: number;
  readonly max?: number;
  readonly withinLimits: boolean;
}

export interface SignOff {
  readonly signOffId: string;
  readonly signer: Person;
  readonly performedAt: string;
  readonly workedOn: string;
  readonly dataCheck: MaintenanceDataCheck;
}

export interface Inspection {
  readonly inspectionId: string;
  readonly inspector: Person;
  readonly inspectedAt: string;
}

export interface Task {
  readonly taskId: string;
  readonly title: string;
  readonly maintenanceData: MaintenanceDataRef;
  readonly critical: boolean;
  readonly requiredCategory: string;
  readonly assigned: readonly string[];
  readonly openLabour: readonly OpenLabour[];
  /** Everyone who logged labour: none of them may inspect the task independently. */
  readonly labourBy: readonly string[];
  readonly labourMinutes: number;
  readonly requests: readonly PartRequest[];
  readonly issues: readonly PartIssue[];
  readonly toolUses: readonly ToolUse[];
  readonly measurements: readonly Measurement[];
  readonly signOff?: SignOff;
  readonly inspection?: Inspection;
}

export interface Defect {
  readonly defectId: string;
  readonly taskId?: string;
  readonly description: string;
  readonly raisedOn: string;
  readonly disposition?: DefectDisposition;
}

export interface Certificate {
  readonly certificateId: string;
  readonly signer: Person;
  readonly issuedOn: string;
  readonly wording: ReleaseWording;
  readonly form1?: Form1Data;
  readonly amendmentIds: readonly string[];
  readonly cancelled?: { readonly reason: string };
}

export interface WorkOrderRecord {
  readonly workOrderId: string;
  readonly number: string;
  readonly customerRef: string;
  readonly subject: WorkOrderSubject;
  readonly requestedWork: string;
  readonly teamLeadId: string;
  readonly projectLead: Person;
  /** In the order they were added: the job card prints them so. */
  readonly tasks: readonly Task[];
  readonly defects: readonly Defect[];
  /** Every CRS ever issued; at most one not cancelled. */
  readonly certificates: readonly Certificate[];
  /** Absent on a work order folded before attempts existed (read-model rows keep the state as it was). */
  readonly partIssueAttempts?: readonly PartIssueAttempt[];
}

export type WorkOrderState = { readonly status: 'none' } | (WorkOrderRecord & { readonly status: WorkOrderStatus });

export type ExistingWorkOrder = Exclude<WorkOrderState, { readonly status: 'none' }>;
