import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, ID_GENERATOR, Roles } from '@repaero/platform';
import { formatSequenceNumber, workOrderSequenceName } from '../../domain/sequence/sequence-stream';
import type { WorkOrderSubject } from '../../domain/work-order/events';
import { SequenceNumbers } from '../work-order-sender/sequence-numbers';
import { WorkOrderFacts } from '../work-order-sender/work-order-facts.lookup';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { workOrders } from '../work-order-sender/work-orders';
import { CreateWorkOrderRequest, type SubjectRequest } from './create-work-order.request';

type CreatedWorkOrder = CommandAcceptedDto & { workOrderId: string; number: string };

function subjectOf(subject: SubjectRequest): WorkOrderSubject {
  return subject.kind === 'aircraft'
    ? { kind: 'aircraft', registration: subject.registration ?? '', aircraftType: subject.aircraftType ?? '', serialNumber: subject.serialNumber }
    : { kind: 'component', partNumber: subject.partNumber ?? '', serialNumber: subject.serialNumber, ...(subject.description ? { description: subject.description } : {}) };
}

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class CreateWorkOrderController {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly numbers: SequenceNumbers,
    private readonly facts: WorkOrderFacts,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /**
   * A draft work order numbered `WO-<year>-<n>` from the gap-free `sequence-workorder-<year>`. The number is
   * allocated to the work order id first, so a retry with the same `workOrderId` reuses it.
   */
  @Post()
  @Roles(...workOrderRoles.plan)
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async create(@Body() body: CreateWorkOrderRequest, @CommandContext() metadata: CommandMetadata): Promise<CreatedWorkOrder> {
    const workOrderId = body.workOrderId ?? this.ids.next();
    const year = Number(this.facts.today().slice(0, 4));
    const number = formatSequenceNumber('WO', year, await this.numbers.allocate(workOrderSequenceName(year), workOrderId, metadata));
    const { customerRef, requestedWork, teamLeadId, projectLead } = body;
    const intent = { number, customerRef, subject: subjectOf(body.subject), requestedWork, teamLeadId, projectLead: { ...projectLead }, by: metadata.actor.id };
    const accepted = await this.commands.send(workOrders, 'CreateWorkOrder', workOrderId, intent, metadata);
    return { ...accepted, workOrderId, number };
  }
}
