import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandAcceptedDto } from '@repaero/platform';
import { OnTask, TaskWrite, type TaskAction } from '../work-order-sender/task-action';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { LabourHandler } from './labour.handler';
import { StartLabourRequest, StopLabourRequest } from './labour.request';

@ApiTags('production: work orders')
@Controller(`${WORK_ORDERS_ROUTE}/:workOrderId/tasks/:taskId/labour`)
export class RecordLabourController {
  constructor(private readonly labour: LabourHandler) {}

  /** One running labour per technician per task; the first one moves an open work order to in progress. */
  @Post('start')
  @TaskWrite(...workOrderRoles.work)
  start(@OnTask() task: TaskAction, @Body() body: StartLabourRequest): Promise<CommandAcceptedDto> {
    return this.labour.start(task, body.startedAt);
  }

  @Post('stop')
  @TaskWrite(...workOrderRoles.work)
  stop(@OnTask() task: TaskAction, @Body() body: StopLabourRequest): Promise<CommandAcceptedDto> {
    return this.labour.stop(task, body.stoppedAt);
  }
}
