import { Body, Controller, Post } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { CommandAcceptedDto } from '@repaero/platform';
import { SignatureHandler } from '../sign-off-task/signature.handler';
import { OnTask, TaskWrite, type TaskAction } from '../work-order-sender/task-action';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { RecordIndependentInspectionRequest } from './record-independent-inspection.request';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class RecordIndependentInspectionController {
  constructor(private readonly signatures: SignatureHandler) {}

  /** DOMAIN rule 11: a critical task's independent inspection, by the authenticated user's technician, not the performer. */
  @Post(':workOrderId/tasks/:taskId/independent-inspection')
  @TaskWrite(...workOrderRoles.sign)
  @ApiHeader({ name: 'X-Device-Id', required: true, description: 'The device the signature is made on (DOMAIN rule 16)' })
  inspect(@OnTask() task: TaskAction, @Body() body: RecordIndependentInspectionRequest): Promise<CommandAcceptedDto> {
    return this.signatures.inspect(task, body.inspectedAt, body.remarks);
  }
}
