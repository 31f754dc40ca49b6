import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import type { Clock } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, CLOCK, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { businessDateOf } from '@repaero/event-sourcing';
import { AircraftIdentification } from '../../commands/work-order-sender/work-order-fields';
import { overdueDirectives, type OverdueDirective } from './overdue-directives.query';

class OverdueDirectivesQuery extends AircraftIdentification {
  @ApiPropertyOptional({ example: '2026-03-02', format: 'date', description: 'Europe/Paris date; today when absent' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'on must be a YYYY-MM-DD date' })
  on?: string;
}

@ApiTags('production: maintenance data')
@Controller('api/v1/production/airworthiness-directives')
export class OverdueDirectivesQueryController {
  constructor(
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** ADs applicable to the aircraft, due on or before the date, with no compliance recorded for its registration (DOMAIN rule 12). */
  @Get('overdue')
  @Roles('technician', 'team-lead', 'quality')
  @ReadsProjections('production-directives')
  async overdue(@Query() query: OverdueDirectivesQuery): Promise<{ on: string; items: OverdueDirective[] }> {
    const { registration, aircraftType, serialNumber } = query;
    const on = query.on ?? businessDateOf(this.clock.now());
    return { on, items: await overdueDirectives(this.readModels, { registration, aircraftType, serialNumber }, on) };
  }
}
