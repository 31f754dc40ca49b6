import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { workOrders } from '../work-order-sender/work-orders';
import { ChangeWorkOrderLeadsRequest } from './change-work-order-leads.request';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class ChangeWorkOrderLeadsController {
  constructor(private readonly commands: AggregateCommandSender) {}

  @Put(':workOrderId/leads')
  @Roles(...workOrderRoles.plan)
  @ApiOkResponse({ type: CommandAcceptedDto })
  change(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Body() body: ChangeWorkOrderLeadsRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    const intent = { teamLeadId: body.teamLeadId, projectLead: { ...body.projectLead }, by: metadata.actor.id };
    return this.commands.send(workOrders, 'ChangeWorkOrderLeads', workOrderId, intent, metadata, expectedVersion);
  }
}
