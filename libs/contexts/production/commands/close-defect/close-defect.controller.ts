import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import type { DefectDisposition } from '../../domain/work-order/events';
import { WORK_ORDERS_ROUTE, workOrderRoles } from '../work-order-sender/work-order-fields';
import { workOrders } from '../work-order-sender/work-orders';
import { CloseDefectRequest } from './close-defect.request';

function dispositionOf(body: CloseDefectRequest): DefectDisposition {
  switch (body.disposition) {
    case 'rectified':
      return { kind: 'rectified', rectification: body.rectification ?? '' };
    case 'deferred':
      return { kind: 'deferred', customerAgreementRef: body.customerAgreementRef ?? '', ...(body.note ? { note: body.note } : {}) };
    case 'not-completed-within-limits':
      return { kind: 'not-completed-within-limits', note: body.note ?? '' };
    default: {
      const unhandled: never = body.disposition;
      return unhandled;
    }
  }
}

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class CloseDefectController {
  constructor(private readonly commands: AggregateCommandSender) {}

  @Post(':workOrderId/defects/:defectId/closure')
  @Roles(...workOrderRoles.work)
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  close(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('defectId', new ParseUUIDPipe()) defectId: string,
    @Body() body: CloseDefectRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(workOrders, 'CloseDefect', workOrderId, { defectId, disposition: dispositionOf(body), by: metadata.actor.id }, metadata, expectedVersion);
  }
}
