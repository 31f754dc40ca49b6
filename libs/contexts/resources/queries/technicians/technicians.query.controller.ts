import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFound, type Clock } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, CLOCK, ReadsProjections, RequestValidationFailed, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { addDays, businessDateOf, isBusinessDate } from '@repaero/event-sourcing';
import { dayOn } from '../../domain/technician/schedule';
import { TechnicianParams } from '../../commands/fields/resources-fields';
import { resourcesFinders } from '../resources-finders';
import { absenceReadModel } from './absence.read-model';
import { availableTechnicians } from './available-technicians';
import { technicianReadModel } from './technician.read-model';
import { technicianView } from './technician-view';
import { AbsencesQuery, AsOfQuery, AvailableQuery, PeriodQuery, TechniciansListQuery } from './technicians.query';

const MAX_PERIOD_DAYS = 366;

function requirePeriod({ from, to }: PeriodQuery): void {
  const problems = [
    ...(isBusinessDate(from) ? [] : [{ field: 'from', message: 'from must be a real date' }]),
    ...(isBusinessDate(to) ? [] : [{ field: 'to', message: 'to must be a real date' }]),
  ];
  if (problems.length === 0 && (to < from || addDays(from, MAX_PERIOD_DAYS) < to)) problems.push({ field: 'to', message: `to must be from \`from\` to ${MAX_PERIOD_DAYS} days after it` });
  if (problems.length > 0) throw new RequestValidationFailed(problems);
}

@ApiTags('resources')
@Controller('api/v1/resources/technicians')
export class TechniciansQueryController {
  constructor(
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('technician', 'team-lead', 'quality')
  @ReadsProjections('resources-technicians')
  async list(@Query() query: TechniciansListQuery) {
    const { limit = 100, offset = 0, ...filter } = query;
    const [items, total] = await this.readModels.read(technicianReadModel, (rows) => rows.findAndCount(resourcesFinders.technicians({ ...filter, limit, offset })));
    return { items, total, limit, offset };
  }

  /** Who can be put on a task on day D: employed, working that day, not absent, and authorised for the category and aircraft. */
  @Get('available')
  @Roles('technician', 'team-lead', 'quality')
  @ReadsProjections('resources-technicians')
  async available(@Query() query: AvailableQuery) {
    if (!isBusinessDate(query.on)) throw new RequestValidationFailed([{ field: 'on', message: 'on must be a real date' }]);
    const items = await availableTechnicians(this.readModels, query);
    return { on: query.on, category: query.category ?? null, aircraftType: query.aircraftType ?? null, items };
  }

  @Get('absences')
  @Roles('technician', 'team-lead', 'quality')
  @ReadsProjections('resources-technicians')
  async absences(@Query() query: AbsencesQuery) {
    requirePeriod(query);
    return { items: await this.readModels.read(absenceReadModel, (rows) => rows.find(resourcesFinders.absences(query))) };
  }

  @Get(':technicianId')
  @Roles('technician', 'team-lead', 'quality')
  @ReadsProjections('resources-technicians')
  async detail(@Param() { technicianId }: TechnicianParams, @Query() query: AsOfQuery) {
    const row = await this.readModels.read(technicianReadModel, (rows) => rows.findOneBy({ technicianId }));
    if (!row || row.state.status === 'unregistered') throw new NotFound('technician', technicianId);
    return technicianView(row.state, query.on ?? businessDateOf(this.clock.now().toISOString()));
  }

  /** Day by day: working (with the shift), day off, absent, or not employed. */
  @Get(':technicianId/schedule')
  @Roles('technician', 'team-lead', 'quality')
  @ReadsProjections('resources-technicians')
  async schedule(@Param() { technicianId }: TechnicianParams, @Query() query: PeriodQuery) {
    requirePeriod(query);
    const row = await this.readModels.read(technicianReadModel, (rows) => rows.findOneBy({ technicianId }));
    if (!row) throw new NotFound('technician', technicianId);
    const days = [];
    for (let on = query.from; on <= query.to; on = addDays(on, 1)) days.push(dayOn(row.state, on));
    return { technicianId, from: query.from, to: query.to, days };
  }
}
