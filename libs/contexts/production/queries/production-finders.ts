import { Between, In, MoreThanOrEqual, type FindManyOptions, type FindOptionsSelect } from 'typeorm';
import type { WorkOrderStatus } from '../domain/work-order/events';
import type { TaskAssignmentRow, TaskRow } from './work-orders/task.read-model';
import { workOrderReadModel, type WorkOrderRow } from './work-orders/work-order.read-model';
import type { LabourRow, PartIssueRow, ToolUseRow } from './traceability/traceability.read-models';

interface Page {
  readonly limit: number;
  readonly offset: number;
}

/** Lists leave the folded state out: the compliance view is the only reader of it. */
export const WORK_ORDER_SUMMARY = Object.fromEntries(
  Object.keys(workOrderReadModel.columns)
    .filter((column) => column !== 'state')
    .map((column) => [column, true]),
) as FindOptionsSelect<WorkOrderRow>;

/** Not released and not cancelled: what may still be short of a CRS. */
export const UNRELEASED_STATUSES: readonly WorkOrderStatus[] = ['draft', 'open', 'in_progress', 'awaiting_parts', 'ready_for_release'];

const MANY = 5000;

/** The find options behind each production query, shared by the controllers and the Oracle SQL snapshots. */
export const productionFinders = {
  board(filter: { readonly status?: WorkOrderStatus; readonly teamLead?: string } & Page): FindManyOptions<WorkOrderRow> {
    const where = { ...(filter.status ? { status: filter.status } : {}), ...(filter.teamLead ? { teamLeadId: filter.teamLead } : {}) };
    return { select: WORK_ORDER_SUMMARY, where, order: { number: 'ASC', workOrderId: 'ASC' }, take: filter.limit, skip: filter.offset };
  },

  unreleased(filter: { readonly teamLead?: string }): FindManyOptions<WorkOrderRow> {
    return { where: { status: In([...UNRELEASED_STATUSES]), ...(filter.teamLead ? { teamLeadId: filter.teamLead } : {}) }, order: { number: 'ASC', workOrderId: 'ASC' }, take: MANY };
  },

  workOrders(workOrderIds: readonly string[]): FindManyOptions<WorkOrderRow> {
    return { select: WORK_ORDER_SUMMARY, where: { workOrderId: In([...workOrderIds]) }, order: { number: 'ASC', workOrderId: 'ASC' }, take: MANY };
  },

  componentsWithSerial(serialKey: string): FindManyOptions<WorkOrderRow> {
    return { select: WORK_ORDER_SUMMARY, where: { componentSerialKey: serialKey }, order: { number: 'ASC', workOrderId: 'ASC' }, take: MANY };
  },

  /** The rows of one work order, in a stable order (`order` names the columns that sort it). */
  ofWorkOrder<Row extends { workOrderId: string }>(workOrderId: string, order: Partial<Record<keyof Row & string, 'ASC'>>): FindManyOptions<Row> {
    return { where: { workOrderId } as FindManyOptions<Row>['where'], order: order as FindManyOptions<Row>['order'], take: MANY };
  },

  tasksOf(workOrderIds: readonly string[]): FindManyOptions<TaskRow> {
    return { where: { workOrderId: In([...workOrderIds]) }, order: { workOrderId: 'ASC', position: 'ASC' }, take: MANY };
  },

  /** A technician's assignments, on days in [from, to] when given. */
  assignments(filter: { readonly technicianId: string; readonly from?: string; readonly to?: string } & Page): FindManyOptions<TaskAssignmentRow> {
    const day = filter.from && filter.to ? { assignedOn: Between(filter.from, filter.to) } : filter.from ? { assignedOn: MoreThanOrEqual(filter.from) } : {};
    return { where: { technicianId: filter.technicianId, ...day }, order: { assignedOn: 'ASC', workOrderId: 'ASC', taskId: 'ASC' }, take: filter.limit, skip: filter.offset };
  },

  labour(filter: { readonly technicianId: string; readonly from: string; readonly to: string }): FindManyOptions<LabourRow> {
    return { where: { technicianId: filter.technicianId, workedOn: Between(filter.from, filter.to) }, order: { startedAt: 'ASC', labourId: 'ASC' }, take: MANY };
  },

  partsWithSerial(serialKey: string): FindManyOptions<PartIssueRow> {
    return { where: { serialKey }, order: { issuedAt: 'ASC', issueId: 'ASC' }, take: MANY };
  },

  /** DOMAIN rule 10's other side: every use of a tool on or after a day (its last good calibration). */
  /** Without `since` (a tool never calibrated before it was found out of tolerance), every use. */
  toolUses(filter: { readonly toolId: string; readonly since: string | null }): FindManyOptions<ToolUseRow> {
    return { where: { toolId: filter.toolId, ...(filter.since === null ? {} : { usedOn: MoreThanOrEqual(filter.since) }) }, order: { usedOn: 'ASC', workOrderId: 'ASC', toolUseId: 'ASC' }, take: MANY };
  },
};
