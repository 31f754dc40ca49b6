import { Controller, Get, Inject, Optional, Param, Query } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { BusinessRuleViolation, DependencyUnavailable, NotFound } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { TOOL_CALIBRATIONS, type ToolCalibrations, type ToolOutOfToleranceFinding } from '../../../resources/contracts/tool-calibrations';
import { productionRules } from '../../domain/production-rules';
import { productionFinders } from '../production-finders';
import { requireDate } from '../production-query.params';
import { toolUseReadModel } from '../traceability/traceability.read-models';
import { taskReadModel } from '../work-orders/task.read-model';
import { workOrderReadModel } from '../work-orders/work-order.read-model';

class ToolParams {
  @ApiProperty({ example: 'TQW-0042' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9._-]{0,31}$/, { message: '$property must be 1 to 32 capital letters, digits, dots, dashes or underscores' })
  toolId: string;
}

class AffectedTasksQuery {
  @ApiPropertyOptional({
    example: '2026-01-15',
    description: "Uses on or after this day (Europe/Paris) are listed; default: the tool's last good calibration before its latest out-of-tolerance finding",
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a YYYY-MM-DD date' })
  since?: string;
}

@ApiTags('production')
@Controller('api/v1/production/tools')
export class ToolUsageQueryController {
  constructor(
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
    @Optional() @Inject(TOOL_CALIBRATIONS) private readonly tools?: ToolCalibrations,
  ) {}

  /** The finding that bounds the report when no `since` is given: 404 unknown tool, 422 never found out of tolerance, 503 resources off. */
  private async lastFinding(toolId: string): Promise<ToolOutOfToleranceFinding> {
    if (!this.tools) throw new DependencyUnavailable('resources', "the resources context is off: give `since`, the tool's last good calibration");
    const answer = await this.tools.lastOutOfTolerance(toolId);
    if (!answer.known) throw new NotFound('tool', toolId);
    if (!answer.finding) {
      throw new BusinessRuleViolation(productionRules.toolNeverOutOfTolerance, `tool ${toolId} was never found out of tolerance: give \`since\` to list its uses`, { toolId });
    }
    return answer.finding;
  }

  /**
   * Issue 4 item 2: a tool found out of tolerance — every task that used it since its last good calibration, released
   * ones included. `since` overrides that bound.
   */
  @Get(':toolId/affected-tasks')
  @Roles('quality', 'team-lead')
  @ReadsProjections('production-work-orders', 'production-traceability')
  async affectedTasks(@Param() { toolId }: ToolParams, @Query() query: AffectedTasksQuery) {
    if (query.since !== undefined) requireDate('since', query.since);
    const finding = query.since === undefined ? await this.lastFinding(toolId) : undefined;
    const since = query.since ?? finding?.lastGoodCalibrationOn ?? null;
    const uses = await this.readModels.read(toolUseReadModel, (rows) => rows.find(productionFinders.toolUses({ toolId, since })));
    const ids = [...new Set(uses.map((use) => use.workOrderId))];
    const [workOrders, tasks] = ids.length === 0 ? [[], []] : await Promise.all([
      this.readModels.read(workOrderReadModel, (rows) => rows.find(productionFinders.workOrders(ids))),
      this.readModels.read(taskReadModel, (rows) => rows.find(productionFinders.tasksOf(ids))),
    ]);
    const workOrderOf = new Map(workOrders.map((row) => [row.workOrderId, row]));
    const taskOf = new Map(tasks.map((task) => [`${task.workOrderId}\u0000${task.taskId}`, task]));
    const items = uses.map((use) => {
      const workOrder = workOrderOf.get(use.workOrderId);
      const task = taskOf.get(`${use.workOrderId}\u0000${use.taskId}`);
      return {
        toolUseId: use.toolUseId,
        usedOn: use.usedOn,
        calibrationCertificateRef: use.certificateRef,
        calibrationDueOn: use.calibrationDueOn,
        workOrderId: use.workOrderId,
        workOrderNumber: workOrder?.number ?? null,
        workOrderStatus: workOrder?.status ?? null,
        customerRef: workOrder?.customerRef ?? null,
        crsIssuedOn: workOrder?.crsIssuedOn ?? null,
        taskId: use.taskId,
        title: task?.title ?? null,
        critical: task?.critical ?? null,
        signedOffByName: task?.signedOffByName ?? null,
        workedOn: task?.workedOn ?? null,
      };
    });
    return { toolId, since, ...(finding ? { outOfTolerance: finding } : {}), items };
  }
}
