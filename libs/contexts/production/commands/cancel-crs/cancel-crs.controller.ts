import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { signatureDevice } from '../work-order-sender/signature-device';
import { WORK_ORDERS_ROUTE } from '../work-order-sender/work-order-fields';
import { WorkOrderReader } from '../work-order-sender/work-order.reader';
import { workOrders } from '../work-order-sender/work-orders';
import { CancelCrsRequest } from './cancel-crs.request';

@ApiTags('production: release')
@Controller(WORK_ORDERS_ROUTE)
export class CancelCrsController {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly reader: WorkOrderReader,
  ) {}

  /** The CRS in force is cancelled with its reason (never deleted); the work order is ready for release again. */
  @Post(':workOrderId/crs/cancellation')
  @Roles('quality')
  @ApiHeader({ name: 'X-Device-Id', required: true })
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async cancel(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Body() body: CancelCrsRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    const deviceId = signatureDevice(metadata);
    const certificateId = await this.reader.certificateInForce(workOrderId);
    return this.commands.send(workOrders, 'CancelCertificateOfReleaseToService', workOrderId, { certificateId, reason: body.reason, deviceId, by: metadata.actor.id }, metadata, expectedVersion);
  }
}
