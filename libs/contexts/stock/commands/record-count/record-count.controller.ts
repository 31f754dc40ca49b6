import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { countSessions } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { RecordCountRequest } from './record-count.request';

@ApiTags('stock')
@Controller('api/v1/stock/count-sessions/:sessionId/counts')
export class RecordCountController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Counted quantities for expected lines; an item found but not expected is a receipt or transfer to investigate. */
  @Post()
  @Roles('storekeeper')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  record(
    @Param('sessionId', new ParseUUIDPipe()) sessionId: string,
    @Body() body: RecordCountRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(countSessions, 'RecordCount', sessionId, body, metadata, expectedVersion);
  }
}
