import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, CurrentUser, IfMatchVersion, ReadsProjections, Roles, type AuthenticatedUser } from '@repaero/platform';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { LabourHandler } from './labour.handler';
import { StartLabourRequest, StopLabourRequest } from './labour.request';

@ApiTags('production: work orders')
@Controller(`${WORK_ORDERS_ROUTE}/:workOrderId/tasks/:taskId/labour`)
export class RecordLabourController {
  constructor(private readonly labour: LabourHandler) {}

  /** One running labour per technician per task; the first one moves an open work order to in progress. */
  @Post('start')
  @Roles(...workOrderRoles.work)
  @ReadsProjections('resources-technicians')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  start(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: StartLabourRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.labour.start({ workOrderId, taskId, user, metadata, expectedVersion }, body.startedAt);
  }

  @Post('stop')
  @Roles(...workOrderRoles.work)
  @ReadsProjections('resources-technicians')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  stop(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: StopLabourRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.labour.stop({ workOrderId, taskId, user, metadata, expectedVersion }, body.stoppedAt);
  }
}
