import { Inject, Injectable } from '@nestjs/common';
import type { IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, ID_GENERATOR } from '@repaero/platform';
import type { TaskAction } from '../work-order-sender/task-action';
import { WorkOrderFacts } from '../work-order-sender/work-order-facts.lookup';
import { workOrders } from '../work-order-sender/work-orders';

/** Labour is booked by the technician linked to the authenticated user, from the desk or the iPad (`X-Device-Id`). */
@Injectable()
export class LabourHandler {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly facts: WorkOrderFacts,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async start({ workOrderId, taskId, user, metadata, expectedVersion }: TaskAction, startedAt?: string): Promise<CommandAcceptedDto> {
    const technician = await this.facts.technicianOf(user);
    const intent = {
      taskId,
      labourId: this.ids.next(),
      technicianId: technician.technicianId,
      startedAt: startedAt ?? this.facts.now(),
      ...(metadata.device ? { deviceId: metadata.device } : {}),
      by: metadata.actor.id,
    };
    return this.commands.send(workOrders, 'StartLabour', workOrderId, intent, metadata, expectedVersion);
  }

  async stop({ workOrderId, taskId, user, metadata, expectedVersion }: TaskAction, stoppedAt?: string): Promise<CommandAcceptedDto> {
    const technician = await this.facts.technicianOf(user);
    const intent = { taskId, technicianId: technician.technicianId, stoppedAt: stoppedAt ?? this.facts.now(), ...(metadata.device ? { deviceId: metadata.device } : {}), by: metadata.actor.id };
    return this.commands.send(workOrders, 'StopLabour', workOrderId, intent, metadata, expectedVersion);
  }
}
