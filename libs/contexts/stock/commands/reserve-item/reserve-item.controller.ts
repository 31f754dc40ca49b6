import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { ReserveItemRequest } from './reserve-item.request';

@ApiTags('stock')
@Controller('api/v1/stock/items/:itemId/reservations')
export class ReserveItemController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** Holds serviceable stock for a work order. */
  @Post()
  @Roles('storekeeper', 'technician', 'team-lead')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  reserve(
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: ReserveItemRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(stockItems, 'ReserveItem', itemId, body, metadata, expectedVersion);
  }
}
