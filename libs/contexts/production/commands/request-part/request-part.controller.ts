import { Body, Controller, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, ID_GENERATOR, IfMatchVersion, Roles } from '@repaero/platform';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { workOrders } from '../work-order-sender/work-orders';
import { RequestPartRequest } from './request-part.request';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class RequestPartController {
  constructor(
    private readonly commands: AggregateCommandSender,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post(':workOrderId/tasks/:taskId/part-requests')
  @Roles(...workOrderRoles.work)
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async request(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: RequestPartRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto & { requestId: string }> {
    const requestId = body.requestId ?? this.ids.next();
    const { partNumber, quantity, unit, note } = body;
    const intent = { taskId, requestId, partNumber, quantity, unit, ...(note ? { note } : {}), by: metadata.actor.id };
    return { ...(await this.commands.send(workOrders, 'RequestPart', workOrderId, intent, metadata, expectedVersion)), requestId };
  }
}
