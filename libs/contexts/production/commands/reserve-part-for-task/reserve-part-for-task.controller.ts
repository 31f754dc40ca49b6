import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { WORK_ORDERS_ROUTE } from '../work-order-sender/work-order-fields';
import { PartReservationHandler, type PartReservedAnswer } from './part-reservation.handler';
import { ReservePartForTaskRequest } from './reserve-part-for-task.request';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class ReservePartForTaskController {
  constructor(private readonly reservations: PartReservationHandler) {}

  /** Stock holds a serviceable, in-date item for the work order; issuing it to the same work order consumes the hold. */
  @Post(':workOrderId/tasks/:taskId/part-requests/:requestId/reservations')
  @Roles('technician', 'storekeeper', 'team-lead', 'quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  reserve(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
    @Body() body: ReservePartForTaskRequest,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<PartReservedAnswer> {
    const { itemId, quantity, attemptId } = body;
    return this.reservations.reserve({ workOrderId, taskId, requestId, itemId, ...(quantity !== undefined ? { quantity } : {}), ...(attemptId ? { attemptId } : {}), metadata });
  }
}
