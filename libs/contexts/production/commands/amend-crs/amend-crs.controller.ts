import { Body, Controller, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, ID_GENERATOR, IfMatchVersion, Roles } from '@repaero/platform';
import { signatureDevice } from '../work-order-sender/signature-device';
import { WORK_ORDERS_ROUTE } from '../work-order-sender/work-order-fields';
import { WorkOrderReader } from '../work-order-sender/work-order.reader';
import { workOrders } from '../work-order-sender/work-orders';
import { AmendCrsRequest } from './amend-crs.request';

@ApiTags('production: release')
@Controller(WORK_ORDERS_ROUTE)
export class AmendCrsController {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly reader: WorkOrderReader,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /** Amends the work order's CRS in force; there is no PUT or PATCH on a CRS. */
  @Post(':workOrderId/crs/amendments')
  @Roles('technician', 'quality')
  @ApiHeader({ name: 'X-Device-Id', required: true })
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async amend(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Body() body: AmendCrsRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto & { amendmentId: string }> {
    const deviceId = signatureDevice(metadata);
    const certificateId = await this.reader.certificateInForce(workOrderId);
    const { reason, changes, issuedOn, form1Remarks, form1Status } = body;
    const corrected = { ...(issuedOn ? { issuedOn } : {}), ...(form1Remarks ? { form1Remarks } : {}), ...(form1Status ? { form1Status } : {}) };
    const amendmentId = this.ids.next();
    const intent = { certificateId, amendmentId, reason, changes, corrected, deviceId, by: metadata.actor.id };
    return { ...(await this.commands.send(workOrders, 'AmendCertificateOfReleaseToService', workOrderId, intent, metadata, expectedVersion)), amendmentId };
  }
}
