import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, CurrentUser, IfMatchVersion, ReadsProjections, Roles, type AuthenticatedUser } from '@repaero/platform';
import { SignatureHandler } from '../sign-off-task/signature.handler';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { RecordIndependentInspectionRequest } from './record-independent-inspection.request';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class RecordIndependentInspectionController {
  constructor(private readonly signatures: SignatureHandler) {}

  /** DOMAIN rule 11: a critical task's independent inspection, by the authenticated user's technician, not the performer. */
  @Post(':workOrderId/tasks/:taskId/independent-inspection')
  @Roles(...workOrderRoles.sign)
  @ReadsProjections('resources-technicians')
  @ApiHeader({ name: 'X-Device-Id', required: true, description: 'The device the signature is made on (DOMAIN rule 16)' })
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  inspect(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: RecordIndependentInspectionRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.signatures.inspect({ workOrderId, taskId, user, metadata, expectedVersion }, body.inspectedAt, body.remarks);
  }
}
