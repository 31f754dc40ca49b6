import type { ActiveReadModels } from '@repaero/projections';
import { productionFinders } from '../production-finders';
import { addDays } from '../production-query.params';
import { labourReadModel, type LabourRow } from '../traceability/traceability.read-models';
import { taskAssignmentReadModel, taskReadModel, type TaskAssignmentRow, type TaskRow } from '../work-orders/task.read-model';
import { workOrderReadModel, type WorkOrderRow } from '../work-orders/work-order.read-model';

/** A task as a technician sees it in a list: the day they are on it, the work order it belongs to, and where it stands. */
export interface TechnicianTask {
  readonly assignedOn: string;
  readonly workOrderId: string;
  readonly workOrderNumber: string;
  readonly workOrderStatus: string;
  readonly subject: string;
  readonly taskId: string;
  readonly title: string;
  readonly dataReference: string;
  readonly dataRevision: string;
  readonly critical: boolean;
  readonly requiredCategory: string;
  readonly labourMinutes: number;
  readonly signed: boolean;
  readonly inspected: boolean;
}

const subjectOf = (row: WorkOrderRow): string =>
  row.subjectKind === 'aircraft' ? `${row.registration} (${row.aircraftType} s/n ${row.serialNumber})` : `${row.partNumber} s/n ${row.serialNumber}`;

const keyOf = (row: { workOrderId: string; taskId: string }) => `${row.workOrderId}\u0000${row.taskId}`;

async function tasksAndWorkOrders(readModels: ActiveReadModels, keys: readonly { workOrderId: string; taskId: string }[]) {
  const workOrderIds = [...new Set(keys.map((key) => key.workOrderId))];
  if (workOrderIds.length === 0) return { tasks: new Map<string, TaskRow>(), workOrders: new Map<string, WorkOrderRow>() };
  const [tasks, workOrders] = await Promise.all([
    readModels.read(taskReadModel, (rows) => rows.find(productionFinders.tasksOf(workOrderIds))),
    readModels.read(workOrderReadModel, (rows) => rows.find(productionFinders.workOrders(workOrderIds))),
  ]);
  return { tasks: new Map(tasks.map((task) => [keyOf(task), task])), workOrders: new Map(workOrders.map((row) => [row.workOrderId, row])) };
}

function technicianTasks(assignments: readonly TaskAssignmentRow[], tasks: Map<string, TaskRow>, workOrders: Map<string, WorkOrderRow>): TechnicianTask[] {
  return assignments.flatMap((assignment) => {
    const task = tasks.get(keyOf(assignment));
    const workOrder = workOrders.get(assignment.workOrderId);
    if (!task || !workOrder) return [];
    return [
      {
        assignedOn: assignment.assignedOn,
        workOrderId: workOrder.workOrderId,
        workOrderNumber: workOrder.number,
        workOrderStatus: workOrder.status,
        subject: subjectOf(workOrder),
        taskId: task.taskId,
        title: task.title,
        dataReference: task.dataReference,
        dataRevision: task.dataRevision,
        critical: task.critical,
        requiredCategory: task.requiredCategory,
        labourMinutes: task.labourMinutes,
        signed: task.signOffId !== null,
        inspected: task.inspectionId !== null,
      },
    ];
  });
}

/** The tasks a technician is assigned to, on days in [from, to] when given, day by day. */
export async function tasksOfTechnician(
  readModels: ActiveReadModels,
  filter: { readonly technicianId: string; readonly from?: string; readonly to?: string; readonly limit: number; readonly offset: number },
): Promise<{ items: TechnicianTask[]; total: number }> {
  const [assignments, total] = await readModels.read(taskAssignmentReadModel, (rows) => rows.findAndCount(productionFinders.assignments(filter)));
  const { tasks, workOrders } = await tasksAndWorkOrders(readModels, assignments);
  return { items: technicianTasks(assignments, tasks, workOrders), total };
}

export interface ScheduleDay {
  readonly on: string;
  readonly tasks: readonly TechnicianTask[];
  readonly labour: readonly Pick<LabourRow, 'labourId' | 'workOrderId' | 'taskId' | 'startedAt' | 'stoppedAt' | 'minutes'>[];
  /** Labour booked that day (stopped entries), in minutes. */
  readonly minutes: number;
}

/** Production's side of a technician's schedule: the tasks they are on and the labour they booked, per day. */
export async function scheduleOf(readModels: ActiveReadModels, filter: { readonly technicianId: string; readonly from: string; readonly to: string }): Promise<ScheduleDay[]> {
  const [assignments, labour] = await Promise.all([
    readModels.read(taskAssignmentReadModel, (rows) => rows.find(productionFinders.assignments({ ...filter, limit: 5000, offset: 0 }))),
    readModels.read(labourReadModel, (rows) => rows.find(productionFinders.labour(filter))),
  ]);
  const { tasks, workOrders } = await tasksAndWorkOrders(readModels, [...assignments, ...labour]);
  const assigned = technicianTasks(assignments, tasks, workOrders);
  const days: ScheduleDay[] = [];
  for (let on = filter.from; on <= filter.to; on = addDays(on, 1)) {
    const booked = labour.filter((entry) => entry.workedOn === on);
    days.push({
      on,
      tasks: assigned.filter((task) => task.assignedOn === on),
      labour: booked.map(({ labourId, workOrderId, taskId, startedAt, stoppedAt, minutes }) => ({ labourId, workOrderId, taskId, startedAt, stoppedAt, minutes })),
      minutes: booked.reduce((sum, entry) => sum + (entry.minutes ?? 0), 0),
    });
  }
  return days;
}

