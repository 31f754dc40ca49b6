import { Controller, Get, Inject, Optional, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { BusinessRuleViolation, DependencyUnavailable, NotFound } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import type { LicenceCategory } from '../../../resources/contracts/staff-qualifications';
import { TECHNICIAN_DIRECTORY, type TechnicianDirectory } from '../../../resources/contracts/technician-directory';
import { productionRules } from '../../domain/production-rules';
import { requireDate } from '../production-query.params';
import { workOrderReadModel } from '../work-orders/work-order.read-model';
import { TaskCandidatesQuery } from './task-candidates.query';

@ApiTags('production')
@Controller('api/v1/production/work-orders')
export class TaskCandidatesQueryController {
  constructor(
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
    @Optional() @Inject(TECHNICIAN_DIRECTORY) private readonly directory?: TechnicianDirectory,
  ) {}

  /** Who is available and qualified for the task on day D: its required category, the work order's aircraft type. */
  @Get(':workOrderId/tasks/:taskId/candidates')
  @Roles('team-lead', 'quality')
  @ReadsProjections('production-work-orders', 'resources-technicians')
  async candidates(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Query() { on }: TaskCandidatesQuery,
  ) {
    requireDate('on', on);
    if (!this.directory) throw new DependencyUnavailable('resources', 'the resources context is off: no technician directory');
    const row = await this.readModels.read(workOrderReadModel, (rows) => rows.findOneBy({ workOrderId }));
    if (!row) throw new NotFound('work order', workOrderId);
    const task = row.state.tasks.find((t) => t.taskId === taskId);
    if (!task) throw new BusinessRuleViolation(productionRules.taskNotFound, 'no such task on this work order', { taskId });
    const { subject } = row.state;
    const aircraftType = subject.kind === 'aircraft' ? subject.aircraftType : undefined;
    const items = await this.directory.availableFor({ on, category: task.requiredCategory as LicenceCategory, ...(aircraftType ? { aircraftType } : {}) });
    return { workOrderId, taskId, on, category: task.requiredCategory, aircraftType: aircraftType ?? null, items };
  }
}
