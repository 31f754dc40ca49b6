import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { workOrders } from '../work-order-sender/work-orders';
import { MarkAwaitingPartsRequest } from './mark-awaiting-parts.request';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class MarkAwaitingPartsController {
  constructor(private readonly commands: AggregateCommandSender) {}

  @Post(':workOrderId/awaiting-parts')
  @Roles(...workOrderRoles.work)
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  hold(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Body() body: MarkAwaitingPartsRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(workOrders, 'MarkAwaitingParts', workOrderId, { note: body.note, by: metadata.actor.id }, metadata, expectedVersion);
  }
}
