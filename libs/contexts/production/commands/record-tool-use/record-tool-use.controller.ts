import { Body, Controller, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, ID_GENERATOR, IfMatchVersion, Roles } from '@repaero/platform';
import { WorkOrderFacts } from '../work-order-sender/work-order-facts.lookup';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { workOrders } from '../work-order-sender/work-orders';
import { RecordToolUseRequest } from './record-tool-use.request';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class RecordToolUseController {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly facts: WorkOrderFacts,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /** DOMAIN rule 10: a tool whose calibration is not valid on the day used is refused (`production.tool-not-calibrated`). */
  @Post(':workOrderId/tasks/:taskId/tool-uses')
  @Roles(...workOrderRoles.work)
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async record(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: RecordToolUseRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto & { toolUseId: string }> {
    const usedOn = body.usedOn ?? this.facts.today();
    const calibration = await this.facts.calibration(body.toolId, usedOn);
    const toolUseId = body.toolUseId ?? this.ids.next();
    const intent = { taskId, toolUseId, toolId: body.toolId, usedOn, calibration, by: metadata.actor.id };
    return { ...(await this.commands.send(workOrders, 'RecordToolUse', workOrderId, intent, metadata, expectedVersion)), toolUseId };
  }
}
