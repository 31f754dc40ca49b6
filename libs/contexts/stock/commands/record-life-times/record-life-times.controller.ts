import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { LifeTimesRequest } from '../fields/life-times.request';

@ApiTags('stock')
@Controller('api/v1/stock/items/:itemId/life-times')
export class RecordLifeTimesController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** TSN/CSN (and TSO/CSO) back to birth: without them a life-limited part is neither accepted nor issued. */
  @Post()
  @Roles('storekeeper', 'quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  record(
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: LifeTimesRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(stockItems, 'RecordLifeTimes', itemId, { lifeTimes: body }, metadata, expectedVersion);
  }
}
