import { defineReadModel } from '@repaero/read-store';
import type { ExistingWorkOrder } from '../../domain/work-order/work-order-state';
import type { WorkOrderStatus } from '../../domain/work-order/events';

/** One row per work order: the board's columns, and the folded state the compliance view judges with the domain's `releaseBlockers`. */
export interface WorkOrderRow {
  workOrderId: string;
  number: string;
  customerRef: string;
  subjectKind: 'aircraft' | 'component';
  registration: string | null;
  aircraftType: string | null;
  /** The part number of a component subject. */
  partNumber: string | null;
  serialNumber: string;
  /** The component's serial as the serial search matches it (`identifierKey`); null for an aircraft. */
  componentSerialKey: string | null;
  subjectDescription: string | null;
  requestedWork: string;
  status: WorkOrderStatus;
  /** The note of the last status change (what is awaited, why it was cancelled). */
  statusNote: string | null;
  teamLeadId: string;
  projectLeadId: string;
  projectLeadName: string;
  taskCount: number;
  signedTaskCount: number;
  openDefectCount: number;
  createdAt: string;
  openedAt: string | null;
  releasedAt: string | null;
  cancelledAt: string | null;
  /** The CRS in force (a cancelled one is cleared; its signatures stay in the traceability). */
  crsId: string | null;
  crsIssuedOn: string | null;
  crsSignerId: string | null;
  crsSignerName: string | null;
  crsLicenceRef: string | null;
  crsAuthorisationRef: string | null;
  crsAmendmentCount: number;
  form1TrackingNumber: string | null;
  updatedAt: string;
  state: ExistingWorkOrder;
}

export const workOrderReadModel = defineReadModel<WorkOrderRow>({
  name: 'production_work_order',
  columns: {
    workOrderId: { type: 'string', length: 64 },
    number: { type: 'string', length: 40 },
    customerRef: { type: 'string', length: 80 },
    subjectKind: { type: 'string', length: 10 },
    registration: { type: 'string', length: 20, nullable: true },
    aircraftType: { type: 'string', length: 60, nullable: true },
    partNumber: { type: 'string', length: 60, nullable: true },
    serialNumber: { type: 'string', length: 60 },
    componentSerialKey: { type: 'string', length: 60, nullable: true },
    subjectDescription: { type: 'string', length: 200, nullable: true },
    requestedWork: { type: 'text' },
    status: { type: 'string', length: 20 },
    statusNote: { type: 'string', length: 500, nullable: true },
    teamLeadId: { type: 'string', length: 64 },
    projectLeadId: { type: 'string', length: 64 },
    projectLeadName: { type: 'string', length: 120 },
    taskCount: { type: 'integer' },
    signedTaskCount: { type: 'integer' },
    openDefectCount: { type: 'integer' },
    createdAt: { type: 'string', length: 30 },
    openedAt: { type: 'string', length: 30, nullable: true },
    releasedAt: { type: 'string', length: 30, nullable: true },
    cancelledAt: { type: 'string', length: 30, nullable: true },
    crsId: { type: 'string', length: 64, nullable: true },
    crsIssuedOn: { type: 'string', length: 10, nullable: true },
    crsSignerId: { type: 'string', length: 64, nullable: true },
    crsSignerName: { type: 'string', length: 120, nullable: true },
    crsLicenceRef: { type: 'string', length: 60, nullable: true },
    crsAuthorisationRef: { type: 'string', length: 60, nullable: true },
    crsAmendmentCount: { type: 'integer' },
    form1TrackingNumber: { type: 'string', length: 60, nullable: true },
    updatedAt: { type: 'string', length: 30 },
    state: { type: 'json' },
  },
  primaryKey: ['workOrderId'],
  indices: [{ columns: ['status', 'teamLeadId'] }, { columns: ['teamLeadId'] }, { columns: ['componentSerialKey'] }, { columns: ['number'] }],
});
