import { defineReadModel } from '@repaero/read-store';
import type { DefectDisposition } from '../../domain/work-order/events';

/** DOMAIN rule 9: a part fitted on a task, as the stock item issued it. */
export interface PartIssueRow {
  workOrderId: string;
  issueId: string;
  taskId: string;
  itemId: string;
  partNumber: string;
  serialNumber: string | null;
  /** `identifierKey` of the serial: the serial search matches on it. */
  serialKey: string | null;
  batchNumber: string | null;
  certificateRef: string | null;
  quantity: number;
  unit: string;
  issuedAt: string;
}

export const partIssueReadModel = defineReadModel<PartIssueRow>({
  name: 'production_part_issue',
  columns: {
    workOrderId: { type: 'string', length: 64 },
    issueId: { type: 'string', length: 64 },
    taskId: { type: 'string', length: 64 },
    itemId: { type: 'string', length: 64 },
    partNumber: { type: 'string', length: 60 },
    serialNumber: { type: 'string', length: 60, nullable: true },
    serialKey: { type: 'string', length: 60, nullable: true },
    batchNumber: { type: 'string', length: 60, nullable: true },
    certificateRef: { type: 'string', length: 100, nullable: true },
    quantity: { type: 'decimal', precision: 18, scale: 3 },
    unit: { type: 'string', length: 6 },
    issuedAt: { type: 'string', length: 30 },
  },
  primaryKey: ['workOrderId', 'issueId'],
  indices: [{ columns: ['serialKey'] }],
});

/** DOMAIN rule 10: a tool used on a task, with the calibration valid the day it was used. */
export interface ToolUseRow {
  workOrderId: string;
  toolUseId: string;
  taskId: string;
  toolId: string;
  usedOn: string;
  calibrationDueOn: string;
  certificateRef: string;
  recordedAt: string;
}

export const toolUseReadModel = defineReadModel<ToolUseRow>({
  name: 'production_tool_use',
  columns: {
    workOrderId: { type: 'string', length: 64 },
    toolUseId: { type: 'string', length: 64 },
    taskId: { type: 'string', length: 64 },
    toolId: { type: 'string', length: 64 },
    usedOn: { type: 'string', length: 10 },
    calibrationDueOn: { type: 'string', length: 10 },
    certificateRef: { type: 'string', length: 100 },
    recordedAt: { type: 'string', length: 30 },
  },
  primaryKey: ['workOrderId', 'toolUseId'],
  indices: [{ columns: ['toolId', 'usedOn'] }],
});

export interface MeasurementRow {
  workOrderId: string;
  measurementId: string;
  taskId: string;
  name: string;
  value: number;
  unit: string;
  min: number | null;
  max: number | null;
  withinLimits: boolean;
  recordedAt: string;
}

export const measurementReadModel = defineReadModel<MeasurementRow>({
  name: 'production_measurement',
  columns: {
    workOrderId: { type: 'string', length: 64 },
    measurementId: { type: 'string', length: 64 },
    taskId: { type: 'string', length: 64 },
    name: { type: 'string', length: 200 },
    value: { type: 'decimal', precision: 20, scale: 6 },
    unit: { type: 'string', length: 20 },
    min: { type: 'decimal', precision: 20, scale: 6, nullable: true },
    max: { type: 'decimal', precision: 20, scale: 6, nullable: true },
    withinLimits: { type: 'boolean' },
    recordedAt: { type: 'string', length: 30 },
  },
  primaryKey: ['workOrderId', 'measurementId'],
});

export const SIGNATURE_KINDS = ['sign-off', 'inspection', 'crs', 'form1', 'amendment', 'cancellation'] as const;
export type SignatureKind = (typeof SIGNATURE_KINDS)[number];

/** DOMAIN rule 16: every signature with the licence and authorisation in force and the device. */
export interface SignatureRow {
  workOrderId: string;
  kind: SignatureKind;
  /** The sign-off, inspection, certificate or amendment id (a Form 1 and a cancellation go by their certificate's). */
  signatureId: string;
  taskId: string | null;
  certificateId: string | null;
  /** The technician who signed; an amendment or a cancellation names the user who recorded it. */
  personId: string;
  personName: string;
  licenceRef: string | null;
  authorisationRef: string | null;
  deviceId: string | null;
  /** The business date the signature stands for (work done, CRS or Form 1 date) and the UTC instant it was recorded. */
  signedOn: string | null;
  signedAt: string;
  /** The Form 1 tracking number, the amended fields… */
  reference: string | null;
  note: string | null;
}

export const signatureReadModel = defineReadModel<SignatureRow>({
  name: 'production_signature',
  columns: {
    workOrderId: { type: 'string', length: 64 },
    kind: { type: 'string', length: 20 },
    signatureId: { type: 'string', length: 64 },
    taskId: { type: 'string', length: 64, nullable: true },
    certificateId: { type: 'string', length: 64, nullable: true },
    personId: { type: 'string', length: 64 },
    personName: { type: 'string', length: 120 },
    licenceRef: { type: 'string', length: 60, nullable: true },
    authorisationRef: { type: 'string', length: 60, nullable: true },
    deviceId: { type: 'string', length: 100, nullable: true },
    signedOn: { type: 'string', length: 10, nullable: true },
    signedAt: { type: 'string', length: 30 },
    reference: { type: 'string', length: 500, nullable: true },
    note: { type: 'string', length: 1000, nullable: true },
  },
  primaryKey: ['workOrderId', 'kind', 'signatureId'],
});

export type DefectStatus = 'open' | DefectDisposition['kind'];

export interface DefectRow {
  workOrderId: string;
  defectId: string;
  taskId: string | null;
  description: string;
  raisedOn: string;
  status: DefectStatus;
  disposition: DefectDisposition | null;
  /** 145.A.50(e): the customer's agreement to a deferral. */
  customerAgreementRef: string | null;
  closedAt: string | null;
}

export const defectReadModel = defineReadModel<DefectRow>({
  name: 'production_defect',
  columns: {
    workOrderId: { type: 'string', length: 64 },
    defectId: { type: 'string', length: 64 },
    taskId: { type: 'string', length: 64, nullable: true },
    description: { type: 'string', length: 1000 },
    raisedOn: { type: 'string', length: 10 },
    status: { type: 'string', length: 30 },
    disposition: { type: 'json', nullable: true },
    customerAgreementRef: { type: 'string', length: 100, nullable: true },
    closedAt: { type: 'string', length: 30, nullable: true },
  },
  primaryKey: ['workOrderId', 'defectId'],
});

export interface LabourRow {
  workOrderId: string;
  labourId: string;
  taskId: string;
  technicianId: string;
  startedAt: string;
  /** Europe/Paris date of the start: the schedule's day. */
  workedOn: string;
  stoppedAt: string | null;
  minutes: number | null;
  deviceId: string | null;
}

export const labourReadModel = defineReadModel<LabourRow>({
  name: 'production_labour',
  columns: {
    workOrderId: { type: 'string', length: 64 },
    labourId: { type: 'string', length: 64 },
    taskId: { type: 'string', length: 64 },
    technicianId: { type: 'string', length: 64 },
    startedAt: { type: 'string', length: 30 },
    workedOn: { type: 'string', length: 10 },
    stoppedAt: { type: 'string', length: 30, nullable: true },
    minutes: { type: 'integer', nullable: true },
    deviceId: { type: 'string', length: 100, nullable: true },
  },
  primaryKey: ['workOrderId', 'labourId'],
  indices: [{ columns: ['technicianId', 'workedOn'] }],
});
