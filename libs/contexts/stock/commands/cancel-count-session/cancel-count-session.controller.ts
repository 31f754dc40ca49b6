import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { countSessions } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { CancelCountSessionRequest } from './cancel-count-session.request';

@ApiTags('stock')
@Controller('api/v1/stock/count-sessions/:sessionId/cancellation')
export class CancelCountSessionController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Abandons an open session, with the reason; nothing is adjusted. */
  @Post()
  @Roles('storekeeper')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  cancel(
    @Param('sessionId', new ParseUUIDPipe()) sessionId: string,
    @Body() body: CancelCountSessionRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(countSessions, 'CancelCountSession', sessionId, body, metadata, expectedVersion);
  }
}
