import { Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { workOrders } from '../work-order-sender/work-orders';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class OpenWorkOrderController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** draft → open, once it has a task (`production.work-order-has-no-task`). */
  @Post(':workOrderId/opening')
  @Roles(...workOrderRoles.plan)
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  open(@Param('workOrderId', new ParseUUIDPipe()) workOrderId: string, @CommandContext() metadata: CommandMetadata, @IfMatchVersion() expectedVersion?: number): Promise<CommandAcceptedDto> {
    return this.commands.send(workOrders, 'OpenWorkOrder', workOrderId, { by: metadata.actor.id }, metadata, expectedVersion);
  }
}
