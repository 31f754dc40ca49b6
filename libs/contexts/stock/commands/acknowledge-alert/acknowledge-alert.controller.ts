import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { stockAlerts } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { AcknowledgeAlertRequest } from './acknowledge-alert.request';

@ApiTags('stock')
@Controller('api/v1/stock/alerts/:alertId/acknowledgement')
export class AcknowledgeAlertController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Someone has seen an open alert and says what is done about it; it stays open until its condition is gone. */
  @Post()
  @Roles('admin', 'quality', 'storekeeper', 'purchasing')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  acknowledge(
    @Param('alertId', new ParseUUIDPipe()) alertId: string,
    @Body() body: AcknowledgeAlertRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(stockAlerts, 'AcknowledgeAlert', alertId, { reason: body.reason, by: metadata.actor.id }, metadata, expectedVersion);
  }
}
