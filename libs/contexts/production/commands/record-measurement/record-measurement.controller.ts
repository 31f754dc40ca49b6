import { Body, Controller, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, ID_GENERATOR, IfMatchVersion, Roles } from '@repaero/platform';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { workOrders } from '../work-order-sender/work-orders';
import { RecordMeasurementRequest } from './record-measurement.request';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class RecordMeasurementController {
  constructor(
    private readonly commands: AggregateCommandSender,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /** Out of limits is recorded and flagged, not refused: it is a finding. */
  @Post(':workOrderId/tasks/:taskId/measurements')
  @Roles(...workOrderRoles.work)
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async record(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: RecordMeasurementRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto & { measurementId: string }> {
    const measurementId = body.measurementId ?? this.ids.next();
    const { name, value, unit, min, max } = body;
    const intent = { taskId, measurementId, name, value, unit, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), by: metadata.actor.id };
    return { ...(await this.commands.send(workOrders, 'RecordMeasurement', workOrderId, intent, metadata, expectedVersion)), measurementId };
  }
}
