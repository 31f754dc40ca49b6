import { Body, Controller, Delete, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { WorkOrderFacts } from '../work-order-sender/work-order-facts.lookup';
import { WORK_ORDERS_ROUTE } from '../work-order-sender/work-order-fields';
import { WorkOrderReader } from '../work-order-sender/work-order.reader';
import { workOrders } from '../work-order-sender/work-orders';
import { AssignTechnicianRequest } from './assign-technician.request';

@ApiTags('production: work orders')
@Controller(`${WORK_ORDERS_ROUTE}/:workOrderId/tasks/:taskId/assignments`)
export class AssignTechnicianController {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly reader: WorkOrderReader,
    private readonly facts: WorkOrderFacts,
  ) {}

  /** A team lead assigns; resources refuses someone absent that day (`resources.technician-unavailable`) or not qualified for the task. */
  @Post()
  @Roles('team-lead')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async assign(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: AssignTechnicianRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    const { workOrder, task } = await this.reader.task(workOrderId, taskId);
    const assignedOn = body.on ?? this.facts.today();
    const facts = await this.facts.assignment(body.technicianId, workOrder, task, assignedOn);
    const intent = { taskId, technicianId: body.technicianId, assignedOn, ...facts, by: metadata.actor.id };
    return this.commands.send(workOrders, 'AssignTechnician', workOrderId, intent, metadata, expectedVersion);
  }

  @Delete(':technicianId')
  @Roles('team-lead')
  @ApiOkResponse({ type: CommandAcceptedDto })
  unassign(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Param('technicianId', new ParseUUIDPipe()) technicianId: string,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(workOrders, 'UnassignTechnician', workOrderId, { taskId, technicianId, by: metadata.actor.id }, metadata, expectedVersion);
  }
}
