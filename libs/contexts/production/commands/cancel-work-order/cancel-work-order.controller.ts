import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { workOrders } from '../work-order-sender/work-orders';
import { CancelWorkOrderRequest } from './cancel-work-order.request';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class CancelWorkOrderController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Any status before released → cancelled, with the reason. */
  @Post(':workOrderId/cancellation')
  @Roles(...workOrderRoles.plan)
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  cancel(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Body() body: CancelWorkOrderRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(workOrders, 'CancelWorkOrder', workOrderId, { reason: body.reason, by: metadata.actor.id }, metadata, expectedVersion);
  }
}
