import { Body, Controller, Post } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { CommandAcceptedDto } from '@repaero/platform';
import { OnTask, TaskWrite, type TaskAction } from '../work-order-sender/task-action';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { SignatureHandler } from './signature.handler';
import { SignOffTaskRequest } from './sign-off-task.request';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class SignOffTaskController {
  constructor(private readonly signatures: SignatureHandler) {}

  /** The authenticated user signs as the technician linked to it (403 when none). */
  @Post(':workOrderId/tasks/:taskId/sign-off')
  @TaskWrite(...workOrderRoles.sign)
  @ApiHeader({ name: 'X-Device-Id', required: true, description: 'The device the signature is made on (DOMAIN rule 16)' })
  signOff(@OnTask() task: TaskAction, @Body() body: SignOffTaskRequest): Promise<CommandAcceptedDto> {
    return this.signatures.signOff(task, body.performedAt);
  }
}
