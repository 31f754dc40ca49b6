import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, CurrentUser, IfMatchVersion, ReadsProjections, Roles, type AuthenticatedUser } from '@repaero/platform';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { SignatureHandler } from './signature.handler';
import { SignOffTaskRequest } from './sign-off-task.request';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class SignOffTaskController {
  constructor(private readonly signatures: SignatureHandler) {}

  /** The authenticated user signs as the technician linked to it (403 when none). */
  @Post(':workOrderId/tasks/:taskId/sign-off')
  @Roles(...workOrderRoles.sign)
  @ReadsProjections('resources-technicians')
  @ApiHeader({ name: 'X-Device-Id', required: true, description: 'The device the signature is made on (DOMAIN rule 16)' })
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  signOff(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: SignOffTaskRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.signatures.signOff({ workOrderId, taskId, user, metadata, expectedVersion }, body.performedAt);
  }
}
