import { Controller, ForbiddenException, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import type { Clock } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, CLOCK, CurrentUser, PageQuery, ReadsProjections, RequestValidationFailed, Roles, type AuthenticatedUser } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { businessDateOf } from '@repaero/event-sourcing';
import { LinkedTechnician } from '../../commands/work-order-sender/linked-technician.lookup';
import { DayQuery, PeriodQuery, requireDate, requirePeriod, TechnicianParams } from '../production-query.params';
import { scheduleOf, tasksOfTechnician } from './technician-tasks.query';

const LEAD_ROLES: readonly string[] = ['admin', 'team-lead', 'quality'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

class TechnicianTasksQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-06-01', description: 'First day (inclusive, Europe/Paris); with `to`' })
  @IsOptional()
  @Matches(DATE, { message: '$property must be a YYYY-MM-DD date' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-06-30', description: 'Last day (inclusive); with `from`' })
  @IsOptional()
  @Matches(DATE, { message: '$property must be a YYYY-MM-DD date' })
  to?: string;
}

@ApiTags('production')
@Controller('api/v1/production')
export class TechnicianTasksQueryController {
  constructor(
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly linked: LinkedTechnician,
  ) {}

  /** A technician reads their own tasks and schedule; team leads and quality read anyone's. */
  private async requireOwnUnlessLead(user: AuthenticatedUser, technicianId: string): Promise<void> {
    if (user.actor.roles.some((role) => LEAD_ROLES.includes(role))) return;
    if ((await this.linked.of(user)).technicianId !== technicianId) throw new ForbiddenException('a technician reads their own tasks and schedule only');
  }

  /** The tasks a technician is assigned to, by day; without a period, every assignment. */
  @Get('technicians/:technicianId/tasks')
  @Roles('technician', 'team-lead', 'quality')
  @ReadsProjections('production-work-orders')
  async tasks(@CurrentUser() user: AuthenticatedUser, @Param() { technicianId }: TechnicianParams, @Query() query: TechnicianTasksQuery) {
    const { limit = 100, offset = 0, from, to } = query;
    await this.requireOwnUnlessLead(user, technicianId);
    if ((from === undefined) !== (to === undefined)) throw new RequestValidationFailed([{ field: from === undefined ? 'from' : 'to', message: 'from and to go together' }]);
    if (from !== undefined && to !== undefined) requirePeriod({ from, to });
    const { items, total } = await tasksOfTechnician(this.readModels, { technicianId, from, to, limit, offset });
    return { technicianId, items, total, limit, offset };
  }

  /** The iPad's "my tasks today": the tasks of the technician linked to the signed-in user, on a day. */
  @Get('me/tasks')
  @Roles('technician', 'team-lead')
  @ReadsProjections('production-work-orders', 'resources-technicians')
  async myTasks(@CurrentUser() user: AuthenticatedUser, @Query() query: DayQuery) {
    const on = query.on ?? businessDateOf(this.clock.now());
    requireDate('on', on);
    const technician = await this.linked.of(user);
    const { items } = await tasksOfTechnician(this.readModels, { technicianId: technician.technicianId, from: on, to: on, limit: 1000, offset: 0 });
    return { on, technicianId: technician.technicianId, name: technician.name, items };
  }

  /** Production's side of the schedule (the resources side has the calendar and absences): tasks and labour per day. */
  @Get('technicians/:technicianId/schedule')
  @Roles('technician', 'team-lead', 'quality')
  @ReadsProjections('production-work-orders', 'production-traceability')
  async schedule(@CurrentUser() user: AuthenticatedUser, @Param() { technicianId }: TechnicianParams, @Query() query: PeriodQuery) {
    requirePeriod(query);
    await this.requireOwnUnlessLead(user, technicianId);
    return { technicianId, from: query.from, to: query.to, days: await scheduleOf(this.readModels, { technicianId, ...query }) };
  }
}
