import { Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { workOrders } from '../work-order-sender/work-orders';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class RecordPartsArrivedController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** awaiting parts → in progress. */
  @Post(':workOrderId/parts-arrival')
  @Roles(...workOrderRoles.work)
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  arrived(@Param('workOrderId', new ParseUUIDPipe()) workOrderId: string, @CommandContext() metadata: CommandMetadata, @IfMatchVersion() expectedVersion?: number): Promise<CommandAcceptedDto> {
    return this.commands.send(workOrders, 'RecordPartsArrived', workOrderId, { by: metadata.actor.id }, metadata, expectedVersion);
  }
}
