import { Body, Controller, Delete, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { alertSubscriptions } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { UnsubscribeFromAlertsRequest } from './unsubscribe-from-alerts.request';

@ApiTags('stock')
@Controller('api/v1/stock/alert-subscriptions/:subscriptionId')
export class UnsubscribeFromAlertsController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Ends a subscription (kept for the audit trail); ending it twice records nothing. */
  @Delete()
  @Roles('admin', 'quality')
  @ApiOkResponse({ type: CommandAcceptedDto })
  unsubscribe(
    @Param('subscriptionId', new ParseUUIDPipe()) subscriptionId: string,
    @Body() body: UnsubscribeFromAlertsRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(alertSubscriptions, 'Unsubscribe', subscriptionId, { reason: body.reason, by: metadata.actor.id }, metadata, expectedVersion);
  }
}
