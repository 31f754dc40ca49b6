import { defineReadModel } from '@repaero/read-store';

/** One row per task: its data, who is on it, and the sign-off and independent inspection as signed (DOMAIN rules 8, 9, 11, 16). */
export interface TaskRow {
  workOrderId: string;
  taskId: string;
  /** The order it was added in (the job card's order). */
  position: number;
  title: string;
  dataReference: string;
  dataRevision: string;
  /** Null until signed; then whether the library confirmed the revision in force on the performed date. */
  dataVerified: boolean | null;
  critical: boolean;
  requiredCategory: string;
  assignedTechnicianIds: string[];
  labourMinutes: number;
  signOffId: string | null;
  signedOffById: string | null;
  signedOffByName: string | null;
  /** When the work was done (UTC) and its business date. */
  signedOffAt: string | null;
  workedOn: string | null;
  signOffLicenceRef: string | null;
  signOffAuthorisationRef: string | null;
  signOffDeviceId: string | null;
  inspectionId: string | null;
  inspectedById: string | null;
  inspectedByName: string | null;
  inspectedAt: string | null;
  inspectionLicenceRef: string | null;
  inspectionAuthorisationRef: string | null;
  inspectionDeviceId: string | null;
  addedAt: string;
  updatedAt: string;
}

export const taskReadModel = defineReadModel<TaskRow>({
  name: 'production_task',
  columns: {
    workOrderId: { type: 'string', length: 64 },
    taskId: { type: 'string', length: 64 },
    position: { type: 'integer' },
    title: { type: 'string', length: 300 },
    dataReference: { type: 'string', length: 200 },
    dataRevision: { type: 'string', length: 40 },
    dataVerified: { type: 'boolean', nullable: true },
    critical: { type: 'boolean' },
    requiredCategory: { type: 'string', length: 10 },
    assignedTechnicianIds: { type: 'json' },
    labourMinutes: { type: 'integer' },
    signOffId: { type: 'string', length: 64, nullable: true },
    signedOffById: { type: 'string', length: 64, nullable: true },
    signedOffByName: { type: 'string', length: 120, nullable: true },
    signedOffAt: { type: 'string', length: 30, nullable: true },
    workedOn: { type: 'string', length: 10, nullable: true },
    signOffLicenceRef: { type: 'string', length: 60, nullable: true },
    signOffAuthorisationRef: { type: 'string', length: 60, nullable: true },
    signOffDeviceId: { type: 'string', length: 100, nullable: true },
    inspectionId: { type: 'string', length: 64, nullable: true },
    inspectedById: { type: 'string', length: 64, nullable: true },
    inspectedByName: { type: 'string', length: 120, nullable: true },
    inspectedAt: { type: 'string', length: 30, nullable: true },
    inspectionLicenceRef: { type: 'string', length: 60, nullable: true },
    inspectionAuthorisationRef: { type: 'string', length: 60, nullable: true },
    inspectionDeviceId: { type: 'string', length: 100, nullable: true },
    addedAt: { type: 'string', length: 30 },
    updatedAt: { type: 'string', length: 30 },
  },
  primaryKey: ['workOrderId', 'taskId'],
});

/** Who is put on which task for which day: tasks per technician and the schedule read it by technician and day. */
export interface TaskAssignmentRow {
  workOrderId: string;
  taskId: string;
  technicianId: string;
  assignedOn: string;
  assignedAt: string;
}

export const taskAssignmentReadModel = defineReadModel<TaskAssignmentRow>({
  name: 'production_task_assignment',
  columns: {
    workOrderId: { type: 'string', length: 64 },
    taskId: { type: 'string', length: 64 },
    technicianId: { type: 'string', length: 64 },
    assignedOn: { type: 'string', length: 10 },
    assignedAt: { type: 'string', length: 30 },
  },
  primaryKey: ['workOrderId', 'taskId', 'technicianId'],
  indices: [{ columns: ['technicianId', 'assignedOn'] }],
});
