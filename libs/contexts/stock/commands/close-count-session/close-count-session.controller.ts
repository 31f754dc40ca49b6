import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { countSessions } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { CloseCountSessionRequest } from './close-count-session.request';

@ApiTags('stock')
@Controller('api/v1/stock/count-sessions/:sessionId/closure')
export class CloseCountSessionController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Every line counted, every difference explained: the session closes with one adjustment per difference. */
  @Post()
  @Roles('storekeeper')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  close(
    @Param('sessionId', new ParseUUIDPipe()) sessionId: string,
    @Body() body: CloseCountSessionRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    const reasons = Object.fromEntries(body.reasons.map(({ itemId, reason }) => [itemId, reason]));
    return this.commands.send(countSessions, 'CloseCountSession', sessionId, { reasons }, metadata, expectedVersion);
  }
}
