import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFound, type Clock } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, CLOCK, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { businessDateOf } from '@repaero/event-sourcing';
import { calibrationOn, statusOn } from '../../domain/tool/calibration';
import { ToolParams } from '../../commands/fields/resources-fields';
import { resourcesFinders } from '../resources-finders';
import { toolReadModel, type ToolRow } from './tool.read-model';
import { ToolAsOfQuery, ToolsListQuery } from './tools.query';

function summary({ state, ...row }: ToolRow, on: string) {
  return { ...row, status: statusOn(state, on) };
}

@ApiTags('resources')
@Controller('api/v1/resources/tools')
export class ToolsQueryController {
  constructor(
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The tool register with each status as of `on` (SERVICEABLE, CALIBRATION_OVERDUE, OUT_OF_TOLERANCE, WITHDRAWN). */
  @Get()
  @Roles('technician', 'team-lead', 'quality')
  @ReadsProjections('resources-tools')
  async list(@Query() query: ToolsListQuery) {
    const { limit = 100, offset = 0, dueBefore } = query;
    const on = query.on ?? this.today();
    const [rows, total] = await this.readModels.read(toolReadModel, (repository) => repository.findAndCount(resourcesFinders.tools({ dueBefore, limit, offset })));
    return { on, items: rows.map((row) => summary(row, on)), total, limit, offset };
  }

  /** The tool, its calibrations and changes, and whether it could be used on `on` (DOMAIN rule 10). */
  @Get(':toolId')
  @Roles('technician', 'team-lead', 'quality')
  @ReadsProjections('resources-tools')
  async detail(@Param() { toolId }: ToolParams, @Query() query: ToolAsOfQuery) {
    const row = await this.readModels.read(toolReadModel, (rows) => rows.findOneBy({ toolId }));
    if (!row || row.state.status === 'unregistered') throw new NotFound('tool', toolId);
    const on = query.on ?? this.today();
    return { ...summary(row, on), on, calibration: calibrationOn(row.state, on), calibrations: row.state.calibrations, changes: row.state.changes };
  }

  private today(): string {
    return businessDateOf(this.clock.now().toISOString());
  }
}
