import { Inject } from '@nestjs/common';
import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, ID_GENERATOR, IfMatchVersion, Roles } from '@repaero/platform';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { workOrders } from '../work-order-sender/work-orders';
import { AddTaskRequest } from './add-task.request';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class AddTaskController {
  constructor(
    private readonly commands: AggregateCommandSender,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post(':workOrderId/tasks')
  @Roles(...workOrderRoles.plan)
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async add(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Body() body: AddTaskRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto & { taskId: string }> {
    const taskId = body.taskId ?? this.ids.next();
    const { title, critical, requiredCategory } = body;
    const intent = { taskId, title, maintenanceData: { ...body.maintenanceData }, critical, requiredCategory, by: metadata.actor.id };
    return { ...(await this.commands.send(workOrders, 'AddTask', workOrderId, intent, metadata, expectedVersion)), taskId };
  }
}
