import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { businessDateOf, isBusinessDate, type Clock } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, CLOCK, ReadsProjections, RequestValidationFailed, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { techniciansProjection } from '../technicians/technicians.projection';
import { toolsProjection } from '../tools/tools.projection';
import { expiriesAsOf } from './expiry-watch';
import { ExpiriesQuery } from './expiries.query';

const DEFAULT_WITHIN_DAYS = 60;

@ApiTags('resources')
@Controller('api/v1/resources/expiries')
export class ExpiriesQueryController {
  constructor(
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Licences, authorisations, continuation training, recency and tool calibrations lapsing within `within` days of `on`, or lapsed. */
  @Get()
  @Roles('quality', 'team-lead', 'admin')
  @ReadsProjections(techniciansProjection.name, toolsProjection.name)
  async list(@Query() query: ExpiriesQuery) {
    const on = query.on ?? businessDateOf(this.clock.now().toISOString());
    if (!isBusinessDate(on)) throw new RequestValidationFailed([{ field: 'on', message: 'on must be a real date' }]);
    const within = query.within ?? DEFAULT_WITHIN_DAYS;
    return { on, within, items: await expiriesAsOf(this.readModels, on, within) };
  }
}
