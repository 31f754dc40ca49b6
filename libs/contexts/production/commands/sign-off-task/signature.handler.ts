import { Inject, Injectable } from '@nestjs/common';
import type { IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, ID_GENERATOR } from '@repaero/platform';
import { businessDateOf } from '@repaero/event-sourcing';
import { signatureDevice } from '../work-order-sender/signature-device';
import type { TaskAction } from '../work-order-sender/task-action';
import { WorkOrderFacts } from '../work-order-sender/work-order-facts.lookup';
import { WorkOrderReader } from '../work-order-sender/work-order.reader';
import { workOrders } from '../work-order-sender/work-orders';

/**
 * DOMAIN rules 8–10 and 16: the signer is the technician linked to the authenticated user (nobody signs for someone
 * else), authorised for the task on the day the work was done; the data revision is looked up for that day; the
 * device comes from `X-Device-Id`.
 */
@Injectable()
export class SignatureHandler {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly reader: WorkOrderReader,
    private readonly facts: WorkOrderFacts,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async signOff({ workOrderId, taskId, user, metadata, expectedVersion }: TaskAction, performedAt = this.facts.now()): Promise<CommandAcceptedDto & { signOffId: string }> {
    const deviceId = signatureDevice(metadata);
    const signer = await this.facts.technicianOf(user);
    const { workOrder, task } = await this.reader.task(workOrderId, taskId);
    const performedOn = businessDateOf(performedAt);
    const [authorisation, maintenanceData] = await Promise.all([
      this.facts.authorisation(signer.technicianId, workOrder, task, performedOn),
      this.facts.maintenanceData(task.maintenanceData, performedOn),
    ]);
    const signOffId = this.ids.next();
    const intent = { taskId, signOffId, signer, authorisation, performedAt, performedOn, maintenanceData, deviceId, by: metadata.actor.id };
    return { ...(await this.commands.send(workOrders, 'SignOffTask', workOrderId, intent, metadata, expectedVersion)), signOffId };
  }

  /** DOMAIN rule 11: by a qualified person other than the performer, authorised on the day of the inspection. */
  async inspect({ workOrderId, taskId, user, metadata, expectedVersion }: TaskAction, inspectedAt = this.facts.now(), remarks?: string): Promise<CommandAcceptedDto & { inspectionId: string }> {
    const deviceId = signatureDevice(metadata);
    const inspector = await this.facts.technicianOf(user);
    const { workOrder, task } = await this.reader.task(workOrderId, taskId);
    const authorisation = await this.facts.authorisation(inspector.technicianId, workOrder, task, businessDateOf(inspectedAt));
    const inspectionId = this.ids.next();
    const intent = { taskId, inspectionId, inspector, authorisation, inspectedAt, ...(remarks ? { remarks } : {}), deviceId, by: metadata.actor.id };
    return { ...(await this.commands.send(workOrders, 'RecordIndependentInspection', workOrderId, intent, metadata, expectedVersion)), inspectionId };
  }
}
