import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { ACTIVE_READ_MODELS, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
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
  // Required: the resources contract (TOOL_CALIBRATIONS) answers "valid on a day", not "last good calibration".
  @ApiProperty({ example: '2026-01-15', description: "The tool's last good calibration (Europe/Paris): uses on or after it are listed" })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a YYYY-MM-DD date' })
  since: string;
}

@ApiTags('production')
@Controller('api/v1/production/tools')
export class ToolUsageQueryController {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  /** Issue 4 item 2: a tool found out of tolerance — every task that used it since its last good calibration, released ones included. */
  @Get(':toolId/affected-tasks')
  @Roles('quality', 'team-lead')
  @ReadsProjections('production-work-orders', 'production-traceability')
  async affectedTasks(@Param() { toolId }: ToolParams, @Query() { since }: AffectedTasksQuery) {
    requireDate('since', since);
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
    return { toolId, since, items };
  }
}
