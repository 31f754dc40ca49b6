import type { MaintenanceSubjectView, OrganisationView, SignatureView } from './common.view';

export type WorkOrderStatusView = 'draft' | 'open' | 'in-progress' | 'awaiting-parts' | 'ready-for-release' | 'released' | 'cancelled';

export interface JobCardView {
  readonly organisation: OrganisationView;
  /** Printed and encoded as a Code 128 barcode, so a scan finds the work order. */
  readonly workOrderNumber: string;
  readonly customerReference: string;
  readonly customerName?: string;
  readonly subject: MaintenanceSubjectView;
  readonly requestedWork: string;
  /** Name of the team lead (project lead) in charge. */
  readonly teamLead: string;
  readonly status: WorkOrderStatusView;
  /** UTC instant printed in the footer and used as the PDF's creation date (from the injected clock). */
  readonly printedAt: string;
  /** In the order they are to be printed. */
  readonly tasks: readonly JobCardTaskView[];
}

export interface JobCardTaskView {
  /** Task number as the team knows it, e.g. `1` or `T-03`. */
  readonly number: string;
  readonly title: string;
  /** Maintenance data the work follows, e.g. `AMM 24-31-00` or `SB 80-0123`, with its revision (DOMAIN §1 rule 8). */
  readonly maintenanceData: { readonly reference: string; readonly revision: string };
  /** Critical task: needs an independent inspection (rule 11). */
  readonly critical: boolean;
  /** Part-66 category required to sign it, e.g. `B1.2`. */
  readonly requiredCategory: string;
  /** Names of the technicians assigned. */
  readonly assignedTechnicians: readonly string[];
  readonly parts: readonly IssuedPartView[];
  readonly tools: readonly ToolUseView[];
  readonly measurements: readonly MeasurementView[];
  readonly defects: readonly DefectView[];
  /** Labour booked on the task so far, in minutes. */
  readonly labourMinutes: number;
  /** Absent until signed: the card then prints empty boxes to sign by hand. */
  readonly signOff?: SignatureView;
  /** Independent inspection of a critical task; ignored for a normal task; absent until inspected. */
  readonly inspection?: SignatureView;
}

/** A part issued to the task from stock: its identity and the release certificate it came with. */
export interface IssuedPartView {
  readonly partNumber: string;
  readonly description?: string;
  /** Serial number for a serialised part, else the batch (lot) number. */
  readonly serialNumber?: string;
  readonly batchNumber?: string;
  /** Release document reference, e.g. the EASA Form 1 tracking number or the CoC number. */
  readonly certificateRef: string;
  readonly quantity: number;
  /** Unit of the quantity, e.g. `EA`, `L`, `KG`. */
  readonly unit: string;
}

export interface ToolUseView {
  readonly toolId: string;
  readonly description?: string;
  /** `YYYY-MM-DD`: calibration due date in force when the tool was recorded (rule 10). */
  readonly calibrationDue: string;
}

export interface MeasurementView {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly lowerLimit?: number;
  readonly upperLimit?: number;
  /** Decided by the domain, printed as is. */
  readonly outOfLimits: boolean;
}

export type DefectStatusView = 'raised' | 'rectified' | 'deferred' | 'not-completed-within-limits';

export interface DefectView {
  readonly description: string;
  readonly status: DefectStatusView;
  /** The customer's agreement reference for a deferred defect (145.A.50(e)). */
  readonly deferralRef?: string;
}
