import type { ActiveReadModels } from '@repaero/projections';
import { NotFound } from '@repaero/event-sourcing';
import { identifierKey } from '../../domain/manufacturer-document/document-reference';
import { productionFinders, WORK_ORDER_SUMMARY } from '../production-finders';
import { taskReadModel, type TaskRow } from '../work-orders/task.read-model';
import { workOrderReadModel, type WorkOrderRow } from '../work-orders/work-order.read-model';
import { toCsv, type CsvValue } from './csv.format';
import {
  defectReadModel,
  labourReadModel,
  measurementReadModel,
  partIssueReadModel,
  signatureReadModel,
  toolUseReadModel,
  type DefectRow,
  type LabourRow,
  type MeasurementRow,
  type PartIssueRow,
  type SignatureRow,
  type ToolUseRow,
} from './traceability.read-models';

type WorkOrderSummary = Omit<WorkOrderRow, 'state'>;
type WithTask<Row> = Row & { readonly taskTitle: string | null };

/** A work order's record for a quality review: who did what, with which part, tool, data and licence (DOMAIN rules 9, 15, 16). */
export interface WorkOrderTraceability {
  readonly workOrder: WorkOrderSummary;
  readonly tasks: readonly TaskRow[];
  readonly parts: readonly WithTask<PartIssueRow>[];
  readonly tools: readonly WithTask<ToolUseRow>[];
  readonly measurements: readonly WithTask<MeasurementRow>[];
  readonly signatures: readonly WithTask<SignatureRow>[];
  readonly defects: readonly DefectRow[];
  readonly labour: readonly LabourRow[];
}

export async function traceabilityOf(readModels: ActiveReadModels, workOrderId: string): Promise<WorkOrderTraceability> {
  const workOrder = await readModels.read(workOrderReadModel, (rows) => rows.findOne({ select: WORK_ORDER_SUMMARY, where: { workOrderId } }));
  if (!workOrder) throw new NotFound('work order', workOrderId);
  const [tasks, parts, tools, measurements, signatures, defects, labour] = await Promise.all([
    readModels.read(taskReadModel, (rows) => rows.find(productionFinders.ofWorkOrder<TaskRow>(workOrderId, { position: 'ASC' }))),
    readModels.read(partIssueReadModel, (rows) => rows.find(productionFinders.ofWorkOrder<PartIssueRow>(workOrderId, { issuedAt: 'ASC', issueId: 'ASC' }))),
    readModels.read(toolUseReadModel, (rows) => rows.find(productionFinders.ofWorkOrder<ToolUseRow>(workOrderId, { usedOn: 'ASC', toolUseId: 'ASC' }))),
    readModels.read(measurementReadModel, (rows) => rows.find(productionFinders.ofWorkOrder<MeasurementRow>(workOrderId, { recordedAt: 'ASC', measurementId: 'ASC' }))),
    readModels.read(signatureReadModel, (rows) => rows.find(productionFinders.ofWorkOrder<SignatureRow>(workOrderId, { signedAt: 'ASC', kind: 'ASC', signatureId: 'ASC' }))),
    readModels.read(defectReadModel, (rows) => rows.find(productionFinders.ofWorkOrder<DefectRow>(workOrderId, { raisedOn: 'ASC', defectId: 'ASC' }))),
    readModels.read(labourReadModel, (rows) => rows.find(productionFinders.ofWorkOrder<LabourRow>(workOrderId, { startedAt: 'ASC', labourId: 'ASC' }))),
  ]);
  const titles = new Map(tasks.map((task) => [task.taskId, task.title]));
  const withTask = <Row extends { taskId: string | null }>(row: Row): WithTask<Row> => ({ ...row, taskTitle: row.taskId === null ? null : (titles.get(row.taskId) ?? null) });
  return { workOrder, tasks, parts: parts.map(withTask), tools: tools.map(withTask), measurements: measurements.map(withTask), signatures: signatures.map(withTask), defects, labour };
}

const WORK_ORDER_HEADER = [
  'record',
  'workOrderNumber',
  'taskId',
  'task',
  'partNumber',
  'serialNumber',
  'batchNumber',
  'certificateRef',
  'quantity',
  'unit',
  'toolId',
  'calibrationDueOn',
  'measurement',
  'value',
  'min',
  'max',
  'withinLimits',
  'signature',
  'person',
  'technicianId',
  'licenceRef',
  'authorisationRef',
  'deviceId',
  'on',
  'at',
  'reference',
  'note',
] as const;

type Column = (typeof WORK_ORDER_HEADER)[number];

/** One CSV line per part, tool, measurement, signature and defect, the columns that do not apply left empty. */
export function traceabilityCsv(trace: WorkOrderTraceability): string {
  const line = (cells: Partial<Record<Column, CsvValue>>): CsvValue[] => WORK_ORDER_HEADER.map((column) => (column === 'workOrderNumber' ? trace.workOrder.number : cells[column]));
  const rows = [
    ...trace.parts.map((part) =>
      line({ record: 'part', taskId: part.taskId, task: part.taskTitle, partNumber: part.partNumber, serialNumber: part.serialNumber, batchNumber: part.batchNumber, certificateRef: part.certificateRef, quantity: part.quantity, unit: part.unit, at: part.issuedAt, reference: part.itemId }),
    ),
    ...trace.tools.map((tool) => line({ record: 'tool', taskId: tool.taskId, task: tool.taskTitle, toolId: tool.toolId, certificateRef: tool.certificateRef, calibrationDueOn: tool.calibrationDueOn, on: tool.usedOn, at: tool.recordedAt })),
    ...trace.measurements.map((m) =>
      line({ record: 'measurement', taskId: m.taskId, task: m.taskTitle, measurement: m.name, value: m.value, unit: m.unit, min: m.min, max: m.max, withinLimits: m.withinLimits, at: m.recordedAt }),
    ),
    ...trace.signatures.map((s) =>
      line({
        record: 'signature',
        taskId: s.taskId,
        task: s.taskTitle,
        signature: s.kind,
        person: s.personName,
        technicianId: s.personId,
        licenceRef: s.licenceRef,
        authorisationRef: s.authorisationRef,
        deviceId: s.deviceId,
        on: s.signedOn,
        at: s.signedAt,
        reference: s.reference,
        note: s.note,
      }),
    ),
    ...trace.defects.map((d) => line({ record: 'defect', taskId: d.taskId, reference: d.status, certificateRef: d.customerAgreementRef, on: d.raisedOn, at: d.closedAt, note: d.description })),
  ];
  return toCsv(WORK_ORDER_HEADER, rows);
}

/** A work order a serial went through: as a part fitted on one of its tasks, or as the component the work order is about. */
export interface SerialPassage {
  readonly role: 'issued-part' | 'subject';
  readonly workOrderId: string;
  readonly workOrderNumber: string;
  readonly status: string;
  readonly customerRef: string;
  readonly partNumber: string | null;
  readonly serialNumber: string;
  readonly taskId: string | null;
  readonly taskTitle: string | null;
  readonly certificateRef: string | null;
  readonly issuedAt: string | null;
  readonly crsIssuedOn: string | null;
  readonly form1TrackingNumber: string | null;
}

export async function serialHistory(readModels: ActiveReadModels, serialNumber: string): Promise<SerialPassage[]> {
  const serialKey = identifierKey(serialNumber);
  const [issues, subjects] = await Promise.all([
    readModels.read(partIssueReadModel, (rows) => rows.find(productionFinders.partsWithSerial(serialKey))),
    readModels.read(workOrderReadModel, (rows) => rows.find(productionFinders.componentsWithSerial(serialKey))),
  ]);
  const ids = [...new Set(issues.map((issue) => issue.workOrderId))];
  const [workOrders, tasks] = ids.length === 0 ? [[], []] : await Promise.all([
    readModels.read(workOrderReadModel, (rows) => rows.find(productionFinders.workOrders(ids))),
    readModels.read(taskReadModel, (rows) => rows.find(productionFinders.tasksOf(ids))),
  ]);
  const byId = new Map(workOrders.map((row) => [row.workOrderId, row]));
  const titles = new Map(tasks.map((task) => [`${task.workOrderId}\u0000${task.taskId}`, task.title]));
  const passages: SerialPassage[] = [
    ...issues.flatMap((issue): SerialPassage[] => {
      const workOrder = byId.get(issue.workOrderId);
      if (!workOrder) return [];
      return [
        {
          role: 'issued-part',
          workOrderId: workOrder.workOrderId,
          workOrderNumber: workOrder.number,
          status: workOrder.status,
          customerRef: workOrder.customerRef,
          partNumber: issue.partNumber,
          serialNumber: issue.serialNumber ?? serialNumber,
          taskId: issue.taskId,
          taskTitle: titles.get(`${issue.workOrderId}\u0000${issue.taskId}`) ?? null,
          certificateRef: issue.certificateRef,
          issuedAt: issue.issuedAt,
          crsIssuedOn: workOrder.crsIssuedOn,
          form1TrackingNumber: workOrder.form1TrackingNumber,
        },
      ];
    }),
    ...subjects.map(
      (workOrder): SerialPassage => ({
        role: 'subject',
        workOrderId: workOrder.workOrderId,
        workOrderNumber: workOrder.number,
        status: workOrder.status,
        customerRef: workOrder.customerRef,
        partNumber: workOrder.partNumber,
        serialNumber: workOrder.serialNumber,
        taskId: null,
        taskTitle: null,
        certificateRef: null,
        issuedAt: null,
        crsIssuedOn: workOrder.crsIssuedOn,
        form1TrackingNumber: workOrder.form1TrackingNumber,
      }),
    ),
  ];
  return passages.sort((a, b) => (a.workOrderNumber === b.workOrderNumber ? a.role.localeCompare(b.role) : a.workOrderNumber < b.workOrderNumber ? -1 : 1));
}

const SERIAL_HEADER = ['serialNumber', 'role', 'workOrderNumber', 'workOrderId', 'status', 'customerRef', 'partNumber', 'taskId', 'task', 'certificateRef', 'issuedAt', 'crsIssuedOn', 'form1TrackingNumber'] as const;

export function serialHistoryCsv(passages: readonly SerialPassage[]): string {
  return toCsv(
    SERIAL_HEADER,
    passages.map((p) => [p.serialNumber, p.role, p.workOrderNumber, p.workOrderId, p.status, p.customerRef, p.partNumber, p.taskId, p.taskTitle, p.certificateRef, p.issuedAt, p.crsIssuedOn, p.form1TrackingNumber]),
  );
}
