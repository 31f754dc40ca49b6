import { Body, Controller, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, ID_GENERATOR, IfMatchVersion, Roles } from '@repaero/platform';
import { WorkOrderFacts } from '../work-order-sender/work-order-facts.lookup';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { workOrders } from '../work-order-sender/work-orders';
import { RaiseDefectRequest } from './raise-defect.request';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class RaiseDefectController {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly facts: WorkOrderFacts,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /** An open defect blocks the CRS until it is rectified, deferred with the customer's agreement, or not completed within limits. */
  @Post(':workOrderId/defects')
  @Roles(...workOrderRoles.work)
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async raise(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Body() body: RaiseDefectRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto & { defectId: string }> {
    const defectId = body.defectId ?? this.ids.next();
    const intent = { defectId, ...(body.taskId ? { taskId: body.taskId } : {}), description: body.description, raisedOn: body.raisedOn ?? this.facts.today(), by: metadata.actor.id };
    return { ...(await this.commands.send(workOrders, 'RaiseDefect', workOrderId, intent, metadata, expectedVersion)), defectId };
  }
}
