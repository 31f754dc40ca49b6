import { IsNull, LessThan, LessThanOrEqual, MoreThan, MoreThanOrEqual, type FindManyOptions, type FindOptionsSelect } from 'typeorm';
import type { AbsenceRow } from './technicians/absence.read-model';
import { technicianReadModel, type TechnicianRow } from './technicians/technician.read-model';
import type { ToolRow } from './tools/tool.read-model';

interface Page {
  readonly limit: number;
  readonly offset: number;
}

/** Lists leave the folded state out: it is the detail view's. */
const TECHNICIAN_SUMMARY = Object.fromEntries(
  Object.keys(technicianReadModel.columns)
    .filter((column) => column !== 'state')
    .map((column) => [column, true]),
) as FindOptionsSelect<TechnicianRow>;

/** The find options behind each resources query, shared by the controllers and the Oracle SQL snapshots. */
export const resourcesFinders = {
  technicians(filter: { readonly teamId?: string; readonly status?: TechnicianRow['status'] } & Page): FindManyOptions<TechnicianRow> {
    const where = { ...(filter.teamId ? { teamId: filter.teamId } : {}), ...(filter.status ? { status: filter.status } : {}) };
    return { select: TECHNICIAN_SUMMARY, where, order: { name: 'ASC', technicianId: 'ASC' }, take: filter.limit, skip: filter.offset };
  },

  /** Everyone still with the company on `on`, with their state: the domain then judges availability and qualification. */
  employedOn(on: string): FindManyOptions<TechnicianRow> {
    return { where: [{ status: 'active' }, { status: 'left', leftOn: MoreThan(on) }], order: { name: 'ASC', technicianId: 'ASC' }, take: 5000 };
  },

  technicianOfUser(username: string): FindManyOptions<TechnicianRow> {
    return { select: { technicianId: true, name: true, employeeNumber: true }, where: { username }, order: { technicianId: 'ASC' }, take: 1 };
  },

  /** Absences overlapping [from, to], ends inclusive. */
  absences(filter: { readonly from: string; readonly to: string; readonly technicianId?: string }): FindManyOptions<AbsenceRow> {
    const where = { fromOn: LessThanOrEqual(filter.to), toOn: MoreThanOrEqual(filter.from), ...(filter.technicianId ? { technicianId: filter.technicianId } : {}) };
    return { where, order: { fromOn: 'ASC', technicianId: 'ASC', absenceId: 'ASC' }, take: 5000 };
  },

  /** Calibration planning: tools due before a date, or never calibrated, soonest first. */
  tools(filter: { readonly dueBefore?: string } & Page): FindManyOptions<ToolRow> {
    const where = filter.dueBefore ? [{ calibrationDueOn: LessThan(filter.dueBefore) }, { calibrationDueOn: IsNull() }] : {};
    const order = filter.dueBefore ? ({ calibrationDueOn: 'ASC', toolId: 'ASC' } as const) : ({ toolId: 'ASC' } as const);
    return { where, order, take: filter.limit, skip: filter.offset };
  },
};
